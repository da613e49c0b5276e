import { describe, expect, it } from 'vitest';
import { ClusterIpAllocator, NAME_ALPHABET, NodePortAllocator, PodIpAllocator, inServiceCidr, randomSuffix, safeEncode } from './allocators.js';
import { Rng } from './rng.js';

describe('allocators', () => {
  it('generateName suffixes use only the 27-character alphabet (no vowels, no 0/1/3)', () => {
    expect(NAME_ALPHABET).toBe('bcdfghjklmnpqrstvwxz2456789');
    const rng = new Rng(42);
    for (let i = 0; i < 500; i++) expect(randomSuffix(rng)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('pod-template-hash is a safe encoding of the decimal hash', () => {
    expect(safeEncode('1234567890')).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{10}$/);
  });

  it('ClusterIPs come from 10.96.0.0/12 and are never handed out twice', () => {
    const a = new ClusterIpAllocator(new Rng(1));
    a.take('10.96.0.1');
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const ip = a.allocate();
      expect(inServiceCidr(ip)).toBe(true);
      expect(seen.has(ip)).toBe(false);
      seen.add(ip);
    }
  });

  it('NodePorts stay in 30000-32767', () => {
    const a = new NodePortAllocator(new Rng(1));
    for (let i = 0; i < 200; i++) {
      const p = a.allocate();
      expect(p).toBeGreaterThanOrEqual(30000);
      expect(p).toBeLessThanOrEqual(32767);
    }
  });

  it('pod IPs are sequential within the node CIDR and reusable after release', () => {
    const a = new PodIpAllocator('10.244.1', 5);
    expect(a.allocate()).toBe('10.244.1.5');
    expect(a.allocate()).toBe('10.244.1.6');
    a.release('10.244.1.5');
    expect(a.allocate()).toBe('10.244.1.7');
  });
});
