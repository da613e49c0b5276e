// Minimisation's tries run in a child process that is killed when a try runs away: the
// fuzzer itself never hangs or runs out of memory on a line it is minimising.
import { describe, expect, it } from 'vitest';
import { IsolatedCheck } from './isolated-check.js';

describe('a minimisation try in a child process', () => {
  it('answers whether the line fails alone, is killed when it runs past its deadline, and the next try gets a new child', { timeout: 120_000 }, async () => {
    const check = new IsolatedCheck();
    try {
      // (A grace below zero: the deadline falls 1 ms after the try starts, long before any answer.)
      expect(await check.tryLine('echo ok', 'hang', 20_000, -19_999)).toBe('killed');
      expect(await check.tryLine('echo ok', 'undefined', 20_000)).toBe('passes');
      expect(await check.tryLine('echo undefined', 'undefined', 20_000)).toBe('fails');
    } finally {
      check.close();
    }
  });
});
