// `kubetour lint [PATH…]`: schema and semantic errors in lesson files as `file:line:col:
// message`; exit 1 on any error (warnings are printed but don't fail).
import { basename } from 'node:path';
import type { CliIO } from '../../cli-io.js';
import { defaultLessonsDir, lessonFiles, loadLessonFile } from '../lessons/load.js';
import { lintLesson } from '../lessons/lint.js';
import { missingLessons } from '../lessons/shipped.js';
import { detectLanguage } from '../../i18n/index.js';
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

export async function runLintCli(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout.write('usage: kubetour lint [PATH...]   (default: the bundled lessons)\n');
    return 0;
  }
  const bad = argv.find((a) => a.startsWith('-'));
  if (bad) {
    io.stderr.write(`kubetour lint: unknown option "${bad}"\nusage: kubetour lint [PATH...]\n`);
    return 2;
  }
  const missing = argv.length ? undefined : missingLessons(undefined, detectLanguage(undefined, io.env));
  if (missing) {
    io.stderr.write(`kubetour lint: ${missing}\n`);
    return 1;
  }
  const files = lessonFiles(argv.length ? argv : [defaultLessonsDir()]);
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
