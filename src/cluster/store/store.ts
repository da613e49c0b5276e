// The object store: the simulated etcd. Objects are deep-frozen on write and handed out
// as-is on read — readers get immutable snapshots without a copy, writers must build a new
// object (structuredClone + edit). Every write bumps a global resourceVersion and notifies
// watchers, which is how controllers learn what changed.
import { ApiError } from '../api/errors.js';
import { KINDS, type Kind, type KindMap } from '../api/kinds.js';
import { sameContentIgnoringVersion } from './json-equal.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export interface WatchEvent<K extends Kind = Kind> {
  type: WatchEventType;
  kind: K;
  object: Readonly<KindMap[K]>;
  /** The stored object before a MODIFIED or DELETED event. */
  old?: Readonly<KindMap[K]>;
}
export type Watcher = (event: WatchEvent) => void;

type AnyStored = { metadata?: { name?: string; namespace?: string } };
/** A store's contents as saved (JSON): the resourceVersion counter and the objects per kind. */
export interface SavedStore {
  rv: number;
  kinds: Partial<Record<Kind, AnyStored[]>>;
}

export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

interface Bucket {
  byKey: Map<string, any>;
  /** Keys sorted (namespace, then name) — the API's list order; rebuilt lazily after writes. */
  sorted: string[] | null;
  /** Per-namespace key sets and their lazily sorted lists, so one namespace lists in O(its size). */
  byNs: Map<string, { keys: Set<string>; sorted: string[] | null }>;
}

export class Store {
  private buckets = new Map<Kind, Bucket>();
  private watchers = new Set<Watcher>();
  private rv = 1000;

  private bucket(kind: Kind): Bucket {
    let b = this.buckets.get(kind);
    if (!b) this.buckets.set(kind, (b = { byKey: new Map(), sorted: null, byNs: new Map() }));
    return b;
  }

  get resourceVersion(): number {
    return this.rv;
  }

  get<K extends Kind>(kind: K, namespace: string | undefined, name: string): Readonly<KindMap[K]> | undefined {
    return this.bucket(kind).byKey.get(objectKey(KINDS[kind].namespaced ? namespace : undefined, name));
  }

  /** All objects of a kind, in API list order; only one namespace's when given. */
  list<K extends Kind>(kind: K, namespace?: string): Readonly<KindMap[K]>[] {
    const b = this.bucket(kind);
    if (namespace !== undefined && KINDS[kind].namespaced) {
      const n = b.byNs.get(namespace);
      if (!n) return [];
      if (!n.sorted) n.sorted = [...n.keys].sort(compareKeys);
      return n.sorted.map((k) => b.byKey.get(k));
    }
    if (!b.sorted) b.sorted = [...b.byKey.keys()].sort(compareKeys);
    const out: Readonly<KindMap[K]>[] = new Array(b.sorted.length);
    for (let i = 0; i < b.sorted.length; i++) out[i] = b.byKey.get(b.sorted[i]);
    return out;
  }

  /**
   * The objects of a kind in one namespace that `keep` accepts, in API list order — what
   * `list(kind, namespace).filter(keep)` gives, without putting the whole namespace in order
   * (a controller looking for a few objects among thousands).
   */
  select<K extends Kind>(kind: K, namespace: string, keep: (o: Readonly<KindMap[K]>) => boolean): Readonly<KindMap[K]>[] {
    const b = this.bucket(kind);
    if (!KINDS[kind].namespaced) return this.list(kind).filter(keep);
    const n = b.byNs.get(namespace);
    if (!n) return [];
    const keys: string[] = [];
    for (const k of n.keys) if (keep(b.byKey.get(k))) keys.push(k);
    return keys.sort(compareKeys).map((k) => b.byKey.get(k));
  }

  count(kind: Kind): number {
    return this.bucket(kind).byKey.size;
  }

