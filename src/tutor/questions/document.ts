// The taught document (docs/source/services.ko.md) cut into quotable passages: one per prose
// block, under the heading it belongs to. Code blocks are not quoted but their words are
// searched, with the prose before them. The result is committed as data/document.ko.json
// (see document.test.ts, which checks it is up to date), so the app never parses markdown.

export interface DocumentPassage {
  /** The heading the passage is under, without `#` marks. */
  section: string;
  /** Markdown as quoted to the learner. */
  text: string;
  /** Extra words searched but not quoted (code under the block). */
  code: string;
}

const FENCE = /^\s*(```|~~~)/;

export function splitDocument(md: string): DocumentPassage[] {
  const out: DocumentPassage[] = [];
  let section = '';
  let prose: string[] = [];
  let code: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    const text = prose.join('\n').trim();
    if (text) out.push({ section, text, code: code.join('\n').trim() });
    else if (code.length && out.length && out[out.length - 1].section === section) {
      const last = out[out.length - 1];
      last.code = [last.code, ...code].join('\n').trim();
    }
    prose = [];
    code = [];
  };
  for (const rawLine of md.split('\n')) {
    const line = rawLine.replace(/\s+$/, '');
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1] === fence) fence = undefined;
      else code.push(line.trim());
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      section = heading[2].replace(/[_*]/g, '').trim();
      continue;
    }
    // Images and layout-only HTML say nothing to quote.
    if (/^!\[.*\]\(.*\)$/.test(line.trim()) || /^<br\s*\/?>$/i.test(line.trim())) continue;
    if (!line.trim()) {
      // A blank line ends a block once it has prose and the code that follows it.
      if (prose.length && code.length) flush();
      else if (prose.length) prose.push('');
      continue;
    }
    if (code.length) flush();
    prose.push(line);
  }
  flush();
  // Blocks of a few words read badly alone: they join the next one of the same section.
  const merged: DocumentPassage[] = [];
  for (const p of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.section === p.section && prev.text.length < 60) {
      prev.text = `${prev.text}\n${p.text}`;
      prev.code = [prev.code, p.code].filter(Boolean).join('\n');
    } else merged.push({ ...p, text: p.text.replace(/\n{2,}/g, '\n\n') });
  }
  return merged;
}
