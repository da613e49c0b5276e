// The learner's command history across runs (history.json), for the prompt's Up/Down and
// Ctrl-R. The UI calls these; a missing or broken file is just an empty history. Each append
// re-reads the file under the lock (lock.ts), so two instances' lines are both kept.
import { join } from 'node:path';
import { realFs, writeFileAtomic, type FileOps } from './atomic.js';
import { withFileLock } from './lock.js';
import { configDirFrom } from './paths.js';

export const HISTORY_LIMIT = 1000;

export function readHistory(configDir: string = configDirFrom(), fs: FileOps = realFs): string[] {
  try {
    const raw = JSON.parse(fs.readFileSync(join(configDir, 'history.json'), 'utf8') as string);
    const lines = Array.isArray(raw) ? raw : Array.isArray(raw?.lines) ? raw.lines : [];
    return lines.filter((l: unknown): l is string => typeof l === 'string').slice(-HISTORY_LIMIT);
  } catch {
    return [];
  }
}

/** Adds a line (skipping an immediate repeat) and saves; returns false when it couldn't be saved. */
export function appendHistory(line: string, configDir: string = configDirFrom(), fs: FileOps = realFs): boolean {
  if (!line.trim()) return true;
  const file = join(configDir, 'history.json');
  try {
    withFileLock(
      file,
      () => {
        const lines = readHistory(configDir, fs);
        if (lines[lines.length - 1] === line) return;
        lines.push(line);
        writeFileAtomic(file, JSON.stringify({ format: 1, lines: lines.slice(-HISTORY_LIMIT) }, null, 1) + '\n', fs);
      },
      fs,
    );
    return true;
  } catch {
    return false;
  }
}
