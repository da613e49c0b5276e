// Two kubetour instances (two terminals, or a workshop laptop with two windows) share one
// progress.json. Each saves under the lock (lock.ts) after re-reading the file, and merges:
// lessons this instance did not touch take the file's version (the other instance's work);
// lessons it touched keep its own position and add up what either instance achieved —
// completed steps and revealed solutions are unions, hint counts the larger; a step's record
// keeps the larger attempts and time (never adding up the same instance's earlier save)
// and the earliest times. Nothing one instance recorded is lost by the other's save.
import type { LessonProgress, ProgressData, StepRecord } from './store.js';

export interface Touched {
  lessons: ReadonlySet<string>;
  lang: boolean;
  current: boolean;
}

export function mergeProgress(disk: ProgressData, mine: ProgressData, touched: Touched): ProgressData {
  const lessons: Record<string, LessonProgress> = { ...disk.lessons };
  for (const id of touched.lessons) {
    const m = mine.lessons[id];
    if (!m) continue;
    const d = disk.lessons[id];
    lessons[id] = d ? mergeLesson(d, m) : m;
  }
  const merged: ProgressData = { format: mine.format, lessons };
  const lang = touched.lang ? mine.lang : (disk.lang ?? mine.lang);
  const current = touched.current ? mine.current : (disk.current ?? mine.current);
  const updatedAt = later(disk.updatedAt, mine.updatedAt);
  if (lang !== undefined) merged.lang = lang;
  if (current !== undefined) merged.current = current;
  if (updatedAt !== undefined) merged.updatedAt = updatedAt;
  return merged;
}

function mergeLesson(d: LessonProgress, m: LessonProgress): LessonProgress {
  const hints: Record<string, number> = { ...d.hints };
  for (const [k, n] of Object.entries(m.hints)) hints[k] = Math.max(n, hints[k] ?? 0);
  const out: LessonProgress = {
    step: m.step,
    completed: union(m.completed, d.completed),
    hints,
    solutions: union(m.solutions, d.solutions),
    startedAt: d.startedAt < m.startedAt ? d.startedAt : m.startedAt,
    updatedAt: later(d.updatedAt, m.updatedAt) ?? m.updatedAt,
    steps: mergeSteps(d.steps, m.steps),
  };
  const completedAt = m.completedAt ?? d.completedAt;
  if (completedAt !== undefined) out.completedAt = completedAt;
  return out;
}

function mergeSteps(d: Record<string, StepRecord>, m: Record<string, StepRecord>): Record<string, StepRecord> {
  const out: Record<string, StepRecord> = { ...d };
  for (const [id, r] of Object.entries(m)) {
    const o = d[id];
    if (!o) {
      out[id] = r;
      continue;
    }
    const merged: StepRecord = {
      enteredAt: o.enteredAt < r.enteredAt ? o.enteredAt : r.enteredAt,
      attempts: Math.max(o.attempts, r.attempts),
      activeMs: Math.max(o.activeMs, r.activeMs),
    };
    const finishedAt = o.finishedAt === undefined ? r.finishedAt : r.finishedAt === undefined || o.finishedAt < r.finishedAt ? o.finishedAt : r.finishedAt;
    if (finishedAt !== undefined) merged.finishedAt = finishedAt;
    const answers = (r.answers?.length ?? 0) >= (o.answers?.length ?? 0) ? r.answers : o.answers;
    if (answers) merged.answers = answers;
    if (r.skipped ?? o.skipped) merged.skipped = true;
    out[id] = merged;
  }
  return out;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** ISO-8601 timestamps in UTC compare as strings. */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}
