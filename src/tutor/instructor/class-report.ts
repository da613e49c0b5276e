// `kubetour class report`: many learners' exports made into one picture of the room — per
// lesson and per step, how many started and finished, the median active time, attempts
// and hints, and where learners are stuck (steps started but not finished). Pure data in,
// data out; the table is drawn by format-report.ts.
import type { Lesson } from '../schema.js';
import type { Lang } from '../types.js';
import { pick } from '../lessons/text.js';
import type { ExportedStep, ProgressExport, StepType } from '../progress/export.js';

export interface StepSummary {
  n: number;
  id: string;
  type: StepType;
  /** A short line saying what the step asks (the task's or question's first sentence). */
  label: string;
  started: number;
  finished: number;
  /** Median active minutes of the learners who finished the step (null: nobody did). */
  medianMinutes: number | null;
  /** Median shell lines (exercise) or answers (quiz) of those who finished. */
  medianAttempts: number | null;
  /** Median hints shown, of those who started. */
  medianHints: number | null;
  solutions: number;
  /** Quizzes: learners whose first answer was right. */
  rightFirstTime?: number;
  /** Started but not finished: still there, or skipped it with /next. */
  stuck: number;
  skipped: number;
  /** The names of the learners stuck here (started, not finished, not skipped). */
  stuckNames: string[];
  /** Median active minutes those still on the step have spent on it (null: nobody is). */
  stuckMinutes: number | null;
}

export interface LessonSummary {
  id: string;
  title: string;
  duration?: number;
  learners: number;
  started: number;
  finished: number;
  /** Median active minutes of the learners who finished the lesson. */
  medianMinutes: number | null;
  medianHints: number | null;
  steps: StepSummary[];
}

export interface ClassReport {
  learners: string[];
  lessons: LessonSummary[];
  /** Steps where at least half of those who started have not finished, most learners first. */
  stuck: { lessonId: string; lessonTitle: string; step: number; label: string; started: number; stuck: number; names: string[]; minutes: number | null; finishedMinutes: number | null }[];
}

/**
 * Summarises the exports; `lessons` (the installed lessons) give titles in `lang`, the
 * order, and what each step asks. Lessons nobody started are left out. Message steps are
 * read, not worked on, so only exercises and quizzes get rows.
 */
export function buildClassReport(exports: ProgressExport[], lessons: Lesson[], lang: Lang): ClassReport {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const order: string[] = lessons.map((l) => l.id);
  for (const e of exports) for (const l of e.lessons) if (!order.includes(l.id)) order.push(l.id);
  const out: LessonSummary[] = [];
  for (const id of order) {
    const entries = exports.flatMap((e) => e.lessons.filter((l) => l.id === id).map((l) => ({ name: e.name, l })));
    const started = entries.filter((x) => x.l.started);
    if (started.length === 0) continue;
    const lesson = byId.get(id);
    const title = lesson ? pick(lesson.title, lang) : (started.find((x) => x.l.title)?.l.title ?? id);
    const stepIds = lesson ? lesson.steps.map((s) => s.id) : [...new Set(started.flatMap((x) => x.l.steps.map((s) => s.id)))];
    const finished = started.filter((x) => x.l.finished);
    const steps: StepSummary[] = [];
    stepIds.forEach((stepId, i) => {
      const def = lesson?.steps[i];
      const records = started.map((x) => ({ name: x.name, s: x.l.steps.find((s) => s.id === stepId) })).filter((x): x is { name: string; s: ExportedStep } => x.s !== undefined);
      const type: StepType = def?.type ?? records[0]?.s.type ?? 'unknown';
      if (type === 'message') return;
      const on = records.filter((x) => x.s.started);
      const done = on.filter((x) => x.s.finished);
      const left = on.filter((x) => !x.s.finished);
      const firstRight = type === 'quiz' ? on.filter((x) => x.s.answers[0]?.right === true).length : undefined;
      steps.push({
        n: i + 1,
        id: stepId,
        type,
        label: def ? stepLabel(def, lang) : stepId,
        started: on.length,
        finished: done.length,
        medianMinutes: median(done.map((x) => x.s.activeSeconds / 60)),
        medianAttempts: median(done.map((x) => x.s.attempts)),
        medianHints: median(on.map((x) => x.s.hints)),
        solutions: on.filter((x) => x.s.solution).length,
        ...(firstRight !== undefined ? { rightFirstTime: firstRight } : {}),
        stuck: left.length,
        skipped: left.filter((x) => x.s.skipped).length,
        stuckNames: left.filter((x) => !x.s.skipped).map((x) => x.name),
        stuckMinutes: median(left.filter((x) => !x.s.skipped).map((x) => x.s.activeSeconds / 60)),
      });
    });
    out.push({
      id,
      title,
      ...(lesson?.duration !== undefined ? { duration: lesson.duration } : {}),
      learners: exports.length,
      started: started.length,
      finished: finished.length,
      medianMinutes: median(finished.map((x) => x.l.activeSeconds / 60)),
      medianHints: median(started.map((x) => x.l.steps.reduce((a, s) => a + s.hints, 0))),
      steps,
    });
  }
  const stuck = out
    .flatMap((l) => l.steps.map((s) => ({ l, s })))
    .filter(({ s }) => s.stuck > 0 && s.stuck * 2 >= s.started)
    .sort((a, b) => b.s.stuck - a.s.stuck || b.s.stuck / b.s.started - a.s.stuck / a.s.started)
    .map(({ l, s }) => ({ lessonId: l.id, lessonTitle: l.title, step: s.n, label: s.label, started: s.started, stuck: s.stuck, names: s.stuckNames, minutes: s.stuckMinutes, finishedMinutes: s.medianMinutes }));
  return { learners: exports.map((e) => e.name), lessons: out, stuck };
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The step's task or question, first sentence, without markdown marks. */
export function stepLabel(step: Lesson['steps'][number], lang: Lang): string {
  const text = step.type === 'exercise' ? pick(step.task, lang) : step.type === 'quiz' ? pick(step.question, lang) : pick(step.text, lang);
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  const plain = line.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
  const sentence = /^(.+?[.?!。])(\s|$)/.exec(plain)?.[1] ?? plain;
  return sentence;
}
