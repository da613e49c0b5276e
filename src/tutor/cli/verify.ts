// `kubetour verify [PATH…]`: runs every lesson's solutions and known-wrong attempts against
// the simulation (see verify/verify.ts). Prints a table per lesson and ends with the plain
// line `N passed, N failed`; exit 1 on any failure.
import { basename } from 'node:path';
import type { CliIO } from '../../cli-io.js';
import { defaultLessonsDir, lessonFiles, loadLessonFile } from '../lessons/load.js';
import { formatDiagnostic } from '../lessons/diagnostics.js';
import { verifyLesson, type VerifyItem } from '../verify/verify.js';
import { shellSessionFactory } from '../engine/session-factory.js';
import type { SessionFactory } from '../session-port.js';

export async function runVerifyCli(argv: string[], io: CliIO, create: SessionFactory = shellSessionFactory): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout.write('usage: kubetour verify [PATH...]   (default: the bundled lessons)\n');
    return 0;
  }
  const bad = argv.find((a) => a.startsWith('-'));
  if (bad) {
    io.stderr.write(`kubetour verify: unknown option "${bad}"\nusage: kubetour verify [PATH...]\n`);
    return 2;
  }
  const files = lessonFiles(argv.length ? argv : [defaultLessonsDir()]);
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const loaded = loadLessonFile(file);
    let items: VerifyItem[];
    if (!loaded.lesson) {
      items = [{ step: '(load)', test: 'schema', ok: false, detail: loaded.errors.map(formatDiagnostic).join('\n    ') }];
    } else {
      try {
        items = await verifyLesson(loaded.lesson, create);
      } catch (e) {
        items = [{ step: '(run)', test: 'verify', ok: false, detail: `internal error: ${(e as Error).message}` }];
      }
    }
    io.stdout.write(`${basename(file)}\n${table(items)}\n`);
    for (const it of items) {
      if (it.ok) passed++;
      else failed++;
    }
  }
  io.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

function table(items: VerifyItem[]): string {
  if (items.length === 0) return '  (nothing to verify)\n';
  const w1 = Math.max(4, ...items.map((i) => i.step.length));
  const w2 = Math.max(4, ...items.map((i) => i.test.length));
  const row = (a: string, b: string, c: string, d = '') => `  ${a.padEnd(w1)}  ${b.padEnd(w2)}  ${c}${d ? `  ${d}` : ''}`.trimEnd() + '\n';
  return row('STEP', 'TEST', 'RESULT') + items.map((i) => row(i.step, i.test, i.ok ? 'PASS' : 'FAIL', i.detail)).join('');
}
