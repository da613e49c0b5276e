// `kubetour verify [PATH…]`: runs every lesson's solutions and known-wrong attempts against
// the simulation (see verify/verify.ts). Prints a table per lesson and ends with the plain
// line `N passed, N failed`; exit 1 on any failure.
import { basename } from 'node:path';
import type { CliIO } from '../../cli-io.js';
import { defaultLessonsDir, lessonFiles, loadLessonFile } from '../lessons/load.js';
import { formatDiagnostic } from '../lessons/diagnostics.js';
import { verifyLesson, type VerifyItem } from '../verify/verify.js';
import { shellSessionFactory } from '../engine/session-factory.js';
import { verifyLessonOnCluster } from '../real/verify-cluster.js';
import type { SessionFactory } from '../session-port.js';

const USAGE = 'usage: kubetour verify [--cluster CONTEXT [--kubectl PATH] [--no-wrong]] [PATH...]   (default: the bundled lessons)\n';

export async function runVerifyCli(argv: string[], io: CliIO, create: SessionFactory = shellSessionFactory): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const paths: string[] = [];
  let context: string | undefined;
  let kubectl = io.env.KUBETOUR_KUBECTL || 'kubectl';
  let noWrong = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-wrong') {
      noWrong = true;
      continue;
    }
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '--cluster' || name === '--kubectl') {
      const v = inline ?? argv[++i];
      if (!v) {
        io.stderr.write(`kubetour verify: ${name} needs a value\n${USAGE}`);
        return 2;
      }
      if (name === '--cluster') context = v;
      else kubectl = v;
    } else if (a.startsWith('-')) {
      io.stderr.write(`kubetour verify: unknown option "${a}"\n${USAGE}`);
      return 2;
    } else paths.push(a);
  }
  const files = lessonFiles(paths.length ? paths : [defaultLessonsDir()]);
  if (context !== undefined) io.stdout.write(`Verifying on the real cluster of context "${context}" (each lesson in a namespace of its own, deleted afterwards).\n`);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of files) {
    const loaded = loadLessonFile(file);
    let items: VerifyItem[];
    if (!loaded.lesson) {
      items = [{ step: '(load)', test: 'schema', ok: false, detail: loaded.errors.map(formatDiagnostic).join('\n    ') }];
    } else {
      try {
        items = context !== undefined ? await verifyLessonOnCluster(loaded.lesson, { context, kubectl, env: io.env, noWrong }) : await verifyLesson(loaded.lesson, create);
      } catch (e) {
        items = [{ step: '(run)', test: 'verify', ok: false, detail: `internal error: ${(e as Error).message}` }];
      }
    }
    io.stdout.write(`${basename(file)}\n${table(items)}\n`);
    for (const it of items) {
      if (it.skipped) skipped++;
      else if (it.ok) passed++;
      else failed++;
    }
  }
  io.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped (they need the simulation)` : ''}\n`);
  return failed ? 1 : 0;
}

function table(items: VerifyItem[]): string {
  if (items.length === 0) return '  (nothing to verify)\n';
  const w1 = Math.max(4, ...items.map((i) => i.step.length));
  const w2 = Math.max(4, ...items.map((i) => i.test.length));
  const row = (a: string, b: string, c: string, d = '') => `  ${a.padEnd(w1)}  ${b.padEnd(w2)}  ${c}${d ? `  ${d}` : ''}`.trimEnd() + '\n';
  return row('STEP', 'TEST', 'RESULT') + items.map((i) => row(i.step, i.test, i.skipped ? 'SKIP' : i.ok ? 'PASS' : 'FAIL', i.detail)).join('');
}
