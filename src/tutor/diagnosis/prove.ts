// For `verify`: runs a wrong attempt as a learner would and returns what the tutor would
// diagnose after its last line — so a lesson's `wrong: … diagnosis:` claim is proved, not hoped.
import type { ExerciseStep, Lesson } from '../schema.js';
import type { TutorSession } from '../session-port.js';
import type { CheckMarks } from '../checkpoints/evaluate.js';
import { diagnosisContext, snapshotObjects } from './context.js';
import { diagnose } from './index.js';
import type { Diagnosis } from './types.js';
import type { ScriptRun } from '../engine/build-session.js';

export async function runAndDiagnose(session: TutorSession, commands: string, step: ExerciseStep, lesson: Lesson, marks?: CheckMarks, runs?: ScriptRun[]): Promise<Diagnosis[]> {
  const lines = session.splitCommands(commands).filter((l) => l.trim());
  let found: Diagnosis[] = [];
  for (const line of lines) {
    const before = snapshotObjects(session.cluster.store);
    const r = await session.run(line);
    runs?.push({ input: line, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
    const ctx = await diagnosisContext(session, { record: r.record, before, check: step.check, authored: [...(step.diagnose ?? []), ...(lesson.diagnose ?? [])], marks });
    found = ctx ? diagnose(ctx) : [];
  }
  return found;
}
