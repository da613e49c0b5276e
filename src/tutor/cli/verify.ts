// `kubetour verify [--seeds SPEC] [--step ID] [-v] [PATH…]`: runs every lesson's solutions
// and known-wrong attempts against the simulation (see verify/verify.ts), once per seed —
// load balancing and names are random, so a proof must hold for every seed. Prints a table
// per lesson (a failure names the seeds it failed on) and ends with the plain line
// `N passed, N failed`; exit 1 on any failure.
import { basename } from 'node:path';
import type { CliIO } from '../../cli-io.js';
import { defaultLessonsDir, lessonFiles, loadLessonFile } from '../lessons/load.js';
import { formatDiagnostic } from '../lessons/diagnostics.js';
import { missingLessons } from '../lessons/shipped.js';
import { detectLanguage } from '../../i18n/index.js';
import { verifyLesson, type VerifyItem } from '../verify/verify.js';
import { shellSessionFactory } from '../engine/session-factory.js';
import { verifyLessonOnCluster } from '../real/verify-cluster.js';
import type { SessionFactory } from '../session-port.js';

export const VERIFY_USAGE = `usage: kubetour verify [--seeds SPEC | --seed N] [--step ID] [-v] [PATH...]
       kubetour verify --cluster CONTEXT [--kubectl PATH] [PATH...]
  PATH        lesson files or folders (default: the bundled lessons)
  --seeds     seeds to prove every lesson with: 1..20, 3,7,11 or both (1..5,9); default 1
  --seed N    one seed (the same as --seeds N)
  --step ID   only that step's proofs (earlier steps are replayed to reach it)
  -v          show each proof's commands and their output
  --cluster   prove the lessons on a real cluster (kubectl context), each in a namespace of its own
  --kubectl   the kubectl to use with --cluster (default: $KUBETOUR_KUBECTL or kubectl)
  --no-wrong  with --cluster: prove the solutions only, not the wrong attempts (each costs a namespace)
`;

/** `1..20`, `3,7,11`, `1..5,9` → the seeds; a string is the error. */
export function parseSeeds(spec: string): number[] | string {
  const seeds: number[] = [];
  for (const part of spec.split(',')) {
    const range = /^\s*(\d+)\s*(?:\.\.|-)\s*(\d+)\s*$/.exec(part);
    const one = /^\s*(\d+)\s*$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (b < a) return `--seeds: ${part.trim()} counts down`;
      if (b - a > 10_000) return `--seeds: ${part.trim()} is too many seeds`;
      for (let s = a; s <= b; s++) seeds.push(s);
    } else if (one) seeds.push(Number(one[1]));
    else return `--seeds: "${part.trim()}" is not a seed or a range (e.g. 1..20 or 3,7,11)`;
  }
  return [...new Set(seeds)];
}

