// Answers a learner's question offline: the lesson's FAQ first (it knows the context), then
// the glossary. Matching is by keywords: English words match whole words, case-insensitively;
// Korean terms match as substrings, since particles attach to nouns (엔드포인트가, 서비스를).
import { glossary, type Lang } from '../../i18n/index.js';
import type { Lesson } from '../schema.js';
import { pick } from '../lessons/text.js';

export function isQuestion(line: string): boolean {
  const s = line.trim();
  return /^[?？]/.test(s) || /[?？]$/.test(s);
}

/** The best answer in markdown, or undefined when nothing matches. */
export function answerQuestion(question: string, lang: Lang, lesson?: Lesson): string | undefined {
  const q = question.replace(/^[?？\s]+|[?？\s]+$/g, '').toLowerCase();
  if (!q) return undefined;
  let best: { score: number; answer: string } | undefined;
  const consider = (terms: string[], answer: string, bonus: number) => {
    for (const term of terms) {
      if (!matches(q, term.toLowerCase())) continue;
      const score = term.length + bonus;
      if (!best || score > best.score) best = { score, answer };
    }
  };
  for (const f of lesson?.faq ?? []) {
    // Keywords of both languages count: learners mix them ("NodePort가 뭐야?").
    consider([...f.keywords[lang], ...f.keywords[lang === 'ko' ? 'en' : 'ko']], pick(f.answer, lang), 100);
  }
  for (const entry of Object.values(glossary(lang))) consider(entry.terms, entry.answer, 0);
  return best?.answer;
}

function matches(q: string, term: string): boolean {
  if (!term) return false;
  if (/^[\x20-\x7e]+$/.test(term)) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Whole words; a Korean particle right after an English term is fine ("service가").
    return new RegExp(`(^|[^a-z0-9_-])${escaped}(?![a-z0-9_])`, 'i').test(q);
  }
  return q.includes(term);
}
