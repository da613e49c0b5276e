// The private state of the simulation's parts (controllers' caches, allocators, random
// streams) as JSON and back, for a cluster saved once and restored instead of rebuilt
// (cluster-snapshot.ts). Values are plain data, Maps, Sets and instances of the classes
// named in CLASSES; anything else (a function, a class not listed) cannot be saved, and
// encoding says where it found it, so a part that grows new kinds of state fails the build's
// snapshot instead of being restored without it.
import { Rng } from './rng.js';
import { ClusterIpAllocator, NodePortAllocator, PodIpAllocator } from './allocators.js';

export type Encoded = null | boolean | number | string | Encoded[] | { [k: string]: Encoded };

/** Classes whose instances may appear in saved state, by a name that survives minifying. */
const CLASSES: Record<string, object> = {
  Rng: Rng.prototype,
  ClusterIpAllocator: ClusterIpAllocator.prototype,
  NodePortAllocator: NodePortAllocator.prototype,
  PodIpAllocator: PodIpAllocator.prototype,
};
const CLASS_NAMES = new Map(Object.entries(CLASSES).map(([name, proto]) => [proto, name]));

export class UnsavableStateError extends Error {}

/** `value` as JSON-safe data; `path` names it in the error when something cannot be saved. */
export function encodeState(value: unknown, path: string): Encoded {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value === undefined) return { $: 'u' };
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $: 'n', v: String(value) };
  if (typeof value !== 'object') throw new UnsavableStateError(`${path}: a ${typeof value} cannot be saved`);
  if (Array.isArray(value)) return value.map((v, i) => encodeState(v, `${path}[${i}]`));
  if (value instanceof Map) return { $: 'm', e: [...value].map(([k, v], i) => [encodeState(k, `${path}.key${i}`), encodeState(v, `${path}.get(${String(k)})`)]) };
  if (value instanceof Set) return { $: 's', v: [...value].map((v, i) => encodeState(v, `${path}.item${i}`)) };
  const proto = Object.getPrototypeOf(value);
  const cls = proto === Object.prototype || proto === null ? undefined : CLASS_NAMES.get(proto);
  if (proto !== Object.prototype && proto !== null && cls === undefined) {
    throw new UnsavableStateError(`${path}: an instance of ${(value as object).constructor?.name ?? 'an unknown class'} cannot be saved`);
  }
  return { $: cls ? 'c' : 'o', ...(cls ? { c: cls } : {}), f: encodeFields(value as Record<string, unknown>, path) };
}

/** Own enumerable fields (a getter's value is read and saved as data). */
function encodeFields(o: Record<string, unknown>, path: string): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const k of Object.keys(o)) out[k] = encodeState(o[k], `${path}.${k}`);
  return out;
}

/**
 * The value `e` encodes. `into`, when given and an object of the same class (or a plain object
 * for a plain one), gets the saved fields assigned in place: a random stream shared by several
 * controllers stays shared, and fields that were not saved (shared machinery) stay as they are.
 */
export function decodeState(e: Encoded, into?: unknown): unknown {
  if (e === null || typeof e !== 'object') return e;
  if (Array.isArray(e)) return e.map((v) => decodeState(v));
  switch (e.$) {
    case 'u':
      return undefined;
    case 'n':
      return Number(e.v);
    case 'm':
      return new Map((e.e as Encoded[][]).map(([k, v]) => [decodeState(k), decodeState(v)]));
    case 's':
      return new Set((e.v as Encoded[]).map((v) => decodeState(v)));
    case 'o': {
      const plain = into !== null && typeof into === 'object' && Object.getPrototypeOf(into) === Object.prototype;
      return decodeFields(e.f as Record<string, Encoded>, plain ? (into as Record<string, unknown>) : {});
    }
    case 'c': {
      const proto = CLASSES[e.c as string];
      if (!proto) throw new Error(`saved state names an unknown class ${String(e.c)}`);
      const target = into && Object.getPrototypeOf(into) === proto ? into : Object.create(proto);
      return decodeFields(e.f as Record<string, Encoded>, target as Record<string, unknown>);
    }
    default:
      throw new Error(`saved state has an unknown tag ${String(e.$)}`);
  }
}

function decodeFields(fields: Record<string, Encoded>, target: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(fields)) target[k] = decodeState(v, target[k]);
  return target;
}

/**
 * A part's own fields, except those holding the shared machinery it was built with (`skip`:
 * store, clock, timers, …, identical in a fresh cluster) and functions (wiring made by its
 * constructor, which a fresh cluster has too).
 */
export function saveFields(part: object, skip: ReadonlySet<unknown>, path: string): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const [k, v] of Object.entries(part)) {
    if (skip.has(v) || typeof v === 'function') continue;
    out[k] = encodeState(v, `${path}.${k}`);
  }
  return out;
}

/** Puts saved fields back into the same part of a freshly constructed cluster. */
export function loadFields(part: object, fields: Record<string, Encoded>): void {
  decodeFields(fields, part as Record<string, unknown>);
}
