// The diagnosis library: given one command line (input, place, exit code, output, the
// requests it made) and the cluster around it, say what the mistake was — in the learner's
// words, naming the object, port, host or file. Generic: no rule knows any lesson; a
// lesson adds its own through `diagnose:` entries (see context.ts).
//
//   const ctx = await diagnosisContext(session, { record, since, check, authored });
//   const [first] = diagnose(ctx);   // first.rule, first.message.ko / .en
import type { Diagnosis, DiagnosisContext } from './types.js';
import { RULES } from './registry.js';
import { toDiagnosis } from './render.js';

export type { Diagnosis, DiagnosisContext, Finding, Rule, RuleMeta, TaskFacts, AuthoredDiagnosis, ObjectChange } from './types.js';
export { NO_TASK } from './types.js';
export { RULES, RULE_IDS } from './registry.js';
export { renderFinding } from './render.js';
export { diagnosisContext, snapshotObjects, taskFacts, type DiagnosisContextOptions, type ObjectSnapshot } from './context.js';
export { editDistance, closest } from './names.js';

/** Every diagnosis for the line, most specific first (the lesson's own before the rules). */
export function diagnose(ctx: DiagnosisContext): Diagnosis[] {
  const out: Diagnosis[] = ctx.authored.map((a) => ({ rule: a.id, message: a.text }));
  for (const rule of RULES) {
    let found;
    try {
      found = rule.check(ctx);
    } catch {
      // A rule that trips over an odd object must not cost the learner the other rules.
      found = undefined;
    }
    if (found) out.push(toDiagnosis(rule.meta.id, found));
  }
  return out;
}
