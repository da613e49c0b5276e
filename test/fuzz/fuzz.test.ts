// The fuzzer in the suite: every regression line it ever found runs cleanly in a fresh
// session, and a small seeded run finds nothing new. (`npm run fuzz -- --lines N` runs more.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/shell/session.js';
import { runWithBudget } from '../../src/shell/budget.js';
import { fuzz, problemsOf } from './fuzz.js';
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
