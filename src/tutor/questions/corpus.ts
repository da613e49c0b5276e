// Everything the lessons teach, as quotable passages of one language: each lesson's FAQ, its
// steps' text (one passage per paragraph), exercise explanations and quiz explanations, the
// glossary, and — in Korean — the taught document itself. Each passage knows where it comes
// from so an answer can say "lesson 09, step 3" and offer to show the whole of it.
import { glossary, type Lang } from '../../i18n/index.js';
import type { Lesson, Step } from '../schema.js';
import type { DocumentPassage } from './document.js';

export type PassageKind = 'faq' | 'glossary' | 'step' | 'explanation' | 'quiz' | 'doc';

export interface Passage {
  /** Stable id: `faq:09-nodeport#1`, `glossary:nodeport`, `step:09-nodeport/intro#2`, `doc:17`. */
  id: string;
  kind: PassageKind;
  /** Markdown quoted to the learner. */
  text: string;
  /** Words that name the passage's subject (FAQ keywords, glossary terms): weighted highest. */
  keywords: string;
  /** A short name for the passage's subject, shown when listing the nearest topics. */
  label: string;
  /** Where it comes from: a lesson step, or a section of the document. */
  lessonId?: string;
  /** 1-based step number in the lesson. */
  step?: number;
  section?: string;
  /** Searched, never quoted (code under a document block, a quiz's question). */
  extra: string;
}

export interface CorpusLesson {
  id: string;
  lesson: Lesson;
}

export function buildCorpus(lessons: CorpusLesson[], lang: Lang, document: DocumentPassage[] = []): Passage[] {
  const out: Passage[] = [];
  for (const [key, entry] of Object.entries(glossary(lang))) {
    out.push({ id: `glossary:${key}`, kind: 'glossary', text: entry.answer, keywords: entry.terms.join(' '), label: labelOf(entry.answer, entry.terms[0]), extra: '' });
  }
  for (const { id, lesson } of lessons) {
    (lesson.faq ?? []).forEach((f, i) => {
      const words = [...f.keywords[lang], ...f.keywords[lang === 'ko' ? 'en' : 'ko']];
      out.push({ id: `faq:${id}#${i + 1}`, kind: 'faq', text: f.answer[lang], keywords: words.join(' '), label: labelOf(f.answer[lang], '', false), lessonId: id, extra: '' });
    });
    lesson.steps.forEach((step, i) => out.push(...stepPassages(id, step, i + 1, lang)));
  }
  if (lang === 'ko') {
    document.forEach((p, i) => {
      out.push({ id: `doc:${i + 1}`, kind: 'doc', text: p.text, keywords: '', label: p.section.replace(/^\d+\.\s*/, ''), section: p.section, extra: `${p.section}\n${p.code}` });
    });
  }
  return out;
}

function stepPassages(lessonId: string, step: Step, n: number, lang: Lang): Passage[] {
  const at = { lessonId, step: n };
  const paragraphs = (kind: PassageKind, md: string, tag: string, extra = ''): Passage[] =>
    splitParagraphs(md).map((text, j) => ({ id: `${kind}:${lessonId}/${step.id}${tag}#${j + 1}`, kind, text, keywords: '', label: labelOf(text, ''), extra, ...at }));
  switch (step.type) {
    case 'message':
      return paragraphs('step', step.text[lang], '');
    case 'exercise':
      return [...paragraphs('step', step.task[lang], ''), ...(step.explanation ? paragraphs('explanation', step.explanation[lang], '') : [])];
    case 'quiz': {
      const right = step.choices[step.answer - 1]?.[lang] ?? '';
      const text = `${step.question[lang].trim()}\n\n→ ${right}\n\n${step.explanation[lang].trim()}`;
      return [{ id: `quiz:${lessonId}/${step.id}`, kind: 'quiz', text, keywords: '', label: labelOf(step.question[lang], ''), extra: '', ...at }];
    }
  }
}

/** Paragraphs worth quoting: split on blank lines; code blocks stay with the paragraph before them. */
export function splitParagraphs(md: string): string[] {
  const blocks: string[] = [];
  let cur: string[] = [];
  let inFence = false;
  for (const line of md.replace(/\r/g, '').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && !line.trim()) {
      if (cur.length) blocks.push(cur.join('\n'));
      cur = [];
      continue;
    }
    cur.push(line);
  }
  if (cur.length) blocks.push(cur.join('\n'));
  const merged: string[] = [];
  for (const b of blocks) {
    const prev = merged.length - 1;
    // A lone code block or a short lead-in ("For example:") belongs to its neighbour.
    if (prev >= 0 && (/^\s*(```|~~~)/.test(b) || merged[prev].length < 50)) merged[prev] = `${merged[prev]}\n\n${b}`;
    else merged.push(b);
  }
  return merged.map((b) => b.trim()).filter(Boolean);
}

/** The subject of a passage: its first bold phrase (when `bold`), else its first sentence, cut at a word. */
function labelOf(md: string, fallback: string, bold = true): string {
  const b = bold ? /\*\*([^*]{2,60})\*\*/.exec(md) : null;
  if (b) return b[1].replace(/[.:—–-]+\s*$/, '').trim();
  if (fallback) return fallback;
  const plain = md.replace(/[*_#>]/g, '').replace(/\s+/g, ' ').trim();
  const sentence = /^(.{8,}?)[.?!。:](\s|$)/.exec(plain)?.[1] ?? plain;
  if (sentence.length <= 70) return sentence.trim();
  const cut = sentence.slice(0, 70);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[\s,;(]+$/, '')}…`;
}
