// Where the prompt's text and cursor land on screen: the prompt and the line are cut into
// rows by display width (Hangul and other wide characters take two columns), so the cursor
// sits on the right column even when a wide character would straddle the edge.
import stringWidth from 'string-width';
import { graphemes } from '../text/wrap.js';

export interface Cell {
  text: string;
  /** True for the grapheme under the cursor (or the blank after the end of the line). */
  cursor: boolean;
  /** True for the prompt's own characters. */
  prompt: boolean;
}

/** What each further line of a multi-line command starts with ($PS2). */
const CONTINUATION = '> ';

/** Lays out prompt + text into rows of at most `width` columns, marking the cursor cell. */
export function layoutLine(prompt: string, text: string, cursor: number, width: number): Cell[][] {
  const w = Math.max(2, width);
  const rows: Cell[][] = [[]];
  let col = 0;
  const place = (g: string, cell: Omit<Cell, 'text'>) => {
    const gw = Math.max(0, stringWidth(g));
    if (col + gw > w) {
      rows.push([]);
      col = 0;
    }
    rows[rows.length - 1].push({ text: g, ...cell });
    col += gw;
  };
  for (const g of graphemes(prompt)) place(g, { cursor: false, prompt: true });
  let at = 0;
  for (const g of graphemes(text)) {
    if (g === '\n') {
      // A recalled multi-line command (a heredoc): each further line starts a row with the
      // continuation prompt, as bash shows it.
      if (at === cursor) place(' ', { cursor: true, prompt: false });
      rows.push([]);
      col = 0;
      for (const p of graphemes(CONTINUATION)) place(p, { cursor: false, prompt: true });
      at += g.length;
      continue;
    }
    place(g, { cursor: at === cursor, prompt: false });
    at += g.length;
  }
  // The cursor after the last character is a blank cell, which may start a new row.
  if (cursor >= text.length) place(' ', { cursor: true, prompt: false });
  return rows;
}

/** The cursor's (row, column) in a layout — what a terminal would report. */
export function cursorPosition(rows: Cell[][]): { row: number; col: number } {
  for (let r = 0; r < rows.length; r++) {
    let col = 0;
    for (const c of rows[r]) {
      if (c.cursor) return { row: r, col };
      col += stringWidth(c.text);
    }
  }
  return { row: rows.length - 1, col: 0 };
}
