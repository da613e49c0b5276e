// The bridge from kubectl verbs to the shared printers of src/shell/format: a Lookup backed
// by the store, and the clock's `now`. Verbs never format objects themselves.
import type { Cluster } from '../../../cluster/cluster.js';
import type { Kind, KindMap } from '../../../cluster/api/kinds.js';
import type { Lookup } from '../../format/index.js';

/** One lookup per cluster: every `get` and `describe` asks for it. */
const lookups = new WeakMap<Cluster, Lookup>();

export function storeLookup(cluster: Cluster): Lookup {
  let lookup = lookups.get(cluster);
  if (!lookup) {
    lookup = {
      get: <K extends Kind>(kind: K, namespace: string | undefined, name: string) => cluster.store.get(kind, namespace, name) as KindMap[K] | undefined,
      list: <K extends Kind>(kind: K, namespace: string | undefined) => cluster.store.list(kind, namespace) as unknown as readonly KindMap[K][],
    };
    lookups.set(cluster, lookup);
  }
  return lookup;
}

export function now(cluster: Cluster): number {
  return cluster.clock.now();
}
