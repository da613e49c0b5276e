// `kubetour lint [--watch] [PATH…]`: schema and semantic errors in lesson files as
// `file:line:col: message`; exit 1 on any error (warnings are printed but don't fail).
// --watch keeps linting after every save, for an author with the lesson open in an editor.
import { basename, isAbsolute, relative } from 'node:path';
import type { CliIO } from '../../cli-io.js';
import { defaultLessonsDir, lessonFiles, loadLessonFile } from '../lessons/load.js';
import { lintLesson } from '../lessons/lint.js';
import { missingLessons } from '../lessons/shipped.js';
import { watchLessonFiles } from '../lessons/watch.js';
import { detectLanguage, tutorT, type Lang } from '../../i18n/index.js';
import { formatDiagnostic } from '../lessons/diagnostics.js';
import { lessonPlan } from '../real/needs.js';
import type { Step } from '../schema.js';

/** `01-services.yaml: on a real cluster 5/7 exercises (skipped: exec-curl, many-requests)`. */
function realClusterLine(file: string, steps: Step[]): string {
  const plan = lessonPlan(steps);
  const runs = plan.filter((p) => p.plan.runs);
  const skipped = plan.filter((p) => !p.plan.runs).map((p) => p.step.id);
  const fallback = runs.filter((p) => p.step.realCluster?.check).map((p) => p.step.id);
  return `${file}: on a real cluster ${runs.length}/${plan.length} exercises${fallback.length ? ` (${fallback.join(', ')} by their real-cluster check)` : ''}${skipped.length ? `; need the simulation: ${skipped.join(', ')}` : ''}\n`;
}

export const LINT_USAGE = `usage: kubetour lint [--watch] [PATH...]   (default: the bundled lessons)
  --watch   lint again whenever a lesson file under PATH changes (Ctrl-C ends it)
`;

/**
 * `kubetour lint [--watch] [PATH…]`. With --watch it lints once, then again after each change
 * until Ctrl-C (or `stop`, for tests), and ends with 0.
 */
export async function runLintCli(argv: string[], io: CliIO, stop?: AbortSignal): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout.write(LINT_USAGE);
    return 0;
  }
  const watching = argv.includes('--watch') || argv.includes('-w');
  const paths = argv.filter((a) => a !== '--watch' && a !== '-w');
  const bad = paths.find((a) => a.startsWith('-'));
  if (bad) {
    io.stderr.write(`kubetour lint: unknown option "${bad}"\n${LINT_USAGE}`);
    return 2;
  }
  const lang = detectLanguage(undefined, io.env);
  const missing = paths.length ? undefined : missingLessons(undefined, lang);
  if (missing) {
    io.stderr.write(`kubetour lint: ${missing}\n`);
    return 1;
  }
  const targets = paths.length ? paths : [defaultLessonsDir()];
  const code = lintFiles(targets, io);
  if (!watching) return code;
  return watchAndLint(targets, io, lang, stop);
}

/** Lints the lesson files under `targets`: diagnostics on stdout, the summary on stderr. */
function lintFiles(targets: string[], io: CliIO): number {
  const files = lessonFiles(targets);
  if (files.length === 0) {
    io.stderr.write('kubetour lint: no lesson files found\n');
    return 1;
  }
  let errors = 0;
  let warnings = 0;
  const onCluster: string[] = [];
  for (const file of files) {
    const loaded = loadLessonFile(file);
    for (const d of lintLesson(loaded)) {
      if (d.severity === 'warning') warnings++;
      else errors++;
      io.stdout.write(formatDiagnostic(d) + '\n');
    }
    if (loaded.lesson) onCluster.push(realClusterLine(basename(file), loaded.lesson.steps));
  }
  io.stderr.write(onCluster.join(''));
  io.stderr.write(`${files.length} lesson file${files.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  return errors ? 1 : 0;
}

/** `--watch`: lints again after each change until Ctrl-C or `stop`. */
async function watchAndLint(targets: string[], io: CliIO, lang: Lang, stop?: AbortSignal): Promise<number> {
  const t = tutorT(lang);
  const ended = new AbortController();
  const onSigint = () => ended.abort();
  if (!stop) process.once('SIGINT', onSigint);
  stop?.addEventListener('abort', onSigint, { once: true });
  const watcher = watchLessonFiles(targets, (files) => {
    io.stderr.write(`\n${t('author.lintAgain', { files: files.map(shortPath).join(', ') })}\n`);
    lintFiles(targets, io);
    io.stderr.write(`${t('author.watching')}\n`);
  });
  io.stderr.write(`${t('author.watching')}\n`);
  try {
    if (!ended.signal.aborted && !stop?.aborted) await new Promise((done) => ended.signal.addEventListener('abort', done, { once: true }));
  } finally {
    watcher.close();
    process.off('SIGINT', onSigint);
  }
  return 0;
}

/** A changed file as the author named it: relative to the working folder when inside it. */
function shortPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
