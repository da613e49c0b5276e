// A port of Go's text/tabwriter (as vendored by kubectl: github.com/liggitt/tabwriter) for
// space padding. kubectl lays out both `get` tables and `describe` text through it, so the
// exact column-block rules matter: a column block is a run of consecutive lines that all
// have a tab-terminated cell in that column; the text after a line's last tab is never
// padded. Widths count code points, as Go counts runes.

export interface TabWriterOptions {
  /** Minimal cell width including padding. */
  minWidth: number;
  /** Padding added to the widest cell of a column block. */
  padding: number;
  /**
   * RememberWidths: columns never shrink across calls (kubectl get -w keeps the header's
   * layout). Pass the same array to successive calls.
   */
  rememberedWidths?: number[];
}

/**
 * A cell's width in code points (Go counts runes): the length less one per surrogate pair,
 * which is what iterating the string would count, without making a string per character.
 */
function runeWidth(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Runs of spaces by length, made once: a table pads every cell but the last of each line. */
const SPACES: string[] = [''];
function spaces(n: number): string {
  if (n <= 0) return '';
  if (n >= 256) return ' '.repeat(n);
  return (SPACES[n] ??= ' '.repeat(n));
}

/** Lays out tab-separated text exactly as a Go tabwriter flushed once at the end. */
export function tabwrite(text: string, opts: TabWriterOptions): string {
  return layout(
    text.split('\n').map((line) => line.split('\t')),
    false,
    opts,
  );
}

/**
 * The same layout for text given as rows of cells, each row ending in a newline — what
 * `tabwrite(rows.map((r) => r.join('\t') + '\n').join(''))` gives, without building that
 * text only to split it again. A cell holding a tab or a newline takes that road, since
 * it starts a new cell or line there.
 */
export function tabwriteRows(rows: readonly (readonly string[])[], opts: TabWriterOptions): string {
  for (const row of rows) {
    for (const cell of row) {
      if (cell.includes('\t') || cell.includes('\n')) return tabwrite(rows.map((r) => r.join('\t') + '\n').join(''), opts);
    }
  }
  return layout(rows, true, opts);
}

/** The end of the text after the last row's newline: one line with one empty cell. */
const AFTER_LAST_NEWLINE: readonly string[] = [''];

/**
 * The tabwriter itself, over lines of cells: every cell but a line's last ended with a tab.
 * `endsWithNewline`: the text ended with a newline, so one empty line follows `given`.
 */
function layout(given: readonly (readonly string[])[], endsWithNewline: boolean, opts: TabWriterOptions): string {
  const count = given.length + (endsWithNewline ? 1 : 0);
  const line = (i: number): readonly string[] => (i < given.length ? given[i] : AFTER_LAST_NEWLINE);
  // The pieces (each cell, its padding, each newline), in an array made at its full size once.
  let most = count;
  for (const cells of given) most += 2 * cells.length;
  const out: string[] = new Array<string>(most);
  let k = 0;
  const widths: number[] = [];
  const remembered = opts.rememberedWidths;

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const cells = line(i);
      for (let j = 0; j < cells.length; j++) {
        const text = cells[j];
        out[k++] = text;
        if (j < widths.length) {
          const pad = widths[j] - runeWidth(text);
          if (pad > 0) out[k++] = spaces(pad);
        }
      }
      if (i + 1 < count) out[k++] = '\n';
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= line(t).length - 1) continue;
      // A cell exists in this column: print the lines above, then lay out the block.
      writeLines(line0, t);
      line0 = t;
      let width = opts.minWidth;
      for (; t < line1; t++) {
        const cells = line(t);
        if (column >= cells.length - 1) break;
        const w = runeWidth(cells[column]) + opts.padding;
        if (w > width) width = w;
      }
      if (remembered) {
        if (remembered.length < widths.length) remembered.push(...widths.slice(remembered.length));
        if (remembered.length === widths.length) remembered.push(width);
        else if (remembered[widths.length] > width) width = remembered[widths.length];
        else remembered[widths.length] = width;
      }
      widths.push(width);
      format(line0, t);
      widths.pop();
      line0 = t;
    }
    writeLines(line0, line1);
  };

  format(0, count);
  out.length = k;
  return out.join('');
}

/** kubectl describe's writer: `tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)`. */
export const describeTabs = (text: string): string => tabwrite(text, { minWidth: 0, padding: 2 });

/** kubectl get's writer: `printers.GetNewTabWriter` (minwidth 6, padding 3, RememberWidths). */
export const tableTabs = (text: string, rememberedWidths?: number[]): string =>
  tabwrite(text, { minWidth: 6, padding: 3, rememberedWidths });

/** kubectl get's writer over rows of cells (see tabwriteRows). */
export const tableRows = (rows: readonly (readonly string[])[], rememberedWidths?: number[]): string =>
  tabwriteRows(rows, { minWidth: 6, padding: 3, rememberedWidths });
