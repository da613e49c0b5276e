// Every lesson played end to end through `kubetour play`'s driver, in-process, in both
// languages: by a learner who types the solutions, and by one who makes mistakes first
// (typo, wrong port, a known-wrong attempt, a wrong quiz answer), asks for a hint and a
// question and restarts the step. Real outcomes: the lesson is recorded as completed, every
// exercise done, and nothing the tutor says shows a check id or an internal error.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { Tutor, type Lang, type Turn } from '../../src/tutor/index.js';
import { loadLessons } from '../../src/tutor/lessons/load.js';
import { idsOf } from '../../src/tutor/checkpoints/predicate-ids.js';
import type { Lesson } from '../../src/tutor/schema.js';
import { pick } from '../../src/tutor/lessons/text.js';
import { playLines } from '../../src/ui/play/play-cli.js';
import { memIO } from '../tutor/mem-io.js';
import { mistakesScript, solutionScript } from './learner-scripts.js';

const LESSONS = fileURLToPath(new URL('../../lessons/', import.meta.url));
const lessons = loadLessons(LESSONS).map((l) => l.lesson).filter((l): l is Lesson => !!l);

interface Record_ { input: string | null; turns: Turn[]; status: { lessonId?: string; step: number; total: number } }

/** Plays the lines as `kubetour play --json --lesson ID` would; returns the records and the saved progress. */
async function play(lesson: Lesson, lang: Lang, lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'kubetour-played-'));
  try {
    const tutor = await Tutor.open({ lessonsDir: LESSONS, lessonId: lesson.id, configDir: dir, lang, env: {} });
    const m = memIO();
    (m.io.stdin as NodeJS.WritableStream).end(lines.map((l) => `${l}\n`).join(''));
    expect(await playLines(tutor, m.io as never, { json: true, color: false, interactive: false })).toBe(0);
    const records = m.out().trim().split('\n').map((l) => JSON.parse(l) as Record_);
    const progress = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));
    return { records, progress: progress.lessons[lesson.id] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Check ids the tutor must never say: as a code span, unless the lesson's own text uses that span. */
function leakedIds(lesson: Lesson, lang: Lang, records: Record_[]): string[] {
  const ids = new Set(lesson.steps.flatMap((s) => (s.type === 'exercise' ? idsOf(s.check) : [])));
  const ownText = JSON.stringify(lesson.steps.map((s) => (s.type === 'exercise' ? [pick(s.task, lang), s.hints.map((h) => pick(h, lang)), s.explanation && pick(s.explanation, lang)] : s.type === 'message' ? pick(s.text, lang) : pick(s.question, lang))));
  for (const id of [...ids]) if (ownText.includes(`\`${id}\``)) ids.delete(id);
  const said = records.flatMap((r) => r.turns).filter((t) => 'markdown' in t).map((t) => (t as { markdown: string }).markdown).join('\n');
  // As a code span, the way "unmet: `labels-shown`" showed them; an English word that happens
  // to be an id ("a not-ready pod") is prose, not a leak.
  return [...ids].filter((id) => said.includes(`\`${id}\``));
}

function tutorSaid(records: Record_[]): string {
  return records.flatMap((r) => r.turns).filter((t) => t.kind !== 'output' && t.kind !== 'command').map((t) => JSON.stringify(t)).join('\n');
}

function expectCompleted(lesson: Lesson, progress: { completed: string[]; completedAt?: string } | undefined) {
  expect(progress?.completedAt, `${lesson.id} is recorded as completed`).toBeTruthy();
  const exercises = lesson.steps.filter((s) => s.type !== 'message').map((s) => s.id);
  expect(exercises.filter((id) => !progress?.completed.includes(id))).toEqual([]);
}

/** Plays every lesson in one language, both learners; the records are kept for the id check. */
export function playedLessons(lang: Lang): void {
  const leaks: string[] = [];

  it.each(lessons.map((l) => [l.id, l] as const))('%s, by its solutions', async (_id, lesson) => {
    const { records, progress } = await play(lesson, lang, solutionScript(lesson));
    expectCompleted(lesson, progress);
    // Nothing went wrong setting steps up or inside the tutor.
    expect(records.flatMap((r) => r.turns).filter((t) => t.kind === 'warning')).toEqual([]);
    leaks.push(...leakedIds(lesson, lang, records).map((id) => `${lesson.id}: ${id}`));
  });

  it.each(lessons.map((l) => [l.id, l] as const))('%s, by a learner who makes mistakes first', async (_id, lesson) => {
    const { records, progress } = await play(lesson, lang, mistakesScript(lesson, lang));
    expectCompleted(lesson, progress);
    expect(tutorSaid(records)).not.toMatch(/internal error|내부 오류|TypeError|ReferenceError|\n\s+at .*:\d+:\d+/);
    expect(records.some((r) => r.input === '/hint' && r.turns.some((t) => t.kind === 'hint'))).toBe(true);
    leaks.push(...leakedIds(lesson, lang, records).map((id) => `${lesson.id}: ${id}`));
  });

  it('the tutor named no check id in any of these sessions', () => {
    expect(leaks).toEqual([]);
  });
}
