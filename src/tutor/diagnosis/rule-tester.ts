// An ESLint-style RuleTester for diagnosis rules: each case runs setup lines and one line in
// a fresh simulated session (kubia scenario), then asserts that the rule stays silent
// (valid) or says exactly the given message in both languages (invalid).
import { expect, it } from 'vitest';
import { Session } from '../../shell/session.js';
import type { Predicate } from '../schema.js';
import type { TutorSession } from '../session-port.js';
import { diagnosisContext, snapshotObjects } from './context.js';
import { toDiagnosis } from './render.js';
import type { Rule } from './types.js';

export interface RuleCase {
  /** Lines run before, unjudged. */
  setup?: string[];
  line: string;
  /** The step's check, when the rule compares with the task. */
  check?: Predicate;
  /** Virtual seconds to wait after the setup (pods starting, load balancers). */
  wait?: number;
}

export interface InvalidCase extends RuleCase {
  en: string;
  ko: string;
}

export async function runRule(rule: Rule, c: RuleCase): Promise<{ en: string; ko: string } | undefined> {
  const s = Session.create({ seed: 1, scenario: 'kubia' }) as unknown as TutorSession;
  for (const l of c.setup ?? []) await s.run(l);
  if (c.wait) s.cluster.advance(c.wait);
  const before = snapshotObjects(s.cluster.store);
  await s.run(c.line);
  const ctx = await diagnosisContext(s, { before, check: c.check });
  const f = ctx && rule.check(ctx);
  return f ? toDiagnosis(rule.meta.id, f).message : undefined;
}

/** Declares one vitest case per valid and invalid example. */
export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  for (const c of cases.valid) {
    it(`stays silent: ${c.line}`, async () => {
      expect(await runRule(rule, c)).toBeUndefined();
    });
  }
  for (const c of cases.invalid) {
    it(`speaks: ${c.line}`, async () => {
      expect(await runRule(rule, c)).toEqual({ en: c.en, ko: c.ko });
    });
  }
}
