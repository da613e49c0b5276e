// The class report as text tables for a terminal or a projector: columns aligned by display
// width (string-width), so Korean titles line up as well as English ones.
import stringWidth from 'string-width';
import { instructorT } from '../../i18n/index.js';
import type { Lang } from '../types.js';
import type { ClassReport } from './class-report.js';

const LABEL_COLUMNS = 34;

export function formatClassReport(r: ClassReport, lang: Lang, idleCapSeconds: number): string {
  const t = instructorT(lang);
  const dash = t('class.none_value');
  const minutes = (m: number | null | undefined) => (m === null || m === undefined ? dash : t('class.minutes', { n: roundMinutes(m) }));
  const num = (n: number | null) => (n === null ? dash : String(Math.round(n * 10) / 10));
  const out: string[] = [t('class.title', { count: r.learners.length }), ''];
  if (r.lessons.length === 0) return `${out.join('\n')}${t('class.nobody')}\n`;

  out.push(t('class.lessonsTitle'));
  const lessonRows = r.lessons.map((l, i) => [`${i + 1}. ${clip(l.title, LABEL_COLUMNS)}`, `${l.started}/${l.learners}`, String(l.finished), minutes(l.medianMinutes), minutes(l.duration), num(l.medianHints)]);
  out.push(...table([t('class.head.lesson'), t('class.head.started'), t('class.head.finished'), t('class.head.time'), t('class.head.estimate'), t('class.head.hints')], lessonRows, '  '));

  r.lessons.forEach((l, i) => {
    out.push('', t('class.lessonLine', { n: i + 1, title: l.title, started: l.started, learners: l.learners, finished: l.finished }));
    const rows = l.steps.map((s) => {
      const quiz = s.rightFirstTime !== undefined ? `${s.rightFirstTime}/${s.started}` : '';
      return [`${s.n}. ${clip(s.label, LABEL_COLUMNS)}`, String(s.started), String(s.finished), minutes(s.medianMinutes), num(s.medianAttempts), num(s.medianHints), String(s.solutions), quiz, String(s.stuck)];
    });
    const head = [t('class.head.step'), t('class.head.started'), t('class.head.finished'), t('class.head.time'), t('class.head.attempts'), t('class.head.hints'), t('class.head.solutions'), t('class.head.quiz'), t('class.head.stuck')];
    out.push(...table(head, rows, '  '));
  });

  out.push('', t('class.stuckTitle'));
  if (r.stuck.length === 0) out.push(`  ${t('class.stuckNone')}`);
  for (const s of r.stuck) {
    out.push(`  - ${t('class.stuckLine', { lesson: s.lessonTitle, step: s.step, label: clip(s.label, LABEL_COLUMNS), stuck: s.stuck, started: s.started })}`);
    if (s.names.length) out.push(`    ${t('class.stuckNames', { names: s.names.join(', ') })}`);
    // Long on the step, or only just there? Their time against the time of those who finished it.
    if (s.minutes !== null) out.push(`    ${t(s.finishedMinutes === null ? 'class.stuckTime' : 'class.stuckTimeVs', { time: minutes(s.minutes), finished: minutes(s.finishedMinutes) })}`);
  }
  out.push('', t('class.notes', { cap: Math.round(idleCapSeconds / 60) }));
  return out.join('\n') + '\n';
}

/** Minutes as a reader wants them: 0.5, 3.5, 12. */
function roundMinutes(m: number): string {
  return m < 10 ? String(Math.round(m * 10) / 10) : String(Math.round(m));
}

/** Rows under a header, aligned by display width: the first `left` columns to the left, the rest (numbers) to the right. */
export function table(head: string[], rows: string[][], indent = '', left = 1): string[] {
  const widths = head.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  const pad = (c: string, i: number) => ' '.repeat(widths[i] - stringWidth(c));
  const cell = (c: string, i: number) => (i < left ? c + pad(c, i) : pad(c, i) + c);
  return [head, ...rows].map((r) => (indent + r.map(cell).join('  ')).trimEnd());
}

/** At most `cols` display columns, with … when cut. */
export function clip(s: string, cols: number): string {
  if (stringWidth(s) <= cols) return s;
  let out = '';
  for (const ch of s) {
    if (stringWidth(out + ch) > cols - 1) break;
    out += ch;
  }
  return `${out}…`;
}
