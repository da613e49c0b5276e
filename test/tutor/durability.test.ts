// Durability of the app's own files, proven against real processes: a saver (durability/saver.ts)
// is killed with SIGKILL at random moments while it saves progress.json and history.json, and
// each file must then be exactly the last acknowledged version or the one after it — never
// torn, never older. Two savers at once must not lose each other's progress or history.
//
// `npm test` kills a few dozen times; `npm run test:durability` kills 400 times
// (KUBETOUR_DURABILITY_KILLS). The kill points come from a seeded RNG.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProgress } from '../../src/tutor/progress/store.js';
import { HISTORY_LIMIT } from '../../src/tutor/progress/history.js';

const KILLS = Number(process.env.KUBETOUR_DURABILITY_KILLS ?? 15);
const HINT_KEYS = 120;
const work = mkdtempSync(join(tmpdir(), 'kubetour-durability-'));
const saver = join(work, 'saver.mjs');

beforeAll(async () => {
  // Bundled once so each child starts in plain node within tens of milliseconds.
  await build({ entryPoints: [fileURLToPath(new URL('./durability/saver.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: saver, logLevel: 'silent' });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** mulberry32: the kill schedule is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  acked: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the saver; with `killAfter`, sends SIGKILL `delayMs` after its `killAfter`-th acknowledged save. */
function runSaver(dir: string, name: string, count: number | 'forever', kill?: { killAfter: number; delayMs: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [saver, dir, name, String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acked = 0;
    let seen = 0;
    let stderr = '';
    let buf = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        acked = Number(l);
        seen++;
        if (kill && seen === kill.killAfter) {
          if (kill.delayMs === 0) child.kill('SIGKILL');
          else setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ acked, code, signal, stderr }));
  });
}

/** Which version of `name`'s progress the file holds; throws if it is not a whole version. */
function progressVersion(dir: string, name: string, opts: { shared?: boolean } = {}): number {
  const text = readFileSync(join(dir, 'progress.json'), 'utf8');
  const checked = validateProgress(JSON.parse(text));
  if ('problem' in checked) throw new Error(`progress.json invalid: ${checked.problem}`);
  const lesson = checked.data.lessons[name]!;
  const n = lesson.step;
  for (let k = 0; k < HINT_KEYS; k++) if (lesson.hints[`${name}-${k}`] !== n) throw new Error(`progress.json mixes versions: step ${n}, hint ${k} = ${lesson.hints[`${name}-${k}`]}`);
  // (Only without kills: a kill between the two saves of one round leaves a round's shared mark out for good.)
  if (opts.shared) for (let i = 1; i <= n; i++) if (checked.data.lessons.shared?.hints[`${name}-${i}`] !== 1) throw new Error(`progress.json lost shared mark ${name}-${i}`);
  return n;
}

/** `name`'s lines in history.json, in order. */
function historyLines(dir: string, name: string): string[] {
  return (JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')) as { lines: string[] }).lines.filter((l) => l.startsWith(`${name} `));
}

/** `name` n…m. */
const rounds = (name: string, n: number, m: number) => Array.from({ length: Math.max(0, m - n + 1) }, (_, i) => `${name} ${n + i}`);

describe('kill -9 while saving', () => {
  it(`after each of ${KILLS} kills, progress.json and history.json are the last saved version or the next, and the next run saves on`, async () => {
    const dir = join(work, 'kill');
    const next = rng(20261203);
    const seen = { progressNew: 0, historyNew: 0, leftovers: 0 };
    let version = 0;
    let history: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      const run = await runSaver(dir, 'x', 'forever', { killAfter: 1 + Math.floor(next() * 6), delayMs: Math.floor(next() * 4) });
      expect(run.signal, run.stderr).toBe('SIGKILL');
      const p = progressVersion(dir, 'x');
      const lines = historyLines(dir, 'x');
      const h = Number(lines.at(-1)?.split(' ')[1]);
      expect([run.acked, run.acked + 1]).toContain(p);
      expect([run.acked, run.acked + 1]).toContain(h);
      expect(h).toBeLessThanOrEqual(p); // each round saves progress before history
      // The old history plus this run's lines, one per finished round: nothing torn, nothing lost
      // (but the oldest lines past the history's length, as bash's HISTFILESIZE drops them).
      expect(lines).toEqual([...history, ...rounds('x', version + 1, h)].slice(-HISTORY_LIMIT));
      if (p > run.acked) seen.progressNew++;
      if (h > run.acked) seen.historyNew++;
      if (readdirSync(dir).some((f) => f.endsWith('.tmp') || f.endsWith('.lock'))) seen.leftovers++;
      version = p; // the next run goes on from what the file says
      history = lines;
    }
    // The kills landed inside saves, not only between them: some left the next version
    // written but unacknowledged, some left a temp or lock file (which the next run copes with).
    if (KILLS >= 15) expect(seen.progressNew + seen.historyNew + seen.leftovers).toBeGreaterThan(0);
    if (process.env.KUBETOUR_DURABILITY_KILLS) console.log(JSON.stringify({ kills: KILLS, lastVersion: version, ...seen }));
    const after = await runSaver(dir, 'x', 3);
    expect(after.code, after.stderr).toBe(0);
    expect(progressVersion(dir, 'x')).toBe(version + 3);
    // A finished save sweeps away the temp files of the killed ones.
    expect(readdirSync(dir).sort()).toEqual(['history.json', 'progress.json']);
  }, 120_000 + KILLS * 3_000); // (a loaded machine may take seconds a kill)
});

describe('two instances at once', () => {
  it("keep each other's progress and history", async () => {
    const dir = join(work, 'two');
    const N = 60;
    const [a, b] = await Promise.all([runSaver(dir, 'a', N), runSaver(dir, 'b', N)]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(progressVersion(dir, 'a', { shared: true })).toBe(N);
    expect(progressVersion(dir, 'b', { shared: true })).toBe(N);
    expect(historyLines(dir, 'a')).toEqual(rounds('a', 1, N));
    expect(historyLines(dir, 'b')).toEqual(rounds('b', 1, N));
    expect(readdirSync(dir).sort()).toEqual(['history.json', 'progress.json']);
  }, 120_000);
});
