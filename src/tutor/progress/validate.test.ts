import { describe, expect, it } from 'vitest';
import { validateProgress } from './store.js';

const lesson = { step: 2, completed: ['a', 'b'], hints: { a: 1 }, startedAt: 't0', updatedAt: 't1' };

describe('validateProgress', () => {
  it('accepts a saved file and fills in the default list of revealed solutions', () => {
    const r = validateProgress({ format: 1, lang: 'ko', current: '01-x', lessons: { '01-x': lesson } });
    expect(r).toEqual({ data: { format: 2, lang: 'ko', current: '01-x', lessons: { '01-x': { ...lesson, solutions: [], steps: {} } } } });
  });

  it('reads format 2 with its step records', () => {
    const steps = { a: { enteredAt: 't0', finishedAt: 't1', attempts: 3, activeMs: 61_000, answers: [{ choice: 1, right: false }], skipped: false } };
    const r = validateProgress({ format: 2, lessons: { x: { ...lesson, solutions: ['a'], steps } } });
    expect(r).toEqual({ data: { format: 2, lessons: { x: { ...lesson, solutions: ['a'], steps } } } });
  });

  it.each([
    [null, ': expected an object'],
    [{ format: 3, lessons: {} }, 'format: expected 1 or 2'],
    [{ format: 2, lessons: { x: { ...lesson, steps: { a: { enteredAt: 't', attempts: -1, activeMs: 0 } } } } }, 'lessons.x.steps.a.attempts: expected a whole number ≥ 0'],
    [{ format: 2, lessons: { x: { ...lesson, steps: { a: { enteredAt: 't', attempts: 1, activeMs: 0, answers: [{ choice: 1 }] } } } } }, 'lessons.x.steps.a.answers: expected a list of { choice, right }'],
    [{ format: 1, lang: 'de', lessons: {} }, 'lang: expected "ko" or "en"'],
    [{ format: 1, lessons: [] }, 'lessons: expected an object'],
    [{ format: 1, lessons: { x: { ...lesson, step: -1 } } }, 'lessons.x.step: expected a whole number ≥ 0'],
    [{ format: 1, lessons: { x: { ...lesson, step: 1.5 } } }, 'lessons.x.step: expected a whole number ≥ 0'],
    [{ format: 1, lessons: { x: { ...lesson, completed: [1] } } }, 'lessons.x.completed: expected a list of step ids'],
    [{ format: 1, lessons: { x: { ...lesson, hints: { a: 'one' } } } }, 'lessons.x.hints: expected step ids with whole numbers'],
    [{ format: 1, lessons: { x: { ...lesson, updatedAt: undefined } } }, 'lessons.x.updatedAt: expected a string'],
  ])('names the first problem: %j', (raw, problem) => {
    expect(validateProgress(raw)).toEqual({ problem });
  });
});
