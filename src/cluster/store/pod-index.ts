// Indexes over pods, kept current from store watch events: by namespace, by `key=value`
// label pair, by owner uid and by node. They let a service or controller find its pods
// without scanning all 10,000 pods of the scaled scenario.
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { Store, WatchEvent } from './store.js';
import { equalityPairs, matches, type Selector } from '../api/selector.js';

type Key = string; // namespace/name

export class PodIndex {
  private byNs = new Map<string, Set<Key>>();
  private byPair = new Map<string, Map<string, Set<Key>>>();
  private byOwner = new Map<string, Set<Key>>();
  private byNode = new Map<string, Set<Key>>();

  constructor(private store: Store) {
    this.reindex();
    store.watch((e) => this.onEvent(e));
  }

  /** Indexes the pods in the store now (a store filled without events, by a restore). */
  reindex(): void {
    for (const m of [this.byNs, this.byPair, this.byOwner, this.byNode]) m.clear();
    for (const p of this.store.list('Pod')) this.add(p);
  }

  private onEvent(e: WatchEvent): void {
    if (e.kind !== 'Pod') return;
    if (e.old) this.remove(e.old as Pod);
    if (e.type !== 'DELETED') this.add(e.object as Pod);
  }

  private static put(m: Map<string, Set<Key>>, k: string, v: Key): void {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(v);
  }
  private static drop(m: Map<string, Set<Key>>, k: string, v: Key): void {
    const s = m.get(k);
    if (!s) return;
    s.delete(v);
    if (s.size === 0) m.delete(k);
  }

  private add(p: Pod): void {
    const ns = p.metadata!.namespace!;
    const key = `${ns}/${p.metadata!.name}`;
    PodIndex.put(this.byNs, ns, key);
    let pairs = this.byPair.get(ns);
    if (!pairs) this.byPair.set(ns, (pairs = new Map()));
    for (const [k, v] of Object.entries(p.metadata?.labels ?? {})) PodIndex.put(pairs, `${k}=${v}`, key);
    for (const o of p.metadata?.ownerReferences ?? []) PodIndex.put(this.byOwner, o.uid, key);
    if (p.spec?.nodeName) PodIndex.put(this.byNode, p.spec.nodeName, key);
  }

  private remove(p: Pod): void {
    const ns = p.metadata!.namespace!;
    const key = `${ns}/${p.metadata!.name}`;
    PodIndex.drop(this.byNs, ns, key);
    const pairs = this.byPair.get(ns);
    if (pairs) for (const [k, v] of Object.entries(p.metadata?.labels ?? {})) PodIndex.drop(pairs, `${k}=${v}`, key);
    for (const o of p.metadata?.ownerReferences ?? []) PodIndex.drop(this.byOwner, o.uid, key);
    if (p.spec?.nodeName) PodIndex.drop(this.byNode, p.spec.nodeName, key);
  }

  private get(key: Key): Readonly<Pod> | undefined {
    const i = key.indexOf('/');
    return this.store.get('Pod', key.slice(0, i), key.slice(i + 1));
  }

  /** Pods of a namespace matching a selector, sorted by name. An empty selector matches all. */
  select(namespace: string, sel: Selector): Readonly<Pod>[] {
    let candidates: Set<Key> | undefined = this.byNs.get(namespace);
    const pairs = this.byPair.get(namespace);
    for (const pair of equalityPairs(sel)) {
      const s = pairs?.get(pair);
      if (!s) return [];
      if (!candidates || s.size < candidates.size) candidates = s;
    }
    if (!candidates) return [];
    const out: Readonly<Pod>[] = [];
    for (const k of [...candidates].sort()) {
      const p = this.get(k);
      if (p && matches(sel, p.metadata?.labels)) out.push(p);
    }
    return out;
  }

  ownedBy(uid: string): Readonly<Pod>[] {
    return [...(this.byOwner.get(uid) ?? [])]
      .sort()
      .map((k) => this.get(k))
      .filter((p): p is Readonly<Pod> => !!p);
  }

  countOnNode(node: string): number {
    return this.byNode.get(node)?.size ?? 0;
  }

  onNode(node: string): Readonly<Pod>[] {
    return [...(this.byNode.get(node) ?? [])]
      .sort()
      .map((k) => this.get(k))
      .filter((p): p is Readonly<Pod> => !!p);
  }
}
