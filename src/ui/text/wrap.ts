// Width-aware wrapping for the terminal. Ink measures with string-width too, but it can
// still overflow a column with wide (CJK) text, so every line we hand to Ink is already cut
// to fit: command output wraps hard like a real terminal, prose wraps at word boundaries.
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The grapheme clusters of a string (a Hangul syllable, an emoji with modifiers, …). */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) out.push(s.segment);
  return out;
}

export function widthOf(text: string): number {
  return stringWidth(text);
}

/** Cuts one line into rows of at most `width` columns, breaking anywhere, as a terminal does. */
export function wrapHard(line: string, width: number): string[] {
  const w = Math.max(1, width);
  if (stringWidth(line) <= w) return [line];
  const rows: string[] = [];
  let row = '';
  let rowWidth = 0;
  for (const g of graphemes(line)) {
    const gw = stringWidth(g);
    if (rowWidth + gw > w && row !== '') {
      rows.push(row);
      row = '';
      rowWidth = 0;
    }
    row += g;
    rowWidth += gw;
  }
  rows.push(row);
  return rows;
}

/** Hard-wraps multi-line text; each input line keeps at least one row (blank lines stay). */
export function wrapBlock(text: string, width: number): string[] {
  return text.split('\n').flatMap((l) => wrapHard(l, width));
}

/** Cuts text to `width` columns, ending in `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const g of graphemes(text)) {
    const gw = stringWidth(g);
    if (w + gw > width - 1) break;
    out += g;
    w += gw;
  }
  return `${out}…`;
}

/** A run of text with one style, the unit of styled wrapping. */
export interface Span {
  text: string;
  bold?: boolean;
  code?: boolean;
}

/**
 * The words of styled text, each with its trailing spaces, so a break never starts a row with
 * a space. A word may run across spans: `` `<node-ip>:30123`, `` is one word (code, then a
 * comma), so the comma never lands alone at the start of the next row.
 */
function words(spans: Span[]): Span[][] {
  const out: Span[][] = [];
  for (const span of spans) {
    for (const text of span.text.match(/[^ ]+ *| +/g) ?? []) {
      const piece = { text, bold: span.bold, code: span.code };
      const prev = out[out.length - 1];
      if (prev && !prev[prev.length - 1].text.endsWith(' ') && !text.startsWith(' ')) prev.push(piece);
      else out.push([piece]);
    }
  }
  return out;
}

/**
 * Word-wraps styled spans into rows of at most `width` columns. Breaks after spaces; a word
 * wider than a row (or a run of CJK text without spaces) is broken between graphemes.
 */
export function wrapSpans(spans: Span[], width: number, indent = 0): Span[][] {
  const w = Math.max(1, width - indent);
  const rows: Span[][] = [];
  let row: Span[] = [];
  let rowWidth = 0;
  const push = (text: string, style: Omit<Span, 'text'>) => {
    const last = row[row.length - 1];
    if (last && last.bold === style.bold && last.code === style.code) last.text += text;
    else row.push({ ...style, text });
  };
  const newRow = () => {
    // Trailing spaces at a soft break are invisible; drop them so rows measure true.
    const last = row[row.length - 1];
    if (last) last.text = last.text.replace(/ +$/, '');
    rows.push(row.filter((s) => s.text !== ''));
    row = [];
    rowWidth = 0;
  };
  for (const word of words(spans)) {
    const tw = word.reduce((n, p) => n + stringWidth(p.text), 0);
    const bare = tw - (stringWidth(word[word.length - 1].text) - stringWidth(word[word.length - 1].text.trimEnd()));
    const blank = word.every((p) => p.text.trim() === '');
    if (rowWidth + bare <= w) {
      for (const p of word) push(p.text, p);
      rowWidth += tw;
      continue;
    }
    if (bare <= w && rowWidth > 0) {
      newRow();
      if (blank) continue;
      for (const p of word) push(p.text, p);
      rowWidth += tw;
      continue;
    }
    // Too wide for any row: break between graphemes.
    for (const p of word) {
      for (const g of graphemes(p.text)) {
        const gw = stringWidth(g);
        if (rowWidth + gw > w && g !== ' ') newRow();
        if (rowWidth === 0 && g === ' ') continue;
        push(g, p);
        rowWidth += gw;
      }
    }
  }
  if (row.length > 0 || rows.length === 0) newRow();
  return rows;
}

/**
 * Word-wraps one line of a drawn diagram (a /trace hop): continuation rows are indented to
 * where the text after the line's leading tree glyphs starts, so a long hop reads as a block.
 */
export function wrapIndented(line: string, width: number): string[] {
  if (widthOf(line) <= width) return [line];
  // The hop's label (`snat: `, `엔드포인트: `, `load balancer: `) belongs to the lead.
  const lead = /^\s*(?:(?:[├└│]─*▶?|[|`]-*>?) ?)?(?:[\p{L}\p{N}_-]+(?: [\p{L}\p{N}_-]+)?: )?/u.exec(line)?.[0] ?? '';
  const leadWidth = widthOf(lead);
  if (leadWidth >= width - 8) return wrapHard(line, width);
  const indent = ' '.repeat(leadWidth);
  const rows = wrapSpans([{ text: line.slice(lead.length) }], width - leadWidth).map((r) => r.map((s) => s.text).join(''));
  return rows.map((r, i) => (i === 0 ? lead : indent) + r);
}
