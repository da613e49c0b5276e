// Lessons given with `--lessons DIR` are YAML parsed and validated on every start (about a
// second of CPU for fourteen lessons, against milliseconds for compiled ones). The result is
// kept per file under the config dir, keyed by the file's content, its name and the build of
// kubetour that parsed it: an edited file, a renamed one or a new kubetour parses again.
// One cache entry per lesson path, overwritten on change, so the cache never grows past the
// lessons an author has.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { compileLesson, fromCompiledLesson, type CompiledLesson } from './compiled.js';
import type { LoadedLesson } from './load.js';
import { writeFileAtomic } from '../progress/atomic.js';

/** Set by the bundler to a hash of the sources; undefined when running from source (no cache). */
declare const KUBETOUR_BUILD_ID: string | undefined;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The lessons of `dir` (as load.ts's loadLessons gives them), through the cache in `cacheDir`. */
export async function loadLessonsCached(dir: string, cacheDir: string | undefined): Promise<LoadedLesson[]> {
  const build = typeof KUBETOUR_BUILD_ID !== 'undefined' ? KUBETOUR_BUILD_ID : undefined;
  if (!build || !cacheDir) return (await import('./load.js')).loadLessons(dir);
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) return [];
    files = readdirSync(dir)
      .sort()
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
  let loader: typeof import('./load.js') | undefined;
  const out: LoadedLesson[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      loader ??= await import('./load.js');
      out.push(loader.loadLessonFile(file)); // reports why it cannot be read
      continue;
    }
    const key = sha256(`${build}\0${basename(file)}\0${text}`);
    const entry = join(cacheDir, `${sha256(resolve(file)).slice(0, 32)}.json`);
    try {
      const cached = JSON.parse(readFileSync(entry, 'utf8')) as { key: string; lesson: CompiledLesson };
      if (cached.key === key) {
        out.push(fromCompiledLesson(cached.lesson, dirname(file)));
        continue;
      }
    } catch {
      // no entry yet, or an unreadable one: parse
    }
    loader ??= await import('./load.js');
    const loaded = loader.parseLesson(text, file);
    out.push(loaded);
    try {
      writeFileAtomic(entry, JSON.stringify({ key, lesson: compileLesson(loaded, dirname(file)) }));
    } catch {
      // A cache that cannot be written only costs the next start its parse.
    }
  }
  return out;
}
