// Reads lesson files: YAML with positions, validated by the schema. A malformed lesson is kept
// as an "unavailable" entry with its errors, so one bad file never hides the others.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import { Lesson } from '../schema.js';
import type { Diagnostic } from './diagnostics.js';
import { simplifyIssues } from './zod-issues.js';
import { aliasProblems, textProblems } from './file-safety.js';

export { defaultLessonsDir } from './shipped.js';

export interface LoadedLesson {
  file: string;
  /** The file name without .yaml: the lesson's id when valid. */
  id: string;
  lesson?: Lesson;
  errors: Diagnostic[];
  /** Finds the line/column of a path inside the file (for semantic checks). */
  position(path: (string | number)[]): { line: number; col: number };
}

/** Lesson files under the given paths (files as is, directories' *.yaml sorted by name). */
export function lessonFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push(p); // reported as unreadable by loadLessonFile
      continue;
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (/\.ya?ml$/.test(f)) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

/** The lessons in a directory; a missing directory simply has none. */
export function loadLessons(dir: string): LoadedLesson[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return lessonFiles([dir]).map(loadLessonFile);
}

export function loadLessonFile(file: string): LoadedLesson {
  const id = basename(file).replace(/\.ya?ml$/, '');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const msg = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(e as Error).message}`;
    return { file, id, errors: [{ file, line: 1, col: 1, message: msg }], position: () => ({ line: 1, col: 1 }) };
  }
  return parseLesson(text, file);
}

/** Parses and validates lesson text; `file` is only used in messages and for the id check. */
export function parseLesson(text: string, file: string): LoadedLesson {
  const id = basename(file).replace(/\.ya?ml$/, '');
  const unsafe = textProblems(text, file);
  if (unsafe.length) return { file, id, errors: unsafe, position: () => ({ line: 1, col: 1 }) };
  try {
    return parseCheckedLesson(text, file, id);
  } catch (e) {
    // Whatever the YAML library still refuses (its own resource limits) is this file's problem only.
    return { file, id, errors: [{ file, line: 1, col: 1, message: `could not be read: ${(e as Error).message.split('\n')[0]}` }], position: () => ({ line: 1, col: 1 }) };
  }
}

function parseCheckedLesson(text: string, file: string, id: string): LoadedLesson {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (path: (string | number)[]) => positionOf(doc, lineCounter, path);
  const errors: Diagnostic[] = [];
  for (const e of doc.errors) {
    const pos = lineCounter.linePos(e.pos[0]);
    errors.push({ file, line: pos.line, col: pos.col, message: `YAML: ${e.message.split('\n')[0]}` });
  }
  errors.push(...aliasProblems(doc, file, (offset) => lineCounter.linePos(offset)));
  if (errors.length) return { file, id, errors, position };
  const parsed = Lesson.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of simplifyIssues(parsed.error.issues, doc.toJS())) {
      errors.push({ file, ...position(issue.path), message: `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}` });
    }
    return { file, id, errors, position };
  }
  if (parsed.data.id !== id) {
    errors.push({ file, ...position(['id']), message: `id "${parsed.data.id}" must match the file name "${id}"` });
  }
  errors.push(...duplicateIds(parsed.data, file, position));
  return { file, id, lesson: errors.length ? undefined : parsed.data, errors, position };
}

function duplicateIds(lesson: Lesson, file: string, position: LoadedLesson['position']): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  lesson.steps.forEach((s, i) => {
    if (seen.has(s.id)) out.push({ file, ...position(['steps', i, 'id']), message: `duplicate step id "${s.id}"` });
    seen.add(s.id);
  });
  return out;
}

/** The position of the deepest existing node on the path (a missing key points at its parent). */
function positionOf(doc: Document, lc: LineCounter, path: (string | number)[]): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray((node as any).range)) {
      // Point at the key of a mapping entry when the value is a map, which reads better.
      let offset = (node as any).range[0] as number;
      if (n > 0 && (isMap(node) || isScalar(node))) {
        const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1]);
          if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
        }
      }
      const pos = lc.linePos(offset);
      return { line: pos.line, col: pos.col };
    }
  }
  return { line: 1, col: 1 };
}
