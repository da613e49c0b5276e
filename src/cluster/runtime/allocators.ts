// Allocators the API server and kubelet draw from: ClusterIPs in 10.96.0.0/12, NodePorts in
// 30000-32767, pod IPs per node CIDR, generateName suffixes and uids. Every choice comes
// from a seeded Rng, so a seed fixes every name and address of a session.
import type { Rng } from './rng.js';

/** apimachinery `pkg/util/rand` alphanums: no vowels, no 0/1/3, so names never spell words. */
export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function randomSuffix(rng: Rng, n = 5): string {
  let s = '';
  for (let i = 0; i < n; i++) s += NAME_ALPHABET[rng.int(0, NAME_ALPHABET.length - 1)];
  return s;
}

/** `rand.SafeEncodeString`: each byte mapped onto the alphabet (pod-template-hash). */
export function safeEncode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += NAME_ALPHABET[s.charCodeAt(i) % NAME_ALPHABET.length];
  return out;
}

/** FNV-1a 32-bit, as the Deployment controller hashes pod templates. */
export function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i) & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function uuid(rng: Rng): string {
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += rng.int(0, 15).toString(16);
    return s;
  };
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(0, 3)]}${hex(3)}-${hex(12)}`;
}

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((a, p) => a * 256 + Number(p), 0);
}
export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export const SERVICE_CIDR = '10.96.0.0/12';
const SVC_BASE = ipToInt('10.96.0.0');
const SVC_SIZE = 1 << 20;
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

export function inServiceCidr(ip: string): boolean {
  const n = ipToInt(ip);
  return n > SVC_BASE && n < SVC_BASE + SVC_SIZE - 1;
}

/** ClusterIPs: random free address of the service CIDR (network/broadcast excluded). */
export class ClusterIpAllocator {
  private used = new Set<string>();
  constructor(private rng: Rng) {}
  has(ip: string): boolean {
    return this.used.has(ip);
  }
  take(ip: string): void {
    this.used.add(ip);
  }
  release(ip: string): void {
    this.used.delete(ip);
  }
  allocate(): string {
    for (;;) {
      // Kubernetes 1.30 prefers the upper part of the range for dynamic allocation and
      // keeps the low block for static ones; the exact split does not matter to learners.
      const ip = intToIp(SVC_BASE + this.rng.int(16, SVC_SIZE - 2));
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
  }
}

export class NodePortAllocator {
  private used = new Set<number>();
  constructor(private rng: Rng) {}
  has(p: number): boolean {
    return this.used.has(p);
  }
  take(p: number): void {
    this.used.add(p);
  }
  release(p: number): void {
    this.used.delete(p);
  }
  allocate(): number {
    for (;;) {
      const p = this.rng.int(NODE_PORT_MIN, NODE_PORT_MAX);
      if (!this.used.has(p)) {
        this.used.add(p);
        return p;
      }
    }
  }
}

/**
 * Pod IPs of one node's /24 (host-local IPAM): sequential from a seeded starting point, as
 * a node that has been running for days has already handed out earlier addresses.
 */
export class PodIpAllocator {
  private used = new Set<number>();
  private next: number;
  constructor(private prefix: string, start: number) {
    this.next = start;
  }
  allocate(): string {
    for (let tries = 0; tries < 254; tries++) {
      const n = this.next;
      this.next = this.next >= 254 ? 2 : this.next + 1;
      if (!this.used.has(n)) {
        this.used.add(n);
        return `${this.prefix}.${n}`;
      }
    }
    throw new Error(`pod CIDR ${this.prefix}.0/24 exhausted`);
  }
  release(ip: string): void {
    this.used.delete(Number(ip.split('.')[3]));
  }
}
