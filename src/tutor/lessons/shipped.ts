// The lessons that ship with the program. The build (scripts/build.mjs) copies lessons/*.yaml
// into dist/lessons/ and writes them there once more as data already parsed and validated
// (compiled.ts), so the app opens without a YAML parser or the schema. Lessons are looked for
// in exactly one place — next to the running program — never in folders above it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tutorT, type Lang } from '../../i18n/index.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILED_FILE, fromCompiled, type CompiledLessons } from './compiled.js';
import type { LoadedLesson } from './load.js';

/** Set to true by the bundler (scripts/build.mjs); undefined when running from source. */
declare const KUBETOUR_BUNDLED: boolean | undefined;

/**
 * dist/lessons/ beside the built CLI (its entry sits in dist/, its chunks in dist/chunks/);
 * lessons/ at the repository root when running from source (tests, tsx).
 */
export function defaultLessonsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  if (typeof KUBETOUR_BUNDLED !== 'undefined' && KUBETOUR_BUNDLED) {
    return join(basename(here) === 'chunks' ? dirname(here) : here, 'lessons');
  }
  return resolve(here, '../../../lessons');
}

/**
 * The shipped lessons: the compiled file when the build wrote one (a JSON parse of a few
 * milliseconds), else the YAML files themselves (running from source).
 */
export async function loadShippedLessons(dir = defaultLessonsDir()): Promise<LoadedLesson[]> {
  const compiled = join(dir, COMPILED_FILE);
  if (existsSync(compiled)) return fromCompiled(JSON.parse(readFileSync(compiled, 'utf8')) as CompiledLessons, dir);
  return (await import('./load.js')).loadLessons(dir);
}

/**
 * Why there are no lessons to load, when a folder is missing: the shipped one (a dist/ copied
 * without its lessons/) or the one given with `--lessons DIR`. The sentence that says so, in
 * the learner's language; undefined when the folder is there.
 */
export function missingLessons(dir: string | undefined, lang: Lang): string | undefined {
  const wanted = dir ?? defaultLessonsDir();
  try {
    if (statSync(wanted).isDirectory()) return undefined;
  } catch {
    // missing: said below
  }
  return tutorT(lang)(dir === undefined ? 'lessons.missingShipped' : 'lessons.missingDir', { dir: wanted });
}

/**
 * `--lessons DIR` when given (its YAML, parsed once per content when a config dir for the
 * cache is given), else the shipped lessons.
 */
export async function loadLessonsFrom(dir: string | undefined, configDir?: string): Promise<LoadedLesson[]> {
  if (dir === undefined) return loadShippedLessons();
  return (await import('./cache.js')).loadLessonsCached(dir, configDir && join(configDir, 'cache', 'lessons'));
}
