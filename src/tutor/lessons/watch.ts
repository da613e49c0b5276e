// Watches lesson files while an author edits them (`kubetour lint --watch`). Editors save in
// several ways — writing in place, or writing a temporary file and renaming it over the old
// one (which ends a watch on the old file) — so the folders are watched, not the files, and
// a burst of events (one save is often two or three) becomes one call after a quiet moment.
import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

export interface LessonWatch {
  close(): void;
}

/** How long a folder must be quiet after an event before the change is reported. */
export const WATCH_DEBOUNCE_MS = 150;

/**
 * Calls `onChange` with the lesson files that changed (absolute paths, sorted) once their
 * folder has been quiet for `debounceMs`. `paths` are lesson files or folders of lessons: in
 * a folder every *.yaml counts, a new one too; a file counts by its name, so it may be
 * deleted and written again. Paths that do not exist are watched through their folder.
 */
export function watchLessonFiles(paths: string[], onChange: (files: string[]) => void, debounceMs = WATCH_DEBOUNCE_MS): LessonWatch {
  /** Folder → the file names wanted there (undefined: every lesson file). */
  const wanted = new Map<string, Set<string> | undefined>();
  for (const p of paths.map((x) => resolve(x))) {
    if (isDir(p)) {
      wanted.set(p, undefined);
      continue;
    }
    const dir = dirname(p);
    if (wanted.has(dir) && wanted.get(dir) === undefined) continue; // the whole folder is watched
    wanted.set(dir, (wanted.get(dir) ?? new Set<string>()).add(basename(p)));
  }
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const files = [...changed].sort();
    changed.clear();
    if (files.length) onChange(files);
  };
  const watchers: FSWatcher[] = [];
  for (const [dir, names] of wanted) {
    let w: FSWatcher;
    try {
      w = watch(dir, (_event, name) => {
        const file = name?.toString();
        if (!file || !(names ? names.has(file) : /\.ya?ml$/.test(file))) return;
        changed.add(resolve(dir, file));
        if (timer) clearTimeout(timer);
        timer = setTimeout(flush, debounceMs);
      });
    } catch {
      continue; // a folder that is not there has nothing to watch; lint already said so
    }
    // A folder deleted while watched: nothing more will come from it.
    w.on('error', () => w.close());
    watchers.push(w);
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
