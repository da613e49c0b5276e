// The author's `--step`: a 1-based step number or a step id, read the same way by the app,
// `kubetour play` and `kubetour shell --lesson`.
import type { Lesson } from '../schema.js';

/** A step given as a 1-based number or an id → its index; -1 when there is no such step. */
export function stepIndex(lesson: Pick<Lesson, 'steps'>, at: number | string): number {
  const n = typeof at === 'number' ? at : /^\d+$/.test(at) ? Number(at) : NaN;
  if (Number.isInteger(n)) return n >= 1 && n <= lesson.steps.length ? n - 1 : -1;
  return lesson.steps.findIndex((s) => s.id === at);
}
