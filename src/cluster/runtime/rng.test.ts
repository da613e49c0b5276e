import { describe, expect, it } from 'vitest';
import { Rng } from './rng.js';

describe('Rng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    expect(Array.from({ length: 5 }, () => a.int(0, 1000))).toEqual(Array.from({ length: 5 }, () => b.int(0, 1000)));
  });
  it('gives another sequence for another seed', () => {
    expect(new Rng(1).next()).not.toEqual(new Rng(2).next());
  });
  it('forks independent streams by label', () => {
    expect(new Rng(7).fork('names').next()).not.toEqual(new Rng(7).fork('ips').next());
  });
});
