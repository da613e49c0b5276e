// Whether two values would serialize to the same JSON text, found without writing the text:
// the store asks it on every update (is this write a change?), and writing out both whole
// objects to compare them cost more than the write itself. The JSON rules kept: object keys
// in their order, a key whose value is undefined, a function or a symbol left out (in an
// array such a value is `null`), non-finite numbers are `null`, -0 is `0`. Anything else
// (toJSON, a Map, a class instance, a boxed value, a bigint) is compared by its JSON text.

const PLAIN = new Set<unknown>([Object.prototype, null]);

/** Values JSON.stringify leaves out of an object (and writes as `null` in an array). */
function absent(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** A value as JSON writes it when it is not an object: numbers that are not finite are null. */
function scalar(v: unknown): unknown {
  return typeof v === 'number' && !Number.isFinite(v) ? null : v;
}

function isPlainObject(v: object): boolean {
  return !Array.isArray(v) && PLAIN.has(Object.getPrototypeOf(v)) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

function isPlainArray(v: object): boolean {
  return Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/** JSON.stringify(a) === JSON.stringify(b). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b && (typeof a !== 'number' || Number.isFinite(a))) return true;
  const ao = typeof a === 'object' && a !== null;
  const bo = typeof b === 'object' && b !== null;
  if (!ao || !bo) {
    if (ao || bo) return byText(a, b);
    if (typeof a === 'bigint' || typeof b === 'bigint') return byText(a, b);
    return scalar(a) === scalar(b) || (absent(a) && absent(b));
  }
  if (isPlainArray(a) && isPlainArray(b)) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      const u = absent(x[i]) ? null : x[i];
      const v = absent(y[i]) ? null : y[i];
      if (!sameJson(u, v)) return false;
    }
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) return sameObject(a as Record<string, unknown>, b as Record<string, unknown>, undefined);
  return byText(a, b);
}

/** Two plain objects, key by key in order, keys with absent values left out (and `skip`). */
function sameObject(x: Record<string, unknown>, y: Record<string, unknown>, skip: string | undefined): boolean {
  const xs = Object.keys(x);
  const ys = Object.keys(y);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < xs.length && (absent(x[xs[i]]) || xs[i] === skip)) i++;
    while (j < ys.length && (absent(y[ys[j]]) || ys[j] === skip)) j++;
    if (i >= xs.length || j >= ys.length) return i >= xs.length && j >= ys.length;
    if (xs[i] !== ys[j] || !sameJson(x[xs[i]], y[ys[j]])) return false;
    i++;
    j++;
  }
}

function byText(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the store compared before: each object as JSON, its metadata.resourceVersion left out. */
export function strippedText(o: any): string {
  return JSON.stringify({ ...o, metadata: { ...o.metadata, resourceVersion: undefined } });
}

/** A plain object whose own `metadata` (enumerable) is a plain object too. */
function plainWithMeta(o: unknown): o is { metadata: Record<string, unknown> } & Record<string, unknown> {
  if (typeof o !== 'object' || o === null || !isPlainObject(o) || !Object.prototype.propertyIsEnumerable.call(o, 'metadata')) return false;
  const m = (o as { metadata: unknown }).metadata;
  return typeof m === 'object' && m !== null && isPlainObject(m);
}

/**
 * Whether two stored objects have the same content apart from metadata.resourceVersion:
 * whether strippedText of each would be equal.
 */
export function sameContentIgnoringVersion(a: unknown, b: unknown): boolean {
  // (Without a plain metadata the spread would add or reshape it: compared as text.)
  if (!plainWithMeta(a) || !plainWithMeta(b)) return strippedText(a) === strippedText(b);
  const xs = Object.keys(a);
  const ys = Object.keys(b);
  let i = 0;
  let j = 0;
  for (;;) {
    // `metadata` is always written (its spread is an object), whatever its place.
    while (i < xs.length && xs[i] !== 'metadata' && absent(a[xs[i]])) i++;
    while (j < ys.length && ys[j] !== 'metadata' && absent(b[ys[j]])) j++;
    if (i >= xs.length || j >= ys.length) return i >= xs.length && j >= ys.length;
    if (xs[i] !== ys[j]) return false;
    const same = xs[i] === 'metadata' ? sameObject(a.metadata, b.metadata, 'resourceVersion') : sameJson(a[xs[i]], b[ys[j]]);
    if (!same) return false;
    i++;
    j++;
  }
}
