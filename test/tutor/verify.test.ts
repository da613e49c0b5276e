// `kubetour verify` over fixture lessons with the fake session.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runVerifyCli } from '../../src/tutor/cli/verify.js';
import { fakeFactory } from './fake-session.js';
import { memIO } from './mem-io.js';

const FIX = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('kubetour verify', () => {
  it('passes solvable lessons: fail before, pass after, wrong attempts fail on their ids', async () => {
    const m = memIO();
    expect(await runVerifyCli([`${FIX}good`], m.io as any, fakeFactory)).toBe(0);
    expect(m.out()).toBe(
      [
        '01-fake.yaml',
        '  STEP    TEST      RESULT',
        '  expose  solution  PASS',
        '  expose  wrong 1   PASS',
        '  reach   solution  PASS',
        '  reach   wrong 1   PASS',
        '  newpod  solution  PASS',
        '  newpod  wrong 1   PASS',
        '  q1      quiz      PASS',
        '',
        '02-second.yaml',
        '  STEP  TEST      RESULT',
        '  del   solution  PASS',
        '  del   wrong 1   PASS',
        '  q     quiz      PASS',
        '',
        '10 passed, 0 failed',
        '',
      ].join('\n'),
    );
  });

  it('reports unsolvable steps, wrong attempts that fail for another reason, and broken files', async () => {
    const m = memIO();
    expect(await runVerifyCli([`${FIX}verify-fail`, `${FIX}bad/03-broken.yaml`], m.io as any, fakeFactory)).toBe(1);
    const out = m.out();
    expect(out).toContain('wrong-port  solution  FAIL  the check fails after the solution (unmet: port)');
    expect(out).toContain('wrong-port  wrong 1   FAIL  "svc kubia 80 8080" passes the check');
    expect(out).toContain('wrong-port  wrong 2   FAIL  "svc kubia 8080 8080" fails on port, not on svc');
    expect(out).toContain('already     solution  FAIL  the check already passes before the solution');
    expect(out).toMatch(/\(load\)\s+schema\s+FAIL\s+.*03-broken\.yaml:3:1: goal\.en: missing English/);
    expect(out.trimEnd().split('\n').pop()).toBe('0 passed, 6 failed');
  });
});
