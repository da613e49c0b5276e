// The built-in editor's buffer (used when no external editor exists): lines plus a cursor,
// edited by a pure reducer so it is tested without a terminal.
import { graphemes } from '../text/wrap.js';

export interface TextBuffer {
  lines: string[];
  row: number;
  /** UTF-16 offset in lines[row], on a grapheme boundary. */
  col: number;
}

export type BufferAction =
  | { type: 'insert'; text: string }
  | { type: 'newline' | 'backspace' | 'left' | 'right' | 'up' | 'down' | 'home' | 'end' };

export function bufferFrom(text: string): TextBuffer {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { lines, row: 0, col: 0 };
}

export function bufferText(b: TextBuffer): string {
  return `${b.lines.join('\n')}\n`;
}

function cells(line: string): number[] {
  const out = [0];
  let at = 0;
  for (const g of graphemes(line)) out.push((at += g.length));
  return out;
}

export function reduceBuffer(b: TextBuffer, a: BufferAction): TextBuffer {
  const line = b.lines[b.row] ?? '';
  const set = (lines: string[], row: number, col: number): TextBuffer => ({ lines, row, col });
  const clampCol = (row: number, col: number) => {
    const bs = cells(b.lines[row] ?? '');
    let best = 0;
    for (const x of bs) if (x <= col) best = x;
    return best;
  };
  switch (a.type) {
    case 'insert': {
      const parts = a.text.replace(/\r\n?/g, '\n').replace(/\t/g, '  ').split('\n');
      if (parts.length === 1) {
        const lines = [...b.lines];
        lines[b.row] = line.slice(0, b.col) + parts[0] + line.slice(b.col);
        return set(lines, b.row, b.col + parts[0].length);
      }
      let r = b;
      parts.forEach((p, i) => {
        if (i > 0) r = reduceBuffer(r, { type: 'newline' });
        r = reduceBuffer(r, { type: 'insert', text: p });
      });
      return r;
    }
    case 'newline': {
      const lines = [...b.lines];
      lines.splice(b.row, 1, line.slice(0, b.col), line.slice(b.col));
      return set(lines, b.row + 1, 0);
    }
    case 'backspace': {
      if (b.col > 0) {
        const bs = cells(line).filter((x) => x < b.col);
        const p = bs[bs.length - 1] ?? 0;
        const lines = [...b.lines];
        lines[b.row] = line.slice(0, p) + line.slice(b.col);
        return set(lines, b.row, p);
      }
      if (b.row === 0) return b;
      const lines = [...b.lines];
      const prev = lines[b.row - 1];
      lines.splice(b.row - 1, 2, prev + line);
      return set(lines, b.row - 1, prev.length);
    }
    case 'left': {
      if (b.col > 0) return set(b.lines, b.row, cells(line).filter((x) => x < b.col).pop() ?? 0);
      return b.row > 0 ? set(b.lines, b.row - 1, b.lines[b.row - 1].length) : b;
    }
    case 'right': {
      if (b.col < line.length) return set(b.lines, b.row, cells(line).find((x) => x > b.col) ?? line.length);
      return b.row < b.lines.length - 1 ? set(b.lines, b.row + 1, 0) : b;
    }
    case 'up':
      return b.row > 0 ? set(b.lines, b.row - 1, clampCol(b.row - 1, b.col)) : b;
    case 'down':
      return b.row < b.lines.length - 1 ? set(b.lines, b.row + 1, clampCol(b.row + 1, b.col)) : b;
    case 'home':
      return set(b.lines, b.row, 0);
    case 'end':
      return set(b.lines, b.row, line.length);
  }
}
