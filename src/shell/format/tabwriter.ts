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

interface Cell {
  text: string;
  width: number;
}

const runeWidth = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Lays out tab-separated text exactly as a Go tabwriter flushed once at the end. */
export function tabwrite(text: string, opts: TabWriterOptions): string {
  const lines: Cell[][] = text.split('\n').map((line) => line.split('\t').map((t) => ({ text: t, width: runeWidth(t) })));
  const out: string[] = [];
  const widths: number[] = [];
  const remembered = opts.rememberedWidths;

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i];
      for (let j = 0; j < line.length; j++) {
        const c = line[j];
        out.push(c.text);
        if (j < widths.length) out.push(' '.repeat(Math.max(0, widths[j] - c.width)));
      }
      if (i + 1 < lines.length) out.push('\n');
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= lines[t].length - 1) continue;
      // A cell exists in this column: print the lines above, then lay out the block.
      writeLines(line0, t);
      line0 = t;
      let width = opts.minWidth;
      for (; t < line1; t++) {
        const line = lines[t];
        if (column >= line.length - 1) break;
        const w = line[column].width + opts.padding;
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

  format(0, lines.length);
  return out.join('');
}

/** kubectl describe's writer: `tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)`. */
export const describeTabs = (text: string): string => tabwrite(text, { minWidth: 0, padding: 2 });

/** kubectl get's writer: `printers.GetNewTabWriter` (minwidth 6, padding 3, RememberWidths). */
export const tableTabs = (text: string, rememberedWidths?: number[]): string =>
  tabwrite(text, { minWidth: 6, padding: 3, rememberedWidths });
