// Lessons as data already parsed and validated: what the build writes next to the CLI so the
// app skips YAML parsing and schema validation at start-up. Compiling goes through the very
// loader `lint` uses (load.ts → the zod schema), so a schema change needs no change here, and
// a lesson with errors is kept with its errors (the app lists it as unavailable, as before).
import type { Lesson } from '../schema.js';
import type { Diagnostic } from './diagnostics.js';
import type { LoadedLesson } from './load.js';
import { join } from 'node:path';

export const COMPILED_FILE = 'lessons.compiled.json';
const FORMAT = 1;

export interface CompiledLesson {
  /** File name relative to the lessons directory. */
  file: string;
  id: string;
  lesson?: Lesson;
  /** Diagnostics with `file` relative to the lessons directory. */
  errors: Diagnostic[];
}

export interface CompiledLessons {
  format: number;
  lessons: CompiledLesson[];
}

/** Compiles loaded lessons (from load.ts) of one directory into plain JSON-safe data. */
export function compileLoaded(loaded: LoadedLesson[], dir: string): CompiledLessons {
  return { format: FORMAT, lessons: loaded.map((l) => compileLesson(l, dir)) };
}

/** One loaded lesson as JSON-safe data, its file names relative to `dir`. */
export function compileLesson(l: LoadedLesson, dir: string): CompiledLesson {
  const rel = (file: string) => (file.startsWith(dir + '/') ? file.slice(dir.length + 1) : file);
  return {
    file: rel(l.file),
    id: l.id,
    ...(l.lesson ? { lesson: l.lesson } : {}),
    errors: l.errors.map((d) => ({ ...d, file: rel(d.file) })),
  };
}

/**
 * The lessons of a compiled file. They carry no YAML positions: diagnostics with positions
 * come from `lint`/`verify`, which read the YAML files themselves.
 */
export function fromCompiled(data: CompiledLessons, dir: string): LoadedLesson[] {
  if (data.format !== FORMAT) throw new Error(`${join(dir, COMPILED_FILE)}: unknown format ${data.format}; rebuild with npm run build`);
  return data.lessons.map((l) => fromCompiledLesson(l, dir));
}

export function fromCompiledLesson(l: CompiledLesson, dir: string): LoadedLesson {
  const abs = (file: string) => join(dir, file);
  return {
    file: abs(l.file),
    id: l.id,
    lesson: l.lesson,
    errors: l.errors.map((d) => ({ ...d, file: abs(d.file) })),
    position: () => ({ line: 1, col: 1 }),
  };
}
