// The light markdown tutor turns use: paragraphs with **bold** and `code`, fenced code
// blocks, bullet and numbered lists, and headings (shown bold). Pure: text in, blocks out;
// the Markdown component decides how blocks look.
import type { Span } from './text/wrap.js';

export type Block =
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'heading'; spans: Span[] }
  | { type: 'code'; lang: string; lines: string[] }
  | { type: 'list'; ordered: boolean; items: { marker: string; spans: Span[] }[] }
  | { type: 'blank' };

/** Splits inline text into plain, **bold** and `code` spans. Unclosed markers stay literal. */
export function parseInline(text: string): Span[] {
  const spans: Span[] = [];
  const push = (s: Span) => {
    if (s.text === '') return;
    const last = spans[spans.length - 1];
    if (last && !last.bold && !last.code && !s.bold && !s.code) last.text += s.text;
    else spans.push(s);
  };
  let i = 0;
  while (i < text.length) {
    if (text[i] === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i) {
        push({ text: text.slice(i + 1, end), code: true });
        i = end + 1;
        continue;
      }
    }
    if (text.startsWith('**', i)) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        // Code inside bold keeps its own style; everything else in the run is bold.
        for (const inner of parseInline(text.slice(i + 2, end))) push(inner.code ? inner : { text: inner.text, bold: true });
        i = end + 2;
        continue;
      }
    }
    const next = nextMarker(text, i + 1);
    push({ text: text.slice(i, next) });
    i = next;
  }
  return spans;
}

function nextMarker(text: string, from: number): number {
  const a = text.indexOf('`', from);
  const b = text.indexOf('**', from);
  const c = [a, b].filter((x) => x >= 0);
  return c.length ? Math.min(...c) : text.length;
}

const FENCE = /^\s*(```|~~~)\s*([\w-]*)\s*$/;
const BULLET = /^(\s*)([-*+])\s+(.*)$/;
const ORDERED = /^(\s*)(\d+)[.)]\s+(.*)$/;
const HEADING = /^#{1,6}\s+(.*)$/;

export function parseMarkdown(md: string): Block[] {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: 'paragraph', spans: parseInline(para.join(' ')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !new RegExp(`^\\s*${fence[1]}\\s*$`).test(lines[j])) body.push(lines[j++]);
      blocks.push({ type: 'code', lang: fence[2], lines: body });
      i = j;
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = bullet ? null : ORDERED.exec(line);
    if (bullet || ordered) {
      flush();
      const m = (bullet ?? ordered)!;
      const isOrdered = !!ordered;
      const marker = isOrdered ? `${m[2]}.` : '•';
      const last = blocks[blocks.length - 1];
      const item = { marker: m[1].length >= 2 ? `  ${marker}` : marker, spans: parseInline(m[3]) };
      if (last?.type === 'list' && last.ordered === isOrdered) last.items.push(item);
      else blocks.push({ type: 'list', ordered: isOrdered, items: [item] });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', spans: parseInline(heading[1]) });
      continue;
    }
    if (line.trim() === '') {
      flush();
      if (blocks.length && blocks[blocks.length - 1].type !== 'blank') blocks.push({ type: 'blank' });
      continue;
    }
    // A continuation line of a list item joins the item, as in markdown.
    const last = blocks[blocks.length - 1];
    if (para.length === 0 && last?.type === 'list' && /^\s+\S/.test(line)) {
      const item = last.items[last.items.length - 1];
      item.spans = parseInline(`${item.spans.map((s) => (s.code ? `\`${s.text}\`` : s.bold ? `**${s.text}**` : s.text)).join('')} ${line.trim()}`);
      continue;
    }
    para.push(line.trim());
  }
  flush();
  while (blocks.length && blocks[blocks.length - 1].type === 'blank') blocks.pop();
  return blocks;
}

/** Markdown as plain linear text (screen-reader mode, and tests): markers removed. */
export function markdownToPlain(md: string): string {
  const out: string[] = [];
  const flat = (spans: Span[]) => spans.map((s) => s.text).join('');
  for (const b of parseMarkdown(md)) {
    if (b.type === 'paragraph' || b.type === 'heading') out.push(flat(b.spans));
    else if (b.type === 'code') out.push(...b.lines.map((l) => `    ${l}`));
    else if (b.type === 'list') out.push(...b.items.map((it) => `${it.marker} ${flat(it.spans)}`));
    else out.push('');
  }
  return out.join('\n');
}
