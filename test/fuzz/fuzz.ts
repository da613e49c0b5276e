// The fuzzer: generated lines run through sessions, and every result is held to what a real
// terminal could show. A failure is minimised to the shortest line that still fails the same
// way in a fresh session, so it can be kept as a regression line (regressions.json).
import { Session } from '../../src/shell/session.js';
import { runWithBudget } from '../../src/shell/budget.js';
import type { RunResult } from '../../src/shell/types.js';
import { LineGenerator } from './generate.js';
import { IsolatedCheck } from './isolated-check.js';

/** A line may take this long (wall time) before it counts as a hang. */
export const LINE_BUDGET_MS = 5_000;
/** Resident memory the fuzzing process may reach (the sessions of one batch are alive at once). */
export const MEMORY_BUDGET_BYTES = 1.5 * 1024 ** 3;

export interface Problem {
  kind: string;
  /** The offending text (a few lines around it). */
  excerpt: string;
}

/** How runGuarded reports a Node process warning in the line's stderr. */
const PROCESS_WARNING = 'fuzz: Node process warning: ';

const LEAKS: readonly { kind: string; re: RegExp }[] = [
  { kind: 'process warning', re: new RegExp(`^${PROCESS_WARNING}`, 'm') },
  { kind: 'stack trace', re: /^\s+at \S.*(?:\(|:\d+:\d+)/m },
  { kind: 'JavaScript error', re: /\b(?:TypeError|ReferenceError|RangeError|EvalError|InternalError)\b|Maximum call stack size exceeded|Cannot read propert(?:y|ies) of/ },
  { kind: 'undefined', re: /\bundefined\b/ },
  { kind: '[object Object]', re: /\[object Object\]/ },
  // (Go's own text for YAML's .nan is `json: unsupported value: NaN`.)
  { kind: 'NaN', re: /(?<!unsupported value: )\bNaN\b/ },
  { kind: 'Infinity', re: /\bInfinity\b/ },
  { kind: 'internal error', re: /internal error/i },
  { kind: 'library limit text', re: /executionLimits|increase executionLimits/ },
  // The simulation's own command and variable names (the state trailer, just-bash's helpers).
  { kind: 'internal name', re: /__kubetour|__just_bash|__kt64/ },
];

/** What is wrong with one line's result (empty: nothing). */
export function problemsOf(result: RunResult, elapsedMs: number, timedOut: boolean): Problem[] {
  const text = `${result.stdout}\n${result.stderr}`;
  const out: Problem[] = [];
  for (const { kind, re } of LEAKS) {
    const m = re.exec(text);
    if (m) out.push({ kind, excerpt: excerptAround(text, m.index) });
  }
  if (timedOut || elapsedMs > LINE_BUDGET_MS) out.push({ kind: 'hang', excerpt: `${Math.round(elapsedMs)} ms` });
  return out;
}

function excerptAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return text.slice(start, Math.min(end, start + 240));
}

export interface Failure {
  kind: string;
  line: string;
  excerpt: string;
  /** The shortest line found that fails the same way in a fresh session (undefined: the line needed the lines before it). */
  minimal?: string;
  seed: number;
  index: number;
}

export interface FuzzReport {
  seed: number;
  lines: number;
  sessions: number;
  failures: Failure[];
  /** Failures by kind (every occurrence, before deduplication). */
  counts: Record<string, number>;
  slowestMs: number;
  slowestLine: string;
  peakRssBytes: number;
  elapsedMs: number;
}

export interface FuzzOptions {
  lines: number;
  seed: number;
  /** Lines per session (a fresh session after each batch). */
  batch?: number;
  budgetMs?: number;
  /** Minimise failures (costs fresh sessions per attempt). Default true. */
  minimise?: boolean;
  onProgress?(done: number, report: FuzzReport): void;
  /** Called before each line runs (a trace of where a stuck run is). */
  onLine?(index: number, line: string): void;
  /** Called for each new (deduplicated) failure as it is found. */
  onFailure?(f: Failure): void;
  /** Start at this line of the seed's sequence (a run resumed after its process died). */
  from?: number;
  /** Sessions the run had made before `from` (their seeds are not used again). */
  sessionsBefore?: number;
}

