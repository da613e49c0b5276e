import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from './lock.js';

const dir = () => mkdtempSync(join(tmpdir(), 'kubetour-lock-'));

describe('withFileLock', () => {
  it('holds <file>.lock while the work runs and removes it after, even when the work throws', () => {
    const d = dir();
    const file = join(d, 'progress.json');
    expect(withFileLock(file, () => readdirSync(d))).toEqual(['progress.json.lock']);
    expect(() => withFileLock(file, () => { throw new Error('boom'); })).toThrow('boom');
    expect(readdirSync(d)).toEqual([]);
  });

  it('creates a missing folder', () => {
    const file = join(dir(), 'a', 'b', 'history.json');
    expect(withFileLock(file, () => 1)).toBe(1);
  });

  it("breaks a lock left by a killed process (its pid is gone) or one that's old", () => {
    const d = dir();
    const file = join(d, 'progress.json');
    writeFileSync(`${file}.lock`, '2147483646'); // no such process
    expect(withFileLock(file, () => 'ran')).toBe('ran');
    writeFileSync(`${file}.lock`, String(process.ppid)); // alive, but the lock is a minute old
    const old = Date.now() / 1000 - 60;
    utimesSync(`${file}.lock`, old, old);
    expect(withFileLock(file, () => 'ran')).toBe('ran');
    expect(readdirSync(d)).toEqual([]);
  });

  it('runs anyway after a bounded wait when a live process keeps the lock', () => {
    const d = dir();
    const file = join(d, 'progress.json');
    writeFileSync(`${file}.lock`, String(process.ppid));
    expect(withFileLock(file, () => 'ran')).toBe('ran');
    expect(readdirSync(d)).toEqual(['progress.json.lock']); // not ours to remove
  });
});
