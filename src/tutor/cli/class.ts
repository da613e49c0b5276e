// `kubetour class report EXPORT.json...`: the learners' exports summed up per lesson and per
// step, as text tables (--lang ko|en) or JSON (--json). A file that is not a readable export
// is named in one line on stderr and skipped; the others are still counted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from '../../cli-io.js';
import { instructorT } from '../../i18n/index.js';
import { loadLessonsFrom } from '../lessons/shipped.js';
import { configDirFrom } from '../progress/paths.js';
import { parseExport, type ExportProblem, type ProgressExport } from '../progress/export.js';
import { IDLE_CAP_MS } from '../progress/store.js';
import { buildClassReport } from '../instructor/class-report.js';
import { formatClassReport } from '../instructor/format-report.js';
import { startCommand } from './args.js';

export const CLASS_USAGE = `usage: kubetour class report EXPORT.json|FOLDER... [--lang ko|en] [--json] [--lessons DIR]

Sums up the learners' progress exports (kubetour progress export FILE --name NAME): per
lesson and per step how many started and finished, the median active time, attempts and
hints, solutions shown, and where the room is stuck. A FOLDER stands for the .json files in
it. --json prints the same data as JSON.
`;

type Reason = ExportProblem['code'] | 'missing' | 'unreadable' | 'duplicate';
type Skipped = { file: string; reason: Reason; message: string };

const SKIPPED: Record<Reason, string> = {
  missing: 'class.skipped.missing',
  unreadable: 'class.skipped.unreadable',
  json: 'class.skipped.json',
  foreign: 'class.skipped.foreign',
  older: 'class.skipped.older',
  newer: 'class.skipped.newer',
  invalid: 'class.skipped.invalid',
  duplicate: 'class.skipped.duplicate',
};

export async function runClassCli(argv: string[], io: CliIO): Promise<number> {
  const parsed = startCommand('class', argv, { json: { type: 'boolean' }, lessons: { type: 'string' } }, CLASS_USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { lang } = parsed;
  const t = instructorT(lang);
  const [verb, ...files] = parsed.positionals;
  if (verb !== 'report') {
    io.stderr.write(`${verb === undefined ? '' : `${t('args.extra', { cmd: 'class', arg: verb })}\n`}${CLASS_USAGE}`);
    return 2;
  }
  if (files.length === 0) {
    io.stderr.write(`${t('class.noFiles')}\n`);
    return 2;
  }

  const skipped: Skipped[] = [];
  const byName = new Map<string, { file: string; e: ProgressExport }>();
  const skip = (file: string, reason: Skipped['reason'], vars: Record<string, unknown> = {}) => {
    const message = t(SKIPPED[reason], { file, ...vars });
    skipped.push({ file, reason, message });
    io.stderr.write(`${message}\n`);
  };
  for (const file of expandDirectories(files)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') skip(file, 'missing');
      else skip(file, 'unreadable', { detail: code ?? (e as Error).message });
      continue;
    }
    const r = parseExport(text);
    if ('problem' in r) {
      skip(file, r.problem.code, r.problem.code === 'newer' ? { format: r.problem.format } : r.problem.code === 'invalid' ? { detail: r.problem.detail } : {});
      continue;
    }
    // The same learner exported twice: the newer export counts.
    const name = r.ok.name.trim();
    const had = byName.get(name);
    if (!had) byName.set(name, { file, e: r.ok });
    else if (r.ok.exportedAt > had.e.exportedAt) {
      skip(had.file, 'duplicate', { name, kept: file });
      byName.set(name, { file, e: r.ok });
    } else skip(file, 'duplicate', { name, kept: had.file });
  }
  const exports = [...byName.values()].map((x) => x.e);
  if (exports.length === 0) {
    io.stderr.write(`${t('class.none', { count: files.length })}\n`);
    return 1;
  }
  const lessonsDir = typeof parsed.values.lessons === 'string' ? parsed.values.lessons : undefined;
  const lessons = (await loadLessonsFrom(lessonsDir, configDirFrom(io.env))).flatMap((l) => (l.lesson ? [l.lesson] : []));
  const report = buildClassReport(exports, lessons, lang);
  const idleCapSeconds = exports[0].idleCapSeconds ?? IDLE_CAP_MS / 1000;
  if (parsed.values.json) {
    io.stdout.write(JSON.stringify({ ...report, idleCapSeconds, skipped: skipped.map(({ file, reason }) => ({ file, reason })) }, null, 2) + '\n');
  } else {
    io.stdout.write(formatClassReport(report, lang, idleCapSeconds));
  }
  return 0;
}

/** A folder stands for the .json files in it (a shared folder of exports, or a shell without globs). */
function expandDirectories(paths: string[]): string[] {
  return paths.flatMap((p) => {
    try {
      if (statSync(p).isDirectory()) return readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f));
    } catch {
      // Missing or unreadable: named as such below.
    }
    return [p];
  });
}
