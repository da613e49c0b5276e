// `npm run fuzz -- --lines N --seed S [--batch B] [--json FILE] [--no-minimise]`: generated lines
// through sessions; prints a summary and each failure with its minimal line. Exit 1 when any
// line failed. Progress goes to stderr every 1,000 lines.
//
// The lines run in a child process with a capped heap, which writes each line's index before
// running it: a line that takes the process down (memory it never gives back, a crash in V8)
// is reported as a failure of its own, and the run goes on from the next line in a new child.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuzz, type Failure, type FuzzReport } from './fuzz.js';

/** The heap of the process that runs the lines (MB): well above the run's own memory budget. */
const WORKER_HEAP_MB = 2048;

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const lines = Number(arg('--lines', '1000'));
const seed = Number(arg('--seed', '1'));
const batch = Number(arg('--batch', '100'));
const json = arg('--json');
/** --trace FILE: the line about to run is written there first (find a stuck line). */
const trace = arg('--trace');
const minimise = !process.argv.includes('--no-minimise');
const abortAt = arg('--abort-at') === undefined ? undefined : Number(arg('--abort-at'));
if (!Number.isInteger(lines) || lines < 1 || !Number.isInteger(seed) || seed < 0 || !Number.isInteger(batch) || batch < 1) {
  process.stderr.write('usage: npm run fuzz -- --lines N --seed S [--batch B] [--json FILE] [--no-minimise]\n');
  process.exit(2);
}

const showFailure = (f: Failure): void => void process.stderr.write(`fuzz: [${f.kind}] line ${f.index}: ${JSON.stringify(f.line).slice(0, 300)}\n  output: ${f.excerpt}\n`);

/** `--worker FROM OUT`: runs lines FROM.. and writes the report to OUT; the trace names each line first. */
async function worker(from: number, out: string, traceFile: string): Promise<void> {
  let lastShown = from;
  const report = await fuzz({
    lines,
    seed,
    batch,
    minimise,
    from,
    // Each session runs at least one line, so no session before `from` had a seed above it.
    sessionsBefore: from,
    onLine: (i, line) => {
      writeFileSync(traceFile, `${i}\t${JSON.stringify(line)}\n`);
      // `--abort-at N` (the fuzzer's own test): die on line N, as an out-of-memory death would.
      if (i === abortAt) process.kill(process.pid, 'SIGKILL');
    },
    onFailure: showFailure,
    onProgress(done, r) {
      if (done - lastShown < 1000 && done < lines) return;
      lastShown = done;
      const failed = Object.values(r.counts).reduce((a, b) => a + b, 0);
      process.stderr.write(`fuzz: ${done}/${lines} lines, ${r.sessions} sessions, ${failed} failures, slowest ${Math.round(r.slowestMs)} ms, rss ${Math.round(r.peakRssBytes / 1024 / 1024)} MB, ${Math.round(performance.now() / 1000)} s\n`);
    },
  });
  writeFileSync(out, JSON.stringify(report));
}

const workerAt = process.argv.indexOf('--worker');
if (workerAt >= 0) {
  await worker(Number(process.argv[workerAt + 1]), process.argv[workerAt + 2], process.argv[workerAt + 3]);
  process.exit(0);
}

const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'kubetour-fuzz-'));
const traceFile = trace ?? join(dir, 'trace');
const report: FuzzReport = { seed, lines: 0, sessions: 0, failures: [], counts: {}, slowestMs: 0, slowestLine: '', peakRssBytes: 0, elapsedMs: 0 };
try {
  let from = 0;
  for (let part = 0; from < lines; part++) {
    const out = join(dir, `report-${part}.json`);
    const self = fileURLToPath(import.meta.url);
    const r = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${WORKER_HEAP_MB}`, self, ...process.argv.slice(2), '--worker', String(from), out, traceFile], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (existsSync(out)) {
      const part = JSON.parse(readFileSync(out, 'utf8')) as FuzzReport;
      report.lines += part.lines;
      report.sessions += part.sessions;
      report.failures.push(...part.failures);
      for (const [k, n] of Object.entries(part.counts)) report.counts[k] = (report.counts[k] ?? 0) + n;
      if (part.slowestMs > report.slowestMs) [report.slowestMs, report.slowestLine] = [part.slowestMs, part.slowestLine];
      report.peakRssBytes = Math.max(report.peakRssBytes, part.peakRssBytes);
      break;
    }
    // The child died on a line: that line is the failure, and the run resumes after it.
    const [at, text] = existsSync(traceFile) ? readFileSync(traceFile, 'utf8').split('\t') : [];
    const index = Number(at);
    if (!Number.isInteger(index) || index < from) {
      process.stderr.write(`fuzz: the fuzzing process died before its first line (${r.signal ?? `exit ${r.status}`})\n`);
      process.exit(2);
    }
    const failure: Failure = { kind: 'process died', line: JSON.parse(text) as string, excerpt: `the process running the lines died on it (${r.signal ?? `exit ${r.status}`}, heap ${WORKER_HEAP_MB} MB)`, seed, index };
    showFailure(failure);
    report.failures.push(failure);
    report.counts[failure.kind] = (report.counts[failure.kind] ?? 0) + 1;
    report.lines += index + 1 - from;
    from = index + 1;
  }
} finally {
  if (!trace) rmSync(dir, { recursive: true, force: true });
}
report.elapsedMs = performance.now() - started;

const out = process.stdout;
out.write(`fuzz: seed ${report.seed}, ${report.lines} lines in ${report.sessions} sessions, ${(report.elapsedMs / 1000).toFixed(1)} s\n`);
out.write(`slowest line: ${Math.round(report.slowestMs)} ms: ${JSON.stringify(report.slowestLine).slice(0, 200)}\n`);
out.write(`peak memory (rss): ${Math.round(report.peakRssBytes / 1024 / 1024)} MB\n`);
const kinds = Object.entries(report.counts);
out.write(kinds.length === 0 ? 'failures: 0\n' : `failures: ${kinds.map(([k, n]) => `${k} ×${n}`).join(', ')}\n`);
for (const f of report.failures) {
  out.write(`\n[${f.kind}] line ${f.index}: ${JSON.stringify(f.line).slice(0, 300)}\n  output: ${f.excerpt}\n  minimal: ${f.minimal === undefined ? '(needs the lines before it)' : JSON.stringify(f.minimal)}\n`);
}
if (json) writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
process.exit(report.failures.length === 0 ? 0 : 1);
