// For `verify`: runs a wrong attempt as a learner would and returns what the tutor would
// diagnose after its last line — so a lesson's `wrong: … diagnosis:` claim is proved, not hoped.
import type { ExerciseStep, Lesson } from '../schema.js';
import type { TutorSession } from '../session-port.js';
import type { CheckMarks } from '../checkpoints/evaluate.js';
import { diagnosisContext, snapshotObjects } from './context.js';
import { diagnose } from './index.js';
import type { Diagnosis } from './types.js';
import { scriptBudget, type ScriptRun } from '../engine/build-session.js';
import { runWithBudget } from '../../shell/budget.js';

export async function runAndDiagnose(session: TutorSession, commands: string, step: ExerciseStep, lesson: Lesson, marks?: CheckMarks, runs?: ScriptRun[]): Promise<Diagnosis[]> {
  const lines = session.splitCommands(commands).filter((l) => l.trim());
  let found: Diagnosis[] = [];
  const deadline = performance.now() + scriptBudget.ms;
  for (const line of lines) {
    const before = snapshotObjects(session.cluster.store);
    const { result: r, timedOut } = await runWithBudget(session, line, Math.max(0, deadline - performance.now()));
    runs?.push({ input: line, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ...(timedOut ? { timedOut } : {}) });
    if (timedOut) return [];
    const ctx = await diagnosisContext(session, { record: r.record, before, check: step.check, authored: [...(step.diagnose ?? []), ...(lesson.diagnose ?? [])], marks });
    found = ctx ? diagnose(ctx) : [];
  }
  return found;
}
