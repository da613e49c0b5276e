import { describe, expect, it } from 'vitest';
import { buildExport, parseExport } from './export.js';
import type { ProgressData } from './store.js';
import type { LoadedLesson } from '../lessons/load.js';

const lesson = {
  id: 'l',
  title: { ko: '레슨', en: 'Lesson' },
  goal: { ko: '', en: '' },
  duration: 10,
  start: { scenario: 'kubia' },
  steps: [
    { id: 'm', type: 'message', text: { ko: '', en: '' } },
    { id: 'e1', type: 'exercise' },
    { id: 'e2', type: 'exercise' },
    { id: 'q', type: 'quiz' },
  ],
};
const loaded = [{ id: 'l', file: 'l.yaml', lesson, errors: [], position: () => ({ line: 1, col: 1 }) }] as unknown as LoadedLesson[];
const base = { step: 2, completed: ['m', 'e1'], hints: { e1: 2 }, solutions: ['e1'], startedAt: 't0', updatedAt: 't1' };

describe('buildExport', () => {
  it('progress saved before step records still says which steps were reached', () => {
    const data: ProgressData = { format: 2, lessons: { l: { ...base, steps: {} } } };
    const e = buildExport(data, loaded, { name: 'Kim', now: 0, lang: 'en', version: 'x' });
    expect(e).toMatchObject({ kind: 'kubetour-progress-export', format: 2, name: 'Kim', exportedAt: '1970-01-01T00:00:00.000Z', idleCapSeconds: 300 });
    const [l] = e.lessons;
    expect(l).toMatchObject({ id: 'l', title: 'Lesson', duration: 10, total: 4, done: 2, started: true, finished: false, step: 3 });
    expect(l.steps.map((s) => [s.id, s.started, s.finished])).toEqual([['m', true, true], ['e1', true, true], ['e2', true, false], ['q', false, false]]);
    expect(l.steps[1]).toMatchObject({ hints: 2, solution: true, attempts: 0, activeSeconds: 0 });
  });

  it('with records: attempts, answers, skips and seconds; progress in a lesson no longer installed is kept', () => {
    const steps = { e1: { enteredAt: 't', finishedAt: 't', attempts: 4, activeMs: 90_400 }, e2: { enteredAt: 't', attempts: 1, activeMs: 1000, skipped: true }, q: { enteredAt: 't', attempts: 2, activeMs: 0, answers: [{ choice: 1, right: false }, { choice: 2, right: true }], finishedAt: 't' } };
    const data: ProgressData = { format: 2, lessons: { l: { ...base, step: 4, completed: ['m', 'e1', 'q'], steps }, gone: { ...base, steps: { x: { enteredAt: 't', attempts: 1, activeMs: 0 } } } } };
    const e = buildExport(data, loaded, { name: 'Lee', now: 0, lang: 'ko', version: 'x' });
    const l = e.lessons[0];
    expect(l.title).toBe('레슨');
    expect(l.activeSeconds).toBe(90 + 1);
    expect(l.steps[1]).toMatchObject({ attempts: 4, activeSeconds: 90 });
    expect(l.steps[2]).toMatchObject({ started: true, finished: false, skipped: true });
    expect(l.steps[3].answers).toEqual([{ choice: 1, right: false }, { choice: 2, right: true }]);
    expect(e.lessons[1]).toMatchObject({ id: 'gone', title: 'gone', started: true });
    expect(e.lessons[1].steps.map((s) => s.id)).toEqual(['x', 'm', 'e1']);
    expect(parseExport(JSON.stringify(e))).toEqual({ ok: e });
  });
});

describe('parseExport', () => {
  it.each([
    ['{"kind":', 'json'],
    ['[1,2]', 'foreign'],
    ['{"name":"package"}', 'foreign'],
    ['{"kubetour":"0.1.0","lessons":[]}', 'older'],
    ['{"kind":"kubetour-progress-export","format":9}', 'newer'],
    ['{"kind":"kubetour-progress-export","format":2,"name":"","lessons":[]}', 'invalid'],
  ])('%s is %s', (text, code) => {
    const r = parseExport(text);
    expect('problem' in r && r.problem.code).toBe(code);
  });
});
