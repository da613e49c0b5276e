import { describe, expect, it } from 'vitest';
import { mergeProgress } from './merge.js';
import type { LessonProgress, ProgressData } from './store.js';

const lesson = (over: Partial<LessonProgress>): LessonProgress => ({ step: 0, completed: [], hints: {}, solutions: [], startedAt: 't1', updatedAt: 't1', steps: {}, ...over });

describe('mergeProgress', () => {
  it("keeps the other instance's lessons and adds this one's", () => {
    const disk: ProgressData = { format: 2, current: '02', lang: 'en', lessons: { '02': lesson({ step: 3, completed: ['a', 'b', 'c'] }) } };
    const mine: ProgressData = { format: 2, current: '01', lang: 'ko', lessons: { '01': lesson({ step: 1, completed: ['x'] }), '02': lesson({ step: 0 }) } };
    const merged = mergeProgress(disk, mine, { lessons: new Set(['01']), lang: false, current: true });
    expect(merged.lessons['01']).toEqual(mine.lessons['01']);
    expect(merged.lessons['02']).toEqual(disk.lessons['02']); // not touched here: the file's (newer) version
    expect(merged.current).toBe('01');
    expect(merged.lang).toBe('en'); // this instance never changed the language
  });

  it('adds up what both did in the same lesson, keeping this instance at its step', () => {
    const disk: ProgressData = { format: 2, lessons: { l: lesson({ step: 4, completed: ['a', 'b'], hints: { b: 2, c: 1 }, solutions: ['b'], startedAt: 't0', updatedAt: 't5', completedAt: 't5' }) } };
    const mine: ProgressData = { format: 2, lessons: { l: lesson({ step: 2, completed: ['a', 'z'], hints: { b: 1, d: 3 }, solutions: ['z'], startedAt: 't1', updatedAt: 't3' }) } };
    const merged = mergeProgress(disk, mine, { lessons: new Set(['l']), lang: false, current: false });
    expect(merged.lessons.l).toEqual({
      step: 2,
      completed: ['a', 'z', 'b'],
      hints: { b: 2, c: 1, d: 3 },
      solutions: ['z', 'b'],
      startedAt: 't0',
      updatedAt: 't5',
      completedAt: 't5',
      steps: {},
    });
  });

  it("keeps each step's larger counts and earliest times, never adding an instance's own earlier save", () => {
    const rec = (over: object) => ({ enteredAt: 't1', attempts: 0, activeMs: 0, ...over });
    const disk: ProgressData = { format: 2, lessons: { l: lesson({ steps: { a: rec({ attempts: 3, activeMs: 9000, finishedAt: 't4' }), b: rec({ answers: [{ choice: 1, right: false }] }) } }) } };
    const mine: ProgressData = { format: 2, lessons: { l: lesson({ steps: { a: rec({ enteredAt: 't0', attempts: 5, activeMs: 4000 }), b: rec({ skipped: true }), c: rec({ attempts: 1 }) } }) } };
    const merged = mergeProgress(disk, mine, { lessons: new Set(['l']), lang: false, current: false });
    expect(merged.lessons.l.steps).toEqual({
      a: { enteredAt: 't0', attempts: 5, activeMs: 9000, finishedAt: 't4' },
      b: { enteredAt: 't1', attempts: 0, activeMs: 0, answers: [{ choice: 1, right: false }], skipped: true },
      c: { enteredAt: 't1', attempts: 1, activeMs: 0 },
    });
  });
});
