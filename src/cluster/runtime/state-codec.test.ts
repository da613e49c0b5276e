import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, loadFields, saveFields, UnsavableStateError } from './state-codec.js';
import { Rng } from './rng.js';
import { PodIpAllocator } from './allocators.js';

describe('state codec', () => {
  it('round-trips Maps, Sets, undefined, Infinity and listed classes through JSON', () => {
    const ipam = new PodIpAllocator('10.244.1', 5);
    ipam.allocate();
    const value = { m: new Map([['a', new Set([1, 2])]]), u: undefined, inf: Infinity, ipam, list: [1, 'x', null] };
    const back = decodeState(JSON.parse(JSON.stringify(encodeState(value, 'v')))) as typeof value;
    expect(back.m).toEqual(value.m);
    expect('u' in back && back.u === undefined).toBe(true);
    expect(back.inf).toBe(Infinity);
    expect(back.ipam).toBeInstanceOf(PodIpAllocator);
    expect(back.ipam.allocate()).toBe(ipam.allocate());
    expect(back.list).toEqual(value.list);
  });

  it('restores a random stream in place, so parts sharing it still share it', () => {
    const saved = new Rng(7);
    saved.next();
    const part = { rng: new Rng(1), other: 'x' };
    const shared = part.rng;
    loadFields(part, JSON.parse(JSON.stringify(saveFields({ rng: saved }, new Set(), 'part'))));
    expect(part.rng).toBe(shared);
    expect(shared.next()).toBe(saved.next());
    expect(part.other).toBe('x');
  });

  it('skips shared machinery and functions, and names what it cannot save', () => {
    const store = {};
    expect(saveFields({ store, hook: () => 1, n: 2 }, new Set([store]), 'p')).toEqual({ n: 2 });
    expect(() => encodeState({ a: { when: new Date(0) } }, 'p')).toThrow(UnsavableStateError);
    expect(() => encodeState({ a: [() => 1] }, 'p')).toThrow('p.a[0]: a function cannot be saved');
  });
});
