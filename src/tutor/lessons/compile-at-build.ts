// Used by scripts/build.mjs only: compiles the lessons of one directory and checks that the
// result survives JSON unchanged (a schema that produced values JSON cannot carry, such as
// a Date or a Map, would otherwise reach the app silently altered).
import { isDeepStrictEqual } from 'node:util';
import { compileLoaded, type CompiledLessons } from './compiled.js';
import { loadLessons } from './load.js';

export { COMPILED_FILE } from './compiled.js';

export function compileLessonsDir(dir: string): { data: CompiledLessons; json: string; withErrors: string[] } {
  const data = compileLoaded(loadLessons(dir), dir);
  const json = JSON.stringify(data);
  for (const l of data.lessons) {
    if (l.lesson && !isDeepStrictEqual(JSON.parse(JSON.stringify(l.lesson)), l.lesson)) {
      throw new Error(`${l.file}: the validated lesson holds values JSON cannot carry (check the schema)`);
    }
  }
  return { data, json, withErrors: data.lessons.filter((l) => l.errors.length).map((l) => l.file) };
}
