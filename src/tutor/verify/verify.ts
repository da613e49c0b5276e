// Proves a lesson solvable (the rustlings / learnGitBranching discipline): for every
// exercise, from the lesson's start with the earlier steps replayed, the check FAILS before
// the solution and PASSES after it; every `wrong:` attempt fails on the sub-condition it
// names; every quiz's answer is one of its choices.
import type { Lesson } from '../schema.js';
import type { SessionFactory } from '../session-port.js';
import { evaluateCheck } from '../checkpoints/evaluate.js';
import { idsOf } from '../checkpoints/predicate-ids.js';
import { applyStart, buildSessionAt, checkAfterWaiting, marksNow, runScript } from '../engine/build-session.js';
import { runAndDiagnose } from '../diagnosis/prove.js';

export interface VerifyItem {
  step: string;
  /** 'start', 'solution', 'wrong N', 'quiz' */
  test: string;
  ok: boolean;
  /** Not run (a step that needs the simulation, on a real cluster); `detail` says why. */
  skipped?: boolean;
  detail?: string;
}

export async function verifyLesson(lesson: Lesson, create: SessionFactory, seed = 1): Promise<VerifyItem[]> {
  const items: VerifyItem[] = [];
  // One session walks the happy path; each wrong attempt gets a fresh session at its step.
  const session = create({ seed, scenario: lesson.start.scenario });
  const startProblems = await applyStart(session, lesson);
  if (startProblems.length) items.push({ step: '(start)', test: 'start', ok: false, detail: startProblems.join('; ') });
  const lessonMarks = marksNow(session);
  for (let i = 0; i < lesson.steps.length; i++) {
    const step = lesson.steps[i];
    if (step.type === 'message') {
      if (step.run) await runScript(session, step.run);
      continue;
    }
    if (step.type === 'quiz') {
      const ok = step.answer >= 1 && step.answer <= step.choices.length;
      items.push({ step: step.id, test: 'quiz', ok, detail: ok ? undefined : `answer ${step.answer} is not one of the ${step.choices.length} choices` });
      continue;
    }
    const marks = marksNow(session, lessonMarks);
    const before = await evaluateCheck(step.check, session, marks);
    const runs = await runScript(session, step.solution);
    const after = await checkAfterWaiting(step.check, session, marks);
    const failedCmd = runs.find((r) => r.exitCode !== 0);
    if (before.pass) items.push({ step: step.id, test: 'solution', ok: false, detail: 'the check already passes before the solution' });
    else if (!after.pass) {
      const why = failedCmd ? `; "${failedCmd.input}" exited ${failedCmd.exitCode}: ${firstLine(failedCmd.stderr)}` : '';
      items.push({ step: step.id, test: 'solution', ok: false, detail: `the check fails after the solution (unmet: ${after.unmet.join(', ')})${why}` });
    } else items.push({ step: step.id, test: 'solution', ok: true });

    items.push(...(await proveWrongAttempts(lesson, i, create, seed)));
  }
  return items;
}

/**
 * Each `wrong:` attempt of exercise `index`, from a fresh session at that step: it must leave
 * the sub-conditions it names unmet (after `limit` seconds of waiting) and, when it names a
 * diagnosis, get it.
 */
export async function proveWrongAttempts(lesson: Lesson, index: number, create: SessionFactory, seed = 1, limit?: number): Promise<VerifyItem[]> {
  const step = lesson.steps[index];
  if (step?.type !== 'exercise') return [];
  const items: VerifyItem[] = [];
  for (const [j, w] of (step.wrong ?? []).entries()) {
    const named = Array.isArray(w.fails) ? w.fails : [w.fails];
    const built = await buildSessionAt(lesson, index, seed, create);
    const wmarks = marksNow(built.session);
    const said = w.diagnosis ? await runAndDiagnose(built.session, w.commands, step, lesson, wmarks) : (await runScript(built.session, w.commands), []);
    const r = await checkAfterWaiting(step.check, built.session, wmarks, limit);
    const known = new Set(idsOf(step.check));
    const notFailing = named.filter((id) => !known.has(id) || r.leaves[id] !== false);
    const test = `wrong ${j + 1}`;
    if (r.pass) items.push({ step: step.id, test, ok: false, detail: `"${oneLine(w.commands)}" passes the check` });
    else if (notFailing.length) items.push({ step: step.id, test, ok: false, detail: `"${oneLine(w.commands)}" fails on ${r.unmet.join(', ')}, not on ${notFailing.join(', ')}` });
    else if (w.diagnosis && said[0]?.rule !== w.diagnosis) items.push({ step: step.id, test, ok: false, detail: `"${oneLine(w.commands)}" is diagnosed as ${said[0]?.rule ?? 'nothing'}, not ${w.diagnosis}` });
    else items.push({ step: step.id, test, ok: true });
  }
  return items;
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}

function oneLine(s: string): string {
  const t = s.trim().replace(/\s*\n\s*/g, '; ');
  return t.length > 60 ? t.slice(0, 57) + '...' : t;
}
