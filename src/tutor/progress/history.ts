// The learner's command history across runs (history.json), for the prompt's Up/Down and
// Ctrl-R. The UI calls these; a missing or broken file is just an empty history.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import { configDirFrom } from './paths.js';

export const HISTORY_LIMIT = 1000;

export function readHistory(configDir: string = configDirFrom()): string[] {
  try {
    const raw = JSON.parse(readFileSync(join(configDir, 'history.json'), 'utf8'));
    const lines = Array.isArray(raw) ? raw : Array.isArray(raw?.lines) ? raw.lines : [];
    return lines.filter((l: unknown): l is string => typeof l === 'string').slice(-HISTORY_LIMIT);
  } catch {
    return [];
  }
}

/** Adds a line (skipping an immediate repeat) and saves; returns false when it couldn't be saved. */
export function appendHistory(line: string, configDir: string = configDirFrom()): boolean {
  if (!line.trim()) return true;
  const lines = readHistory(configDir);
  if (lines[lines.length - 1] === line) return true;
  lines.push(line);
  try {
    writeFileAtomic(join(configDir, 'history.json'), JSON.stringify({ format: 1, lines: lines.slice(-HISTORY_LIMIT) }, null, 1) + '\n');
    return true;
  } catch {
    return false;
  }
}