  /** Stores a new object; metadata (uid, timestamps) must already be filled by the caller. */
  create<K extends Kind>(kind: K, obj: KindMap[K]): Readonly<KindMap[K]> {
    const key = keyOf(kind, obj);
    const b = this.bucket(kind);
    if (b.byKey.has(key)) {
      throw new ApiError('AlreadyExists', `${KINDS[kind].qualified.replace(/^[^.]+/, KINDS[kind].resource)} "${obj.metadata!.name}" already exists`, kind, obj.metadata!.name);
    }
    const stored = this.stamp(obj);
    b.byKey.set(key, stored);
    b.sorted = null;
    if (KINDS[kind].namespaced) {
      const ns = stored.metadata!.namespace ?? 'default';
      let n = b.byNs.get(ns);
      if (!n) b.byNs.set(ns, (n = { keys: new Set(), sorted: null }));
      n.keys.add(key);
      n.sorted = null;
    }
    this.emit({ type: 'ADDED', kind, object: stored });
    return stored;
  }

  /** Replaces an existing object. A write that changes nothing is skipped (no event). */
  update<K extends Kind>(kind: K, obj: KindMap[K]): Readonly<KindMap[K]> {
    const key = keyOf(kind, obj);
    const b = this.bucket(kind);
    const old = b.byKey.get(key);
    if (!old) throw notFound(kind, obj.metadata!.name!);
    if (sameContent(old, obj)) return old;
    const stored = this.stamp(obj);
    b.byKey.set(key, stored);
    this.emit({ type: 'MODIFIED', kind, object: stored, old });
    return stored;
  }

  delete<K extends Kind>(kind: K, namespace: string | undefined, name: string): Readonly<KindMap[K]> {
    const key = objectKey(KINDS[kind].namespaced ? namespace : undefined, name);
    const b = this.bucket(kind);
    const old = b.byKey.get(key);
    if (!old) throw notFound(kind, name);
    b.byKey.delete(key);
    b.sorted = null;
    if (KINDS[kind].namespaced) {
      const n = b.byNs.get(old.metadata?.namespace ?? 'default');
      if (n) {
        n.keys.delete(key);
        n.sorted = null;
      }
    }
    this.emit({ type: 'DELETED', kind, object: old, old });
    return old;
  }

  /** Every object (per kind, in the order they were created) and the resourceVersion counter. */
  save(): SavedStore {
    const kinds: SavedStore['kinds'] = {};
    for (const [kind, b] of this.buckets) if (b.byKey.size) kinds[kind] = [...b.byKey.values()];
    return { rv: this.rv, kinds };
  }

  /**
   * Fills an empty store with saved objects, telling no watcher: the parts that index the
   * store are restored on their own (Cluster.restore).
   */
  load(saved: SavedStore): void {
    this.rv = saved.rv;
    for (const [kind, objects] of Object.entries(saved.kinds) as [Kind, AnyStored[]][]) {
      const b = this.bucket(kind);
      b.sorted = null;
      for (const o of objects) {
        const key = keyOf(kind, o);
        b.byKey.set(key, deepFreeze(o));
        if (KINDS[kind].namespaced) {
          const ns = o.metadata?.namespace ?? 'default';
          let n = b.byNs.get(ns);
          if (!n) b.byNs.set(ns, (n = { keys: new Set(), sorted: null }));
          n.keys.add(key);
          n.sorted = null;
        }
      }
    }
  }

  watch(w: Watcher): () => void {
    this.watchers.add(w);
    return () => this.watchers.delete(w);
  }

  /**
   * Freezes the written object in place (after a shallow copy of the top and metadata):
   * writers hand over a fresh copy they no longer touch, so a second deep clone here would
   * only double the cost of every write.
   */
  private stamp<T extends { metadata?: { resourceVersion?: string } }>(obj: T): T {
    const copy = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(++this.rv) } };
    return deepFreeze(copy);
  }

  private emit(e: WatchEvent): void {
    for (const w of this.watchers) w(e);
  }
}

export function notFound(kind: Kind, name: string): ApiError {
  const info = KINDS[kind];
  const group = info.qualified.includes('.') ? info.qualified.slice(info.qualified.indexOf('.')) : '';
  return new ApiError('NotFound', `${info.resource}${group} "${name}" not found`, kind, name);
}

function keyOf(kind: Kind, obj: { metadata?: { name?: string; namespace?: string } }): string {
  const name = obj.metadata?.name;
  if (!name) throw new Error(`store: ${kind} without metadata.name`);
  return objectKey(KINDS[kind].namespaced ? obj.metadata?.namespace ?? 'default' : undefined, name);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The same object but for its resourceVersion (see json-equal.ts: compared without writing JSON). */
function sameContent(a: unknown, b: unknown): boolean {
  return sameContentIgnoringVersion(a, b);
}