export async function runVerifyCli(argv: string[], io: CliIO, create: SessionFactory = shellSessionFactory): Promise<number> {
  let seeds = [1];
  let step: string | undefined;
  let verbose = false;
  let context: string | undefined;
  let kubectl = io.env.KUBETOUR_KUBECTL || 'kubectl';
  let noWrong = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    if (name === '-h' || name === '--help') {
      io.stdout.write(VERIFY_USAGE);
      return 0;
    } else if (name === '--seeds' || name === '--seed') {
      const v = value();
      const parsed = v === undefined ? `${name} needs a value` : name === '--seed' && !/^\d+$/.test(v) ? '--seed must be a whole number' : parseSeeds(v);
      if (typeof parsed === 'string') {
        io.stderr.write(`kubetour verify: ${parsed}\n${VERIFY_USAGE}`);
        return 2;
      }
      seeds = parsed;
    } else if (name === '--no-wrong') {
      noWrong = true;
    } else if (name === '--step') {
      step = value();
      if (!step) {
        io.stderr.write(`kubetour verify: --step needs a step id\n${VERIFY_USAGE}`);
        return 2;
      }
    } else if (name === '--cluster' || name === '--kubectl') {
      const v = value();
      if (!v) {
        io.stderr.write(`kubetour verify: ${name} needs a value\n${VERIFY_USAGE}`);
        return 2;
      }
      if (name === '--cluster') context = v;
      else kubectl = v;
    } else if (name === '-v' || name === '--verbose') verbose = true;
    else if (a.startsWith('-')) {
      io.stderr.write(`kubetour verify: unknown option "${a}"\n${VERIFY_USAGE}`);
      return 2;
    } else paths.push(a);
  }
  const missing = paths.length ? undefined : missingLessons(undefined, detectLanguage(undefined, io.env));
  if (missing) {
    io.stderr.write(`kubetour verify: ${missing}\n`);
    return 1;
  }
  const files = lessonFiles(paths.length ? paths : [defaultLessonsDir()]);
  if (context !== undefined) io.stdout.write(`Verifying on the real cluster of context "${context}" (each lesson in a namespace of its own, deleted afterwards).\n`);
  let passed = 0;
  let failed = 0;
  let warned = 0;
  let skipped = 0;
  for (const file of files) {
    const loaded = loadLessonFile(file);
    const runs: { seed: number; items: VerifyItem[] }[] = [];
    if (!loaded.lesson) {
      runs.push({ seed: seeds[0], items: [{ step: '(load)', test: 'schema', ok: false, detail: loaded.errors.map(formatDiagnostic).join('\n    ') }] });
    } else if (context !== undefined) {
      try {
        runs.push({ seed: seeds[0], items: await verifyLessonOnCluster(loaded.lesson, { context, kubectl, env: io.env, noWrong }) });
      } catch (e) {
        runs.push({ seed: seeds[0], items: [{ step: '(run)', test: 'verify', ok: false, detail: `internal error: ${(e as Error).message}` }] });
      }
    } else {
      for (const seed of seeds) {
        try {
          runs.push({ seed, items: await verifyLesson(loaded.lesson, create, { seed, step, verbose }) });
        } catch (e) {
          runs.push({ seed, items: [{ step: '(run)', test: 'verify', ok: false, detail: `internal error: ${(e as Error).message}` }] });
        }
      }
    }
    const many = context === undefined && seeds.length > 1;
    const items = merge(runs, many);
    io.stdout.write(`${basename(file)}${many ? ` (seeds ${seedText(seeds)})` : context === undefined && seeds[0] !== 1 ? ` (seed ${seeds[0]})` : ''}\n${table(items)}\n`);
    for (const it of items) {
      if (it.skipped) skipped++;
      else if (it.warn) warned++;
      else if (it.ok) passed++;
      else failed++;
    }
  }
  const extra = [warned ? `${warned} warning${warned === 1 ? '' : 's'}` : '', skipped ? `${skipped} skipped (they need the simulation)` : ''].filter(Boolean);
  io.stdout.write(`${passed} passed, ${failed} failed${extra.map((e) => `, ${e}`).join('')}\n`);
  return failed ? 1 : 0;
}

/**
 * One row per proof over all seeds: it passes when it passed on every seed; otherwise it
 * says which seeds broke it (and the first seed's message), so the author can replay it with
 * `kubetour play --seed N` or `kubetour shell --seed N`.
 */
function merge(runs: { seed: number; items: VerifyItem[] }[], many: boolean): VerifyItem[] {
  const rows = new Map<string, { item: VerifyItem; bad: { seed: number; item: VerifyItem }[] }>();
  for (const { seed, items } of runs) {
    for (const item of items) {
      const key = `${item.step}\0${item.test}`;
      const row = rows.get(key) ?? { item, bad: [] };
      rows.set(key, row);
      if ((!item.ok || item.warn) && !item.skipped) row.bad.push({ seed, item });
    }
  }
  return [...rows.values()].map(({ item, bad }) => {
    if (bad.length === 0) return item;
    const first = bad[0].item;
    const which = many ? `seed${bad.length > 1 ? 's' : ''} ${seedText(bad.map((b) => b.seed))}: ` : '';
    return { ...first, detail: `${which}${first.detail ?? ''}` };
  });
}

/** 1,2,3,5 → "1..3, 5". */
function seedText(seeds: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < seeds.length; i++) {
    let j = i;
    while (j + 1 < seeds.length && seeds[j + 1] === seeds[j] + 1) j++;
    parts.push(j > i + 1 ? `${seeds[i]}..${seeds[j]}` : j === i + 1 ? `${seeds[i]}, ${seeds[j]}` : `${seeds[i]}`);
    i = j;
  }
  return parts.join(', ');
}

function table(items: VerifyItem[]): string {
  if (items.length === 0) return '  (nothing to verify)\n';
  const w1 = Math.max(4, ...items.map((i) => i.step.length));
  const w2 = Math.max(4, ...items.map((i) => i.test.length));
  const row = (a: string, b: string, c: string, d = '') => `  ${a.padEnd(w1)}  ${b.padEnd(w2)}  ${c}${d ? `  ${d}` : ''}`.trimEnd() + '\n';
  return (
    row('STEP', 'TEST', 'RESULT') +
    items
      .map((i) => row(i.step, i.test, i.skipped ? 'SKIP' : i.warn ? 'WARN' : i.ok ? 'PASS' : 'FAIL', i.detail) + (i.log?.length ? `${i.log.map((l) => `      ${l}`.trimEnd()).join('\n')}\n` : ''))
      .join('')
  );
}
