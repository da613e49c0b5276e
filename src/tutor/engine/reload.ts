// `/reload` (and `/reset`) for an author editing a lesson: the lesson's file is read again and
// linted as `kubetour lint` would. A file with errors changes nothing; otherwise the learner
// stays on the same step when its id is still in the lesson, else on the nearest one.
import type { LoadedLesson } from '../lessons/load.js';
import type { Diagnostic } from '../lessons/diagnostics.js';
import type { Lesson } from '../schema.js';

export type Reread =
  /** The edit does not lint: its errors, the old lesson kept. */
  | { kind: 'broken'; errors: Diagnostic[] }
  /** The step's id is still there, at `index`: the cluster can stay as it is. */
  | { kind: 'kept'; entry: LoadedLesson & { lesson: Lesson }; index: number }
  /** The step is gone: `index` is the nearest one (the same position, or the last step). */
  | { kind: 'moved'; entry: LoadedLesson & { lesson: Lesson }; index: number; goneId: string };

/**
 * Reads `file` again and places the learner who was at step `at` (an index; past the end when
 * the lesson was finished) in the new text.
 */
export async function rereadLesson(file: string, old: Lesson, at: number): Promise<Reread> {
  const [{ loadLessonFile }, { lintLesson }] = await Promise.all([import('../lessons/load.js'), import('../lessons/lint.js')]);
  const entry = loadLessonFile(file);
  const errors = lintLesson(entry).filter((d) => d.severity !== 'warning');
  if (!entry.lesson || errors.length) return { kind: 'broken', errors: errors.length ? errors : entry.errors };
  const lesson = entry.lesson;
  const fresh = { ...entry, lesson };
  if (at >= old.steps.length) return { kind: 'kept', entry: fresh, index: lesson.steps.length };
  const id = old.steps[at].id;
  const index = lesson.steps.findIndex((s) => s.id === id);
  if (index >= 0) return { kind: 'kept', entry: fresh, index };
  return { kind: 'moved', entry: fresh, index: Math.min(at, lesson.steps.length - 1), goneId: id };
}
