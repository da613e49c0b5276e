// While a session works (building the cluster, running a command line), the two host facts
// just-bash reads directly — Math.random (`$RANDOM`, awk's rand()) and the wall clock
// (file mtimes in its InMemoryFs, `ls -l`, `$SECONDS`, awk's srand()) — are swapped for the
// session's seeded stream and virtual clock, so the same seed gives the same bytes. They are
// restored as soon as the work finishes; nested work (kubectl exec inside a line) shares the
// outer swap. Nothing in our own code relies on this: it only tames the third-party library.
import type { Rng } from '../cluster/runtime/rng.js';

export interface VirtualHost {
  rng: Rng;
  now(): number;
}

let depth = 0;
/** One Date class per host, made once (a fresh class per line would defeat V8's caches). */
const dateClasses = new WeakMap<VirtualHost, DateConstructor>();
let realRandom: (() => number) | undefined;
let RealDate: DateConstructor | undefined;

function virtualDateClass(Real: DateConstructor, now: () => number): DateConstructor {
  class VirtualDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return now();
    }
  }
  return VirtualDate as unknown as DateConstructor;
}

export function withVirtualHost<T>(host: VirtualHost, fn: () => T): T;
export function withVirtualHost<T>(host: VirtualHost, fn: () => Promise<T>): Promise<T>;
export function withVirtualHost<T>(host: VirtualHost, fn: () => T | Promise<T>): T | Promise<T> {
  if (depth === 0) {
    realRandom = Math.random;
    RealDate = globalThis.Date;
    Math.random = () => host.rng.next();
    let cls = dateClasses.get(host);
    if (!cls) {
      cls = virtualDateClass(RealDate, () => host.now());
      dateClasses.set(host, cls);
    }
    globalThis.Date = cls;
  }
  depth++;
  const done = () => {
    depth--;
    if (depth === 0) {
      if (realRandom) Math.random = realRandom;
      if (RealDate) globalThis.Date = RealDate;
      realRandom = undefined;
      RealDate = undefined;
    }
  };
  let out: T | Promise<T>;
  try {
    out = fn();
  } catch (e) {
    done();
    throw e;
  }
  if (out instanceof Promise) return out.finally(done);
  done();
  return out;
}
