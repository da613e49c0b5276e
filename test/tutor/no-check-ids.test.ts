// No learner-facing text names a check id. Every lesson is played through the Tutor facade in
// both languages — the wrong attempts, `/check`, the solution typed line
// by line, a wrong and a right quiz answer — and every turn the tutor itself wrote (unmet
// notes, progress, /check) is scanned for the ids of the step's check.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/tutor/lessons/load.js';
import { idsOf, leavesOf } from '../../src/tutor/checkpoints/predicate-ids.js';
import type { Lang, Turn } from '../../src/tutor/index.js';
import type { Lesson, Predicate } from '../../src/tutor/schema.js';
import { LESSONS, tutorAt } from './diagnosis/at-step.js';

/** Ids that are also names or values in the check (Secret `tls-secret`) may appear as such. */
function forbiddenIds(check: Predicate): string[] {
  const values = JSON.stringify(leavesOf(check).map((l) => ({ ...l, id: undefined, text: undefined })));
  return idsOf(check).filter((id) => !values.includes(`"${id}"`));
}

/** The turns the tutor composes itself (authored lesson text is the author's business). */
function composed(turns: Turn[]): string[] {
  return turns.filter((t) => t.kind === 'unmet' || (t.kind === 'tutor' && /^(✓ \d|\*\*This step|\*\*이 단계)/.test(t.markdown))).map((t) => ('markdown' in t ? t.markdown : ''));
}

async function play(lesson: Lesson, lang: Lang): Promise<string[]> {
  const problems: string[] = [];
  let scanned = 0;
  const t = await tutorAt(lesson.id, lesson.steps[0].id, lang);
  for (let i = 0; i < lesson.steps.length; i++) {
    const step = lesson.steps[i];
    if (step.type === 'message') continue;
    const seen: string[] = [];
    const type = async (line: string) => seen.push(...composed(await t.input(line)));
    if (step.type === 'quiz') {
      await type(String((step.answer % step.choices.length) + 1));
      await type(String(step.answer));
      continue;
    }
    // Wrong attempts one after the other (no rebuild between them: a learner doesn't reset
    // either); the solution below still ends the step, or `/next` rebuilds past it.
    for (const w of step.wrong ?? []) {
      for (const line of t.session.splitCommands(w.commands)) if (line.trim()) await type(line);
      if (t.status().step !== i + 1) break;
    }
    if (t.status().step !== i + 1) continue;
    await type('/check');
    for (const line of t.session.splitCommands(step.solution)) if (line.trim()) await type(line);
    if (t.status().step === i + 1) await t.input('/next');
    const ids = forbiddenIds(step.check);
    scanned += seen.length;
    for (const text of seen) {
      const named = ids.filter((id) => text.includes(`\`${id}\``));
      if (named.length || /still unmet|충족되지 않은/.test(text)) problems.push(`${lesson.id}/${step.id} (${lang}): ${text}`);
    }
  }
  // `/check` alone composes a turn per exercise: a scan of nothing would prove nothing.
  if (scanned === 0) problems.push(`${lesson.id} (${lang}): no composed turn was scanned`);
  return problems;
}

describe('no check id reaches the learner', () => {
  const lessons = loadLessons(LESSONS).flatMap((l) => (l.lesson ? [l.lesson] : []));
  it('has lessons to play', () => expect(lessons.length).toBeGreaterThanOrEqual(14));
  for (const lesson of lessons) {
    it(`${lesson.id}, in Korean and English`, { timeout: 120_000 }, async () => {
      expect([...(await play(lesson, 'ko')), ...(await play(lesson, 'en'))]).toEqual([]);
    });
  }
});
