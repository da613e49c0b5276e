// Scores the question sets: for each question, the topics the tutor would answer with, best
// first, against the passages that answer it. Shared by accuracy.test.ts and `npm run bench`.
import { readFileSync } from 'node:fs';
import { loadLessons } from '../../../src/tutor/lessons/load.js';
import { createAsker, type Asker, type Reply } from '../../../src/tutor/questions/index.js';
import type { Lang } from '../../../src/i18n/index.js';

export interface Question {
  lang: Lang;
  q: string;
  /** Passage ids that answer it; `a&b` is a comparison answered with both. */
  expect: string[];
}

export interface Score {
  n: number;
  top1: number;
  top3: number;
  misses: { q: string; got: string[]; expect: string[] }[];
}

export function readSet(name: 'tuning' | 'heldout' | 'heldout2'): Question[] {
  return JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8')).questions as Question[];
}

export function askers(): Record<Lang, Asker> {
  const lessons = loadLessons(new URL('../../../lessons', import.meta.url).pathname)
    .filter((l) => l.lesson)
    .map((l) => ({ id: l.id, lesson: l.lesson! }));
  return { ko: createAsker(lessons, 'ko'), en: createAsker(lessons, 'en') };
}

/** The topics of a reply, best first; a comparison counts as the pair. */
export function ranked(reply: Reply): string[] {
  const r = reply.kind === 'situation' ? reply.fallback : reply;
  if (r.kind === 'answer') return [r.hit.passage.id, ...r.more.map((h) => h.passage.id)];
  if (r.kind === 'compare') return [`${r.parts[0].passage.id}&${r.parts[1].passage.id}`, r.parts[0].passage.id, r.parts[1].passage.id];
  // Unsure: nothing is answered, the three nearest are listed.
  return ['(unsure)', ...r.nearest.map((h) => h.passage.id)];
}

function same(got: string, want: string): boolean {
  if (!want.includes('&')) return got === want;
  return got.split('&').sort().join('&') === want.split('&').sort().join('&');
}

export function score(set: Question[], by: Record<Lang, Asker> = askers()): Score {
  let top1 = 0;
  let top3 = 0;
  const misses: Score['misses'] = [];
  for (const item of set) {
    const got = ranked(by[item.lang].ask(item.q));
    const hit = (list: string[]) => list.some((g) => item.expect.some((e) => same(g, e)));
    // Unsure is right for a question the lessons don't answer, and then it is right in the top 3 too.
    const firstThree = got[0] === '(unsure)' && !item.expect.includes('(unsure)') ? got.slice(1, 4) : got.slice(0, 3);
    if (hit(got.slice(0, 1))) top1++;
    if (hit(firstThree)) top3++;
    else misses.push({ q: item.q, got: firstThree, expect: item.expect });
    if (!hit(got.slice(0, 1)) && hit(firstThree)) misses.push({ q: `(top-3 only) ${item.q}`, got: got.slice(0, 3), expect: item.expect });
  }
  return { n: set.length, top1: top1 / set.length, top3: top3 / set.length, misses };
}
