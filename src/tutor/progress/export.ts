// What `kubetour progress export` writes for an instructor, and reading it back for
// `kubetour class report`: the learner's name and, per lesson and step, whether it was
// started and finished, attempts, hints, solutions, quiz answers and active time. The
// file says what it is (`kind`) and its format, so a report can name a foreign, older or
// damaged file instead of counting it.
import type { Lang } from '../types.js';
import type { LoadedLesson } from '../lessons/load.js';
import { pick } from '../lessons/text.js';
import { IDLE_CAP_MS, type LessonProgress, type ProgressData } from './store.js';

export const EXPORT_KIND = 'kubetour-progress-export';
export const EXPORT_FORMAT = 2;

export type StepType = 'message' | 'exercise' | 'quiz' | 'unknown';

export interface ExportedStep {
  id: string;
  type: StepType;
  started: boolean;
  finished: boolean;
  skipped: boolean;
  /** Shell lines run on an exercise, answers given to a quiz. */
  attempts: number;
  hints: number;
  solution: boolean;
  answers: { choice: number; right: boolean }[];
  /** Active seconds on the step (idle gaps capped, see `idleCapSeconds`). */
  activeSeconds: number;
}

export interface ExportedLesson {
  id: string;
  title: string;
  /** The author's estimate in minutes, when the lesson has one. */
  duration?: number;
  total: number;
  done: number;
  started: boolean;
  finished: boolean;
  /** 1-based step the learner is on (total+1 when finished). */
  step: number;
  startedAt?: string;
  completedAt?: string;
  activeSeconds: number;
  steps: ExportedStep[];
}

export interface ProgressExport {
  kind: typeof EXPORT_KIND;
  format: typeof EXPORT_FORMAT;
  kubetour: string;
  name: string;
  exportedAt: string;
  lang?: Lang;
  idleCapSeconds: number;
  lessons: ExportedLesson[];
}

export function buildExport(data: ProgressData, loaded: LoadedLesson[], opts: { name: string; now: number; lang: Lang; version: string }): ProgressExport {
  const lessons: ExportedLesson[] = [];
  const known = new Set<string>();
  for (const l of loaded) {
    known.add(l.id);
    const steps = l.lesson?.steps.map((s) => ({ id: s.id, type: s.type as StepType })) ?? [];
    lessons.push(exportLesson(l.id, l.lesson ? pick(l.lesson.title, opts.lang) : l.id, l.lesson?.duration, steps, data.lessons[l.id]));
  }
  // Progress in lessons this kubetour no longer has is exported as recorded, not dropped.
  for (const [id, p] of Object.entries(data.lessons)) {
    if (known.has(id)) continue;
    const ids = [...new Set([...Object.keys(p.steps), ...p.completed])];
    lessons.push(exportLesson(id, id, undefined, ids.map((s) => ({ id: s, type: 'unknown' as const })), p));
  }
  return {
    kind: EXPORT_KIND,
    format: EXPORT_FORMAT,
    kubetour: opts.version,
    name: opts.name,
    exportedAt: new Date(opts.now).toISOString(),
    ...(data.lang ? { lang: data.lang } : {}),
    idleCapSeconds: IDLE_CAP_MS / 1000,
    lessons,
  };
}

function exportLesson(id: string, title: string, duration: number | undefined, steps: { id: string; type: StepType }[], p: LessonProgress | undefined): ExportedLesson {
  const completed = new Set(p?.completed ?? []);
  const out = steps.map((s, i): ExportedStep => {
    const r = p?.steps[s.id];
    const finished = completed.has(s.id) || r?.finishedAt !== undefined;
    return {
      id: s.id,
      type: s.type,
      // Progress saved before per-step records (format 1) still says which steps were reached.
      started: r !== undefined || finished || (p !== undefined && i <= p.step && i < steps.length && Object.keys(p.steps).length === 0),
      finished,
      skipped: r?.skipped === true && !finished,
      attempts: r?.attempts ?? 0,
      hints: p?.hints[s.id] ?? 0,
      solution: p?.solutions.includes(s.id) ?? false,
      answers: r?.answers ?? [],
      activeSeconds: Math.round((r?.activeMs ?? 0) / 1000),
    };
  });
  return {
    id,
    title,
    ...(duration !== undefined ? { duration } : {}),
    total: steps.length,
    done: out.filter((s) => s.finished).length,
    started: p !== undefined,
    finished: p?.completedAt !== undefined,
    step: (p?.step ?? 0) + 1,
    ...(p?.startedAt ? { startedAt: p.startedAt } : {}),
    ...(p?.completedAt ? { completedAt: p.completedAt } : {}),
    activeSeconds: out.reduce((a, s) => a + s.activeSeconds, 0),
    steps: out,
  };
}

/** Why a file is not an export a report can count. */
export type ExportProblem =
  | { code: 'json'; detail: string }
  | { code: 'foreign' }
  | { code: 'older' }
  | { code: 'newer'; format: number }
  | { code: 'invalid'; detail: string };

/** Checks a parsed file; returns the export or why it is not one (first problem only). */
export function parseExport(text: string): { ok: ProgressExport } | { problem: ExportProblem } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problem: { code: 'json', detail: (e as Error).message } };
  }
  const o = raw as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return { problem: { code: 'foreign' } };
  if (o.kind !== EXPORT_KIND) {
    // kubetour 0.1's export: a progress report without `kind`, name or per-step records.
    const older = typeof o.kubetour === 'string' && Array.isArray(o.lessons);
    return { problem: { code: older ? 'older' : 'foreign' } };
  }
  if (typeof o.format === 'number' && o.format > EXPORT_FORMAT) return { problem: { code: 'newer', format: o.format } };
  const bad = (detail: string) => ({ problem: { code: 'invalid' as const, detail } });
  if (o.format !== EXPORT_FORMAT) return bad('format');
  if (typeof o.name !== 'string' || !o.name.trim()) return bad('name');
  if (!Array.isArray(o.lessons)) return bad('lessons');
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  for (const [i, l] of (o.lessons as unknown[]).entries()) {
    const lesson = l as Record<string, unknown> | null;
    if (typeof lesson !== 'object' || lesson === null || typeof lesson.id !== 'string' || !Array.isArray(lesson.steps)) return bad(`lessons[${i}]`);
    if (typeof lesson.started !== 'boolean' || typeof lesson.finished !== 'boolean') return bad(`lessons[${i}].started`);
    for (const [j, s] of (lesson.steps as unknown[]).entries()) {
      const step = s as Record<string, unknown> | null;
      const at = `lessons[${i}].steps[${j}]`;
      if (typeof step !== 'object' || step === null || typeof step.id !== 'string') return bad(at);
      if (typeof step.started !== 'boolean' || typeof step.finished !== 'boolean' || typeof step.skipped !== 'boolean' || typeof step.solution !== 'boolean') return bad(`${at}.started`);
      if (!num(step.attempts) || !num(step.hints) || !num(step.activeSeconds)) return bad(`${at}.attempts`);
      if (!Array.isArray(step.answers)) return bad(`${at}.answers`);
    }
  }
  return { ok: raw as ProgressExport };
}
