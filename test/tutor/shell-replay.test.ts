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
    expect((await replayBefore(s, lesson, 1)).map((p) => p.author)).toEqual([]);
  });

  it('a check still failing after the solution is a problem, naming the failed command', async () => {
    const s = new FakeSession();
    const lesson = lessonWith(exercise('broken', 'nosuch thing'));
    expect((await replayBefore(s, lesson, 1)).map((p) => p.author)).toEqual([
      'step broken: its check still fails after the solution (unmet: svc); "nosuch thing" exited 127: bash: nosuch: command not found',
    ]);
    const quiet = new FakeSession();
    expect((await replayBefore(quiet, lessonWith(exercise('silent', 'echo hi')), 1)).map((p) => p.author)).toEqual(['step silent: its check still fails after the solution (unmet: svc)']);
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

describe('kubetour shell --lesson --step reads a number or a step id, as the app and play do', () => {
  it('a step id is the same place as its number; a step that does not exist is named with the ids', async () => {
    const byNumber = memIO();
    (byNumber.io.stdin as any).end('kubectl get svc -o name\n');
    const byId = memIO();
    (byId.io.stdin as any).end('kubectl get svc -o name\n');
    const lessonId = '01-services';
    const { loadLessonFile } = await import('../../src/tutor/lessons/load.js');
    const lesson = (await loadLessonFile(`${LESSONS}${lessonId}.yaml`)).lesson!;
    const third = lesson.steps[2].id;
    expect(await runLessonShellCli(['--lesson', lessonId, '--step', '3', '--lessons', LESSONS], byNumber.io as any)).toBe(0);
    expect(await runLessonShellCli(['--lesson', lessonId, `--step=${third}`, '--lessons', LESSONS], byId.io as any)).toBe(0);
    expect(byId.out()).toBe(byNumber.out());
    const bad = memIO();
    expect(await runLessonShellCli(['--lesson', lessonId, '--step', '99', '--lessons', LESSONS], bad.io as any)).toBe(2);
    expect(bad.err()).toBe(`kubetour shell: --step must be a number from 1 to ${lesson.steps.length} or a step id (${lesson.steps.map((s) => s.id).join(', ')})\n`);
  });
});
