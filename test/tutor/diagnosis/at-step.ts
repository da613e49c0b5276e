// Drives the Tutor facade like a learner: opens a lesson at a step (the cluster as it would
// be there), types lines, and returns what the tutor said after the last one — the turns a
// learner reads besides the command and its output.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Tutor, type Lang, type Turn } from '../../../src/tutor/index.js';

export const LESSONS = fileURLToPath(new URL('../../../lessons/', import.meta.url));

/** A pod of the kubia app, as learners paste it (`$(…)`, so the line works for every seed). */
export const POD = "$(kubectl get pods -l app=kubia -o jsonpath='{.items[0].metadata.name}')";

export interface Mistake {
  lesson: string;
  step: string;
  /** Lines typed first (not judged). */
  setup?: string[];
  line: string;
  en: string;
  ko: string;
}

/** The tutor's words after each line (markdown of tutor, unmet, hint, success turns), joined. */
export function said(turns: Turn[]): string {
  return turns
    .filter((t) => t.kind === 'tutor' || t.kind === 'unmet' || t.kind === 'success' || t.kind === 'hint' || t.kind === 'warning')
    .map((t) => ('markdown' in t ? t.markdown : ''))
    .join('\n')
    .trim();
}

export async function tutorAt(lesson: string, step: string, lang: Lang): Promise<Tutor> {
  return Tutor.open({ lessonsDir: LESSONS, lessonId: lesson, step, lang, configDir: mkdtempSync(join(tmpdir(), 'kubetour-diag-')), env: {} });
}

/** What the tutor says after the mistake, in one language. */
export async function sayAfter(m: Mistake, lang: Lang): Promise<string> {
  const t = await tutorAt(m.lesson, m.step, lang);
  for (const l of m.setup ?? []) await t.input(l);
  return said(await t.input(m.line));
}

/**
 * What the tutor says after the mistake, in English as a learner reads it, and the same
 * judgement in Korean (`Tutor.lastWords`) — one session instead of two.
 */
export async function sayAfterBoth(m: Mistake): Promise<{ en: string; ko: string }> {
  const t = await tutorAt(m.lesson, m.step, 'en');
  for (const l of m.setup ?? []) await t.input(l);
  const en = said(await t.input(m.line));
  return { en, ko: en ? await t.lastWords('ko') : '' };
}

/**
 * One suite per file of mistakes: each mistake's words in both languages, and one played
 * in Korean mode end to end (what a Korean learner reads, not a re-rendering).
 */
export function describeMistakes(title: string, mistakes: Mistake[]): void {
  describe(title, () => {
    for (const m of mistakes) {
      it(`${m.lesson}/${m.step}: ${m.line.slice(0, 70)}`, { timeout: 60_000 }, async () => {
        expect(await sayAfterBoth(m)).toEqual({ en: m.en, ko: m.ko });
      });
    }
    it('a learner in Korean mode reads exactly the Korean message', { timeout: 60_000 }, async () => {
      const m = mistakes.find((x) => x.ko)!;
      expect(await sayAfter(m, 'ko')).toBe(m.ko);
    });
  });
}
