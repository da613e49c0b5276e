// The fuzzer in the suite: every regression line it ever found runs cleanly in a fresh
// session, and a small seeded run finds nothing new. (`npm run fuzz -- --lines N` runs more.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/shell/session.js';
import { runWithBudget } from '../../src/shell/budget.js';
import { fuzz, problemsOf, type FuzzReport } from './fuzz.js';
import { LineGenerator } from './generate.js';

const regressions = (JSON.parse(readFileSync(new URL('./regressions.json', import.meta.url), 'utf8')) as { lines: string[] }).lines;

describe('fuzzer regressions', () => {
  it.each(regressions.map((l) => [l]))('%j runs cleanly', { timeout: 120_000 }, async (line) => {
    const s = Session.create({ seed: 1 });
    const { result, timedOut, elapsedMs } = await runWithBudget(s, line, 20_000);
    expect(problemsOf(result, 0, timedOut)).toEqual([]);
    expect(elapsedMs).toBeGreaterThanOrEqual(0);
    expect((await s.run('kubectl get pods')).exitCode).toBe(0);
  });
});

describe('a seeded fuzz run', () => {
  it('generates the same lines for the same seed', () => {
    const a = new LineGenerator(5);
    const b = new LineGenerator(5);
    for (let i = 0; i < 50; i++) expect(a.line()).toBe(b.line());
  });

  it('60 lines leak nothing and the sessions still answer', { timeout: 180_000 }, async () => {
    const report = await fuzz({ lines: 60, seed: 1, batch: 30, minimise: false, budgetMs: 60_000 });
    expect(report.failures.filter((f) => f.kind !== 'hang').map((f) => `${f.kind}: ${f.line} → ${f.excerpt}`)).toEqual([]);
    expect(report.lines).toBe(60);
  });
});

describe('npm run fuzz', () => {
  it('reports a line that takes its process down and goes on from the next line', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubetour-fuzz-test-'));
    try {
      const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
      const register = fileURLToPath(new URL('../../src/shell/just-bash-edits/register.mjs', import.meta.url));
      const out = join(dir, 'report.json');
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', register, cli, '--lines', '6', '--seed', '2', '--batch', '3', '--no-minimise', '--abort-at', '2', '--json', out], { encoding: 'utf8' });
      const report = JSON.parse(readFileSync(out, 'utf8')) as FuzzReport;
      const died = report.failures.filter((f) => f.kind === 'process died');
      expect(died.map((f) => f.index)).toEqual([2]);
      const gen = new LineGenerator(2);
      expect(died[0].line).toBe([gen.line(), gen.line(), gen.line()][2]);
      expect(report.lines).toBe(6);
      expect(r.stderr).toContain('fuzz: [process died] line 2:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
