import { describe, expect, it } from 'vitest';
import { sameContentIgnoringVersion, sameJson, strippedText } from './json-equal.js';
import { Cluster } from '../cluster.js';
import { Rng } from '../runtime/rng.js';

/** Random JSON-like values, with the awkward cases JSON.stringify has rules for. */
function randomValue(rng: Rng, depth: number): unknown {
  const leaves: (() => unknown)[] = [
    () => rng.int(0, 3),
    () => ['a', 'b', '', '1'][rng.int(0, 3)],
    () => [true, false][rng.int(0, 1)],
    () => null,
    () => undefined,
    () => [NaN, Infinity, -0, 0][rng.int(0, 3)],
    () => () => 1,
  ];
  if (depth <= 0 || rng.int(0, 2) === 0) return leaves[rng.int(0, leaves.length - 1)]();
  if (rng.int(0, 1) === 0) return Array.from({ length: rng.int(0, 3) }, () => randomValue(rng, depth - 1));
  const o: Record<string, unknown> = {};
  for (let i = rng.int(0, 3); i > 0; i--) o[['x', 'y', 'z', '2', 'metadata', 'resourceVersion'][rng.int(0, 5)]] = randomValue(rng, depth - 1);
  return o;
}

/** A value changed a little (or not at all), so equal and unequal pairs both come up. */
function mutate(rng: Rng, v: unknown, depth: number): unknown {
  if (rng.int(0, 3) === 0 || depth <= 0) return rng.int(0, 1) === 0 ? v : randomValue(rng, 1);
  if (Array.isArray(v)) return v.map((x) => mutate(rng, x, depth - 1));
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).map(([k, x]) => [k, mutate(rng, x, depth - 1)] as const);
    if (rng.int(0, 4) === 0) entries.reverse();
    return Object.fromEntries(entries);
  }
  return v;
}

describe('sameJson', () => {
  it('agrees with comparing JSON.stringify texts, on random values and near copies', () => {
    const rng = new Rng(7);
    for (let n = 0; n < 20_000; n++) {
      const a = randomValue(rng, 4);
      const b = mutate(rng, a, 4);
      expect(sameJson(a, b), JSON.stringify([a, b])).toBe(JSON.stringify(a) === JSON.stringify(b));
    }
  });

  it('compares odd values by their text', () => {
    expect(sameJson(new Date(0), '1970-01-01T00:00:00.000Z')).toBe(true);
    expect(sameJson(new Map([[1, 2]]), {})).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson({ a: undefined }, {})).toBe(true);
    expect(sameJson(NaN, null)).toBe(true);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  });
});

describe('sameContentIgnoringVersion', () => {
  it('agrees with the texts with resourceVersion left out, on random objects', () => {
    const rng = new Rng(11);
    for (let n = 0; n < 20_000; n++) {
      const a = { ...(randomValue(rng, 3) as object), metadata: { name: 'x', resourceVersion: String(rng.int(1, 3)), ...(randomValue(rng, 2) as object) } };
      const b = mutate(rng, a, 3);
      if (typeof b !== 'object' || b === null) continue; // (the store compares objects only)
      expect(sameContentIgnoringVersion(a, b), JSON.stringify([a, b])).toBe(strippedText(a) === strippedText(b));
    }
  });

  it('agrees on every pair of a cluster’s objects and on each against its edited copies', () => {
    const cluster = Cluster.create({ seed: 1, scenario: 'kubia' });
    const all = cluster.store.save().kinds;
    const objects = Object.values(all).flat() as Record<string, any>[];
    const rng = new Rng(3);
    for (const a of objects) {
      const copies = [structuredClone(a), { ...a, metadata: { ...a.metadata, resourceVersion: '1' } }, mutate(rng, structuredClone(a), 6), mutate(rng, structuredClone(a), 6)];
      for (const b of [...copies, objects[rng.int(0, objects.length - 1)]]) {
        if (typeof b !== 'object' || b === null) continue;
        expect(sameContentIgnoringVersion(a, b)).toBe(strippedText(a) === strippedText(b));
      }
    }
  });
});