/** Runs `lines` generated lines; never throws for a failing line. */
export async function fuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const gen = new LineGenerator(opts.seed);
  const batch = opts.batch ?? 100;
  const budget = opts.budgetMs ?? LINE_BUDGET_MS;
  const report: FuzzReport = { seed: opts.seed, lines: 0, sessions: 0, failures: [], counts: {}, slowestMs: 0, slowestLine: '', peakRssBytes: 0, elapsedMs: 0 };
  const seen = new Set<string>();
  const note = (f: Omit<Failure, 'minimal'>, minimise: boolean): Promise<void> | void => {
    report.counts[f.kind] = (report.counts[f.kind] ?? 0) + 1;
    // (A hang's excerpt is only its time: hangs of different commands are different failures.)
    const key = `${f.kind}\u0000${f.kind === 'hang' ? f.line.trim().split(/\s+/).slice(0, 2).join(' ') : signature(f.excerpt)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const failure: Failure = { ...f };
    report.failures.push(failure);
    opts.onFailure?.(failure);
    if (minimise && f.kind !== 'memory' && f.kind !== 'unanswered') {
      return minimiseLine(f.line, f.kind, budget).then((m) => {
        failure.minimal = m;
      });
    }
  };
  let index = opts.from ?? 0;
  for (let i = 0; i < index; i++) gen.line();
  let sessionsMade = opts.sessionsBefore ?? 0;
  while (index < opts.lines) {
    const sessionSeed = opts.seed * 1_000_003 + sessionsMade++;
    const session = Session.create({ seed: sessionSeed % 2 ** 31 });
    report.sessions++;
    const first = index;
    for (let i = 0; i < batch && index < opts.lines; i++, index++) {
      const line = gen.line();
      opts.onLine?.(index, line);
      const { result, timedOut, elapsedMs } = await runGuarded(session, line, budget);
      report.lines++;
      if (elapsedMs > report.slowestMs) {
        report.slowestMs = elapsedMs;
        report.slowestLine = line;
      }
      for (const p of problemsOf(result, elapsedMs, timedOut)) await note({ kind: p.kind, line, excerpt: p.excerpt, seed: opts.seed, index }, opts.minimise !== false);
      if (session.exited) {
        index++;
        break;
      }
    }
    // The session must still answer.
    while (session.depth() > 1) session.leave();
    // (`command -p`: a line may have changed PATH or defined a kubectl function; bash answers this anyway.)
    const after = await runGuarded(session, 'command -p kubectl get pods', budget);
    const answered = !after.timedOut && (after.result.exitCode === 0 || /^(?:error|Error from server)/m.test(after.result.stderr));
    if (!answered && !session.exited) await note({ kind: 'unanswered', line: `(kubectl get pods after lines ${first}..${index - 1})`, excerpt: after.result.stderr.slice(0, 240), seed: opts.seed, index }, false);
    const rss = process.memoryUsage().rss;
    report.peakRssBytes = Math.max(report.peakRssBytes, rss);
    if (rss > MEMORY_BUDGET_BYTES) await note({ kind: 'memory', line: '(batch)', excerpt: `${Math.round(rss / 1024 / 1024)} MB`, seed: opts.seed, index }, false);
    opts.onProgress?.(index, report);
  }
  report.elapsedMs = performance.now() - started;
  return report;
}

/**
 * Runs a line under the budget; a throw out of the session counts as a leak too, and so does
 * a Node process warning it caused (Node prints those on the host's stderr, over the screen).
 */
async function runGuarded(session: Session, line: string, budget: number): Promise<{ result: RunResult; timedOut: boolean; elapsedMs: number }> {
  const t0 = performance.now();
  const warnings: string[] = [];
  const onWarning = (w: Error): void => void warnings.push(`${PROCESS_WARNING}${w.name}: ${w.message}\n`);
  process.on('warning', onWarning);
  try {
    const run = await runWithBudget(session, line, budget);
    // (Node emits a warning on a later tick.)
    await new Promise((resolve) => setImmediate(resolve));
    return warnings.length === 0 ? run : { ...run, result: { ...run.result, stderr: run.result.stderr + warnings.join('') } };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { result: { stdout: '', stderr: `internal error (thrown): ${e.message}\n${e.stack ?? ''}`, exitCode: 1 }, timedOut: false, elapsedMs: performance.now() - t0 };
  } finally {
    process.off('warning', onWarning);
  }
}

/** Failures that differ only in names, numbers and addresses are one failure. */
function signature(excerpt: string): string {
  return excerpt.replace(/\d+/g, '0').replace(/"[^"]*"/g, '""').replace(/'[^']*'/g, "''").slice(0, 120);
}

/** Whether `line` alone, in a fresh session, fails with `kind`. */
export async function failsAlone(line: string, kind: string, budget = LINE_BUDGET_MS): Promise<boolean> {
  const session = Session.create({ seed: 1 });
  const { result, timedOut, elapsedMs } = await runGuarded(session, line, budget);
  return problemsOf(result, elapsedMs, timedOut).some((p) => p.kind === kind);
}

/** Wall time one failure's minimisation may take; the shortest line found by then is kept. */
export const MINIMISE_BUDGET_MS = 120_000;

/**
 * The shortest line (by removing pieces: lines, words, then characters) that still fails with
 * `kind` in a fresh session; undefined when the line does not fail alone. Each try runs in a
 * child process with capped memory and a deadline (isolated-check.ts), and the whole search
 * stops after `maxTries` tries or `deadlineMs`: a runaway line costs time, never the fuzzer.
 */
export async function minimiseLine(line: string, kind: string, budget = LINE_BUDGET_MS, maxTries = 150, deadlineMs = MINIMISE_BUDGET_MS): Promise<string | undefined> {
  if (kind === 'hang') budget = Math.min(budget, LINE_BUDGET_MS);
  const check = new IsolatedCheck();
  const stopAt = performance.now() + deadlineMs;
  let tries = 0;
  const more = (): boolean => tries < maxTries && performance.now() < stopAt;
  const fails = async (l: string): Promise<boolean> => {
    tries++;
    const outcome = await check.tryLine(l, kind, budget);
    // A try that had to be killed ran away: the same failure only if the failure is a hang.
    return outcome === 'fails' || (outcome === 'killed' && kind === 'hang');
  };
  try {
    if (!(await fails(line))) return undefined;
    let best = line;
    for (const unit of ['line', 'word', 'char'] as const) {
      let n = 2;
      while (more()) {
        const parts = split(best, unit);
        if (parts.length < 2) break;
        const size = Math.ceil(parts.length / n);
        let reduced = false;
        for (let start = 0; start < parts.length && more(); start += size) {
          const candidate = join([...parts.slice(0, start), ...parts.slice(start + size)], unit);
          if (candidate.trim() === '' || candidate === best) continue;
          if (await fails(candidate)) {
            best = candidate;
            n = Math.max(n - 1, 2);
            reduced = true;
            break;
          }
        }
        if (!reduced) {
          if (size <= 1) break;
          n = Math.min(n * 2, parts.length);
        }
      }
    }
    return best;
  } finally {
    check.close();
  }
}

function split(s: string, unit: 'line' | 'word' | 'char'): string[] {
  if (unit === 'line') return s.split('\n');
  if (unit === 'word') return s.split(/(?<=\s)/);
  return [...s];
}

function join(parts: string[], unit: 'line' | 'word' | 'char'): string {
  return unit === 'line' ? parts.join('\n') : parts.join('');
}
