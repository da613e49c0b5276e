// `kubetour shell --lesson ID --step N` replays the earlier steps and warns only about a step
// whose check still fails after its solution (and the wait) — as `verify` judges it. A
// solution that shows a real error on purpose is not a problem.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLessonShellCli } from '../../src/tutor/cli/shell.js';
import { applyStart, replayBefore } from '../../src/tutor/engine/build-session.js';
import type { Lesson } from '../../src/tutor/schema.js';
import { FakeSession } from './fake-session.js';
import { memIO } from './mem-io.js';

const LESSONS = fileURLToPath(new URL('../../lessons/', import.meta.url));

const exercise = (id: string, solution: string) => ({
  id,
  type: 'exercise' as const,
  task: { ko: 'x', en: 'x' },
  check: { id: 'svc', object: { kind: 'Service' as const, name: 'kubia' } },
  hints: [{ ko: 'a', en: 'a' }],
  solution,
});
const lessonWith = (...steps: ReturnType<typeof exercise>[]) =>
  ({ id: 'x', title: { ko: 'x', en: 'x' }, goal: { ko: 'x', en: 'x' }, start: { scenario: 'kubia' }, steps: [...steps, exercise('last', 'echo')] }) as unknown as Lesson;

describe('replaying earlier steps', () => {
  it('a solution that fails on purpose but passes its check is no problem', async () => {
    const s = new FakeSession();
    const lesson = lessonWith(exercise('on-purpose', 'false\nsvc kubia 80 8080'));
    expect(await replayBefore(s, lesson, 1)).toEqual([]);
  });

  it('a check still failing after the solution is a problem, naming the failed command', async () => {
    const s = new FakeSession();
    const lesson = lessonWith(exercise('broken', 'nosuch thing'));
    expect(await replayBefore(s, lesson, 1)).toEqual([
      'step broken: its check still fails after the solution (unmet: svc); "nosuch thing" exited 127: bash: nosuch: command not found',
    ]);
    const quiet = new FakeSession();
    expect(await replayBefore(quiet, lessonWith(exercise('silent', 'echo hi')), 1)).toEqual(['step silent: its check still fails after the solution (unmet: svc)']);
    expect(await applyStart(new FakeSession(), lesson)).toEqual([]);
  });
});

describe('kubetour shell --lesson with failing-on-purpose solutions', () => {
  // Every one of these lessons has an earlier solution that shows a real error on purpose.
  const cases: [string, number][] = [
    ['02-testing-from-inside', 4],
    ['02-testing-from-inside', 10],
    ['03-session-affinity', 7],
    ['07-endpoints-manual', 9],
    ['11-external-traffic-policy', 7],
    ['12-ingress', 11],
    ['13-ingress-tls', 9],
    ['14-readiness-probes', 11],
  ];
  it.each(cases)('%s --step %i prints no warning', async (id, step) => {
    const m = memIO();
    (m.io.stdin as any).end('kubectl get svc kubernetes -o name\n');
    const code = await runLessonShellCli(['--lesson', id, '--step', String(step), '--lessons', LESSONS], m.io as any);
    expect(m.err()).toBe('');
    expect(m.out()).toBe('service/kubernetes\n');
    expect(code).toBe(0);
  });
});
