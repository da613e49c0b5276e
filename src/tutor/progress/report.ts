// A summary of the learner's progress across the lessons: what `kubetour progress` prints and
// what `kubetour progress export` hands to an instructor.
import type { Lang } from '../types.js';
import type { LoadedLesson } from '../lessons/load.js';
import { pick } from '../lessons/text.js';
import type { ProgressData } from './store.js';
import { instructorT } from '../../i18n/index.js';
import { table } from '../instructor/format-report.js';

export interface LessonReport {
  id: string;
  title: string;
  /** The author's estimate in minutes. */
  duration?: number;
  done: number;
  total: number;
  /** 1-based step the learner is on (total+1 when finished). */
  step: number;
  hints: number;
  solutions: number;
  startedAt?: string;
  updatedAt?: string;
  completedAt?: string;
  error?: string;
}

export interface ProgressReport {
  file: string;
  format: number;
  lang?: Lang;
  current?: string;
  updatedAt?: string;
  lessons: LessonReport[];
}

export function buildReport(file: string, data: ProgressData, loaded: LoadedLesson[], lang: Lang): ProgressReport {
  const known = new Set(loaded.map((l) => l.id));
  const lessons: LessonReport[] = loaded.map((l) => {
    const p = data.lessons[l.id];
    const ids = new Set(l.lesson?.steps.map((s) => s.id) ?? []);
    return {
      id: l.id,
      title: l.lesson ? pick(l.lesson.title, lang) : l.id,
      ...(l.lesson?.duration !== undefined ? { duration: l.lesson.duration } : {}),
      done: (p?.completed ?? []).filter((id) => ids.has(id)).length,
      total: l.lesson?.steps.length ?? 0,
      step: (p?.step ?? 0) + 1,
      hints: Object.values(p?.hints ?? {}).reduce((a, b) => a + b, 0),
      solutions: p?.solutions.length ?? 0,
      startedAt: p?.startedAt,
      updatedAt: p?.updatedAt,
      completedAt: p?.completedAt,
      ...(l.lesson ? {} : { error: 'unavailable' }),
    };
  });
  // Progress for lessons no longer shipped is kept in the report, not dropped.
  for (const [id, p] of Object.entries(data.lessons)) {
    if (known.has(id)) continue;
    lessons.push({ id, title: id, done: p.completed.length, total: 0, step: p.step + 1, hints: Object.values(p.hints).reduce((a, b) => a + b, 0), solutions: p.solutions.length, startedAt: p.startedAt, updatedAt: p.updatedAt, completedAt: p.completedAt, error: 'not installed' });
  }
  return { file, format: data.format, lang: data.lang, current: data.current, updatedAt: data.updatedAt, lessons };
}

/** The report as a table in the reader's language (columns aligned by display width). */
export function formatReport(r: ProgressReport, lang: Lang): string {
  const t = instructorT(lang);
  const rows = r.lessons.map((l) => {
    const state =
      l.error === 'unavailable' ? t('progress.state.unavailable')
      : l.error ? t('progress.state.notInstalled')
      : l.completedAt ? t('progress.state.complete')
      : l.updatedAt ? t('progress.state.step', { step: l.step, total: l.total })
      : t('progress.state.notStarted');
    return [l.id, l.duration !== undefined ? String(l.duration) : '-', `${l.done}/${l.total}`, state, String(l.hints), String(l.solutions), l.updatedAt ?? '-'];
  });
  const head = (['lesson', 'minutes', 'done', 'state', 'hints', 'solutions', 'updated'] as const).map((k) => t(HEAD[k]));
  const complete = r.lessons.filter((l) => l.completedAt).length;
  const lines = [t('progress.title', { file: r.file }), ...table(head, rows, '', head.length), t('progress.complete', { complete, total: r.lessons.filter((l) => !l.error).length })];
  return lines.join('\n') + '\n';
}

const HEAD = {
  lesson: 'progress.head.lesson',
  minutes: 'progress.head.minutes',
  done: 'progress.head.done',
  state: 'progress.head.state',
  hints: 'progress.head.hints',
  solutions: 'progress.head.solutions',
  updated: 'progress.head.updated',
} as const;
