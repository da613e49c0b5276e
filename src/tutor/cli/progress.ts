// `kubetour progress [--json]` prints the learner's progress; `kubetour progress export FILE
// --name NAME` writes it, with per-step records, for an instructor's `kubetour class report`.
import { existsSync } from 'node:fs';
import type { CliIO } from '../../cli-io.js';
import { instructorT } from '../../i18n/index.js';
import { loadLessonsFrom, missingLessons } from '../lessons/shipped.js';
import { ProgressStore, type ProgressWarning } from '../progress/store.js';
import { configDirFrom } from '../progress/paths.js';
import { writeFileAtomic } from '../progress/atomic.js';
import { buildReport, formatReport } from '../progress/report.js';
import { buildExport } from '../progress/export.js';
import { startCommand } from './args.js';
import type { Lang } from '../types.js';

export const PROGRESS_USAGE = `usage: kubetour progress [--json] [--lessons DIR] [--lang ko|en]
       kubetour progress export FILE --name NAME [--force] [--lessons DIR] [--lang ko|en]

export writes the learner's progress for an instructor (kubetour class report): the name,
and per step whether it was started and finished, attempts, hints, solutions shown, quiz
answers and active time. It never replaces an existing FILE unless --force is given.
`;

const VERSION = '0.1.0';

export async function runProgressCli(argv: string[], io: CliIO, now: () => number = Date.now): Promise<number> {
  const start = startCommand('progress', argv, { json: { type: 'boolean' }, lessons: { type: 'string' }, name: { type: 'string' }, force: { type: 'boolean' } }, PROGRESS_USAGE, io);
  if (typeof start === 'number') return start;
  const { lang, values: v, positionals } = start;
  const t = instructorT(lang);
  const [verb, file, ...extra] = positionals;
  if (verb !== undefined && verb !== 'export') {
    io.stderr.write(`${t('args.extra', { cmd: 'progress', arg: verb })}\n${PROGRESS_USAGE}`);
    return 2;
  }
  if (extra.length) {
    io.stderr.write(`${t('args.extra', { cmd: 'progress export', arg: extra[0] })}\n${PROGRESS_USAGE}`);
    return 2;
  }
  const exporting = verb === 'export';
  const name = typeof v.name === 'string' ? v.name.trim() : undefined;
  if (exporting) {
    // Checked before anything is read, so a mistyped command changes nothing.
    if (!file) return fail(io, t('export.missingFile'), 2);
    if (!name) return fail(io, t('export.missingName'), 2);
    if (existsSync(file) && !v.force) return fail(io, t('export.exists', { file }), 1);
  } else if (v.name !== undefined || v.force) {
    io.stderr.write(`${t('args.unknown', { cmd: 'progress', arg: v.name !== undefined ? '--name' : '--force' })}\n${PROGRESS_USAGE}`);
    return 2;
  }
  const configDir = configDirFrom(io.env);
  const store = ProgressStore.open(configDir, now);
  for (const w of store.takeWarnings()) io.stderr.write(`${warningLine(w, lang)}\n`);
  const lessonsDir = typeof v.lessons === 'string' ? v.lessons : undefined;
  const loaded = await loadLessonsFrom(lessonsDir, configDir);
  const missing = loaded.length ? undefined : missingLessons(lessonsDir, lang);
  if (missing) io.stderr.write(`kubetour progress: ${missing}\n`);
  if (exporting && file && name) {
    const text = JSON.stringify(buildExport(store.data, loaded, { name, now: now(), lang, version: VERSION }), null, 2) + '\n';
    try {
      writeFileAtomic(file, text);
    } catch (e) {
      return fail(io, t('export.cannotWrite', { file, detail: (e as Error).message }), 1);
    }
    io.stdout.write(`${t('export.done', { name, file })}\n`);
    return 0;
  }
  const report = buildReport(store.file, store.data, loaded, lang);
  io.stdout.write(v.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, lang));
  return 0;
}

function fail(io: CliIO, message: string, code: number): number {
  io.stderr.write(`${message}\n`);
  return code;
}

function warningLine(w: ProgressWarning, lang: Lang): string {
  const t = instructorT(lang);
  const what = w.code === 'newer' ? t('progress.newer') : w.code === 'corrupt' ? t('progress.corrupt', { detail: w.detail }) : t('progress.unwritable', { detail: w.detail });
  const moved = w.code !== 'unwritable' && w.movedTo ? t('progress.movedTo', { path: w.movedTo }) : '';
  return t('progress.warning', { file: w.file, what: what + moved });
}
