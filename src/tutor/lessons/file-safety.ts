// What a lesson file must not be before it is even parsed as YAML: huge, binary, nested
// deeper than any lesson needs, or full of aliases (a "billion laughs" expands a few lines
// into gigabytes). Each finding is a diagnostic at the file:line:col where it starts, so a
// hostile or broken file is reported in milliseconds and never stops the other lessons.
import { visit, type Document } from 'yaml';
import type { Diagnostic } from './diagnostics.js';

/** The largest lesson file accepted (the shipped ones are under 30 KB). */
export const MAX_LESSON_BYTES = 1024 * 1024;
/** Flow nesting (`[[[…]]]`, `{{…}}`) beyond this is refused. */
export const MAX_FLOW_DEPTH = 64;
/** Indentation (block nesting) beyond this many columns is refused. */
export const MAX_INDENT = 256;
/** Aliases (`*name`) a lesson may use. */
export const MAX_ALIASES = 50;

/** Problems with the raw text; empty when it may be parsed. */
export function textProblems(text: string, file: string): Diagnostic[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_LESSON_BYTES) {
    return [{ file, line: 1, col: 1, message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a lesson file may be at most ${MAX_LESSON_BYTES / 1024 / 1024} MB` }];
  }
  let line = 1;
  let col = 1;
  let depth = 0;
  let indent = 0;
  let atLineStart = true;
  let quote: '"' | "'" | null = null;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u0000' || c === '\ufffd') {
      return [{ file, line, col, message: 'binary data (not UTF-8 text): a lesson file is YAML text' }];
    }
    if (c === '\n') {
      line++;
      col = 1;
      atLineStart = true;
      indent = 0;
      comment = false;
      continue;
    }
    if (atLineStart) {
      if (c === ' ') {
        indent++;
        if (indent > MAX_INDENT) return [{ file, line, col, message: `indented more than ${MAX_INDENT} columns: nested deeper than a lesson needs` }];
        col++;
        continue;
      }
      atLineStart = false;
    }
    if (!comment) {
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) comment = true;
      else if ((c === '"' || c === "'") && depth > 0) quote = c;
      else if (c === '[' || c === '{') {
        depth++;
        if (depth > MAX_FLOW_DEPTH) return [{ file, line, col, message: `brackets nested more than ${MAX_FLOW_DEPTH} deep: deeper than a lesson needs` }];
      } else if ((c === ']' || c === '}') && depth > 0) depth--;
    }
    col++;
  }
  return [];
}

/** Aliases beyond MAX_ALIASES: reported at the first one past the limit (before anything expands them). */
export function aliasProblems(doc: Document, file: string, linePos: (offset: number) => { line: number; col: number }): Diagnostic[] {
  let count = 0;
  let at: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      count++;
      if (count > MAX_ALIASES && at === undefined) {
        at = node.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (at === undefined) return [];
  const pos = linePos(at);
  return [{ file, line: pos.line, col: pos.col, message: `more than ${MAX_ALIASES} YAML aliases (*name): a lesson file may not expand itself this way` }];
}
