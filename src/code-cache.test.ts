import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCachedBundle, wrapModule, writeCodeCache } from './code-cache.js';

describe('loadCachedBundle', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const bundle = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubetour-code-cache-'));
    dirs.push(dir);
    const file = join(dir, 'b.cjs');
    writeFileSync(file, wrapModule(`const path = require('node:path');\nexports.twice = (n) => n * 2;\nexports.where = () => path.basename(__filename) + ' ' + (module.exports === exports);\n`));
    return { file, cache: `${file}.cache` };
  };

  it('runs a CommonJS file as Node would (require, module, __filename), with no cache at first', () => {
    const { file, cache } = bundle();
    const b = loadCachedBundle<{ twice(n: number): number; where(): string }>(file, cache);
    expect(b.cacheMissed).toBe(true);
    expect(b.exports.twice(21)).toBe(42);
    expect(b.exports.where()).toBe('b.cjs true');
  });

  it('uses the cache written after a run', () => {
    const { file, cache } = bundle();
    const first = loadCachedBundle<{ twice(n: number): number }>(file, cache);
    first.exports.twice(1);
    expect(writeCodeCache(first, cache)).toBeGreaterThan(0);
    const second = loadCachedBundle<{ twice(n: number): number }>(file, cache);
    expect(second.cacheMissed).toBe(false);
    expect(second.exports.twice(4)).toBe(8);
  });

  it('compiles from source when the cache is not V8s (another Node, a damaged file)', () => {
    const { file, cache } = bundle();
    writeFileSync(cache, 'not a code cache');
    const b = loadCachedBundle<{ twice(n: number): number }>(file, cache);
    expect(b.cacheMissed).toBe(true);
    expect(b.exports.twice(5)).toBe(10);
  });
});

describe('writeCodeCache', () => {
  it('leaves no temporary file behind', async () => {
    const { mkdtempSync: mk, readdirSync, writeFileSync: wf } = await import('node:fs');
    const dir = mk(join(tmpdir(), 'kubetour-code-cache-'));
    try {
      const file = join(dir, 'b.cjs');
      wf(file, wrapModule('exports.one = () => 1;\n'));
      const b = loadCachedBundle<{ one(): number }>(file, `${file}.cache`);
      b.exports.one();
      writeCodeCache(b, `${file}.cache`);
      expect(readdirSync(dir).sort()).toEqual(['b.cjs', 'b.cjs.cache']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
