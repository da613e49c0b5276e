// A tiny stand-in for the Cluster, for shell tests that must not depend on the simulation:
// a clock, an rng, three nodes and a few running pods with in-memory filesystems.
import { InMemoryFs, type IFileSystem } from 'just-bash';
import type { Node, Pod } from 'kubernetes-types/core/v1.js';
import { Clock } from '../../src/cluster/runtime/clock.js';
import { Rng } from '../../src/cluster/runtime/rng.js';
import type { Cluster } from '../../src/cluster/cluster.js';
import type { Network } from '../../src/cluster/network/network.js';
import { Session } from '../../src/shell/session.js';

export interface FakeCluster {
  clock: Clock;
  rng: Rng;
  pods: Pod[];
  nodes: Node[];
  fs: Map<string, IFileSystem>;
  advanced: number[];
  deletePod(name: string): void;
}

export function fakeCluster(seed = 1): FakeCluster & Cluster {
  const clock = new Clock();
  const nodes: Node[] = [1, 2, 3].map((i) => ({
    metadata: { name: `worker${i}` },
    status: { addresses: [{ type: 'InternalIP', address: `172.18.0.${i + 1}` }] },
  }));
  const pods: Pod[] = ['kubia-a2b4c', 'kubia-d5f6g', 'kubia-h7j8k'].map((name, i) => ({
    metadata: { name, namespace: 'default', labels: { app: 'kubia' } },
    spec: { nodeName: `worker${i + 1}`, containers: [{ name: 'kubia', image: 'luksa/kubia' }] },
    status: { phase: 'Running', podIP: `10.244.${i + 1}.2` },
  }));
  const fs = new Map<string, IFileSystem>();
  const fsOf = (name: string) => {
    let f = fs.get(name);
    if (!f) {
      f = new InMemoryFs({ '/etc/hostname': `${name}\n`, '/etc/resolv.conf': 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n', '/app.js': '// kubia\n' });
      fs.set(name, f);
    }
    return f;
  };
  const advanced: number[] = [];
  const fake = {
    clock,
    rng: new Rng(seed),
    pods,
    nodes,
    fs,
    advanced,
    store: undefined,
    api: {
      list: (kind: string, ns?: string) => (kind === 'Node' ? nodes : kind === 'Pod' ? pods.filter((p) => !ns || p.metadata?.namespace === ns) : []),
    },
    settle() {},
    setHttpProbeHook() {},
    advance(seconds: number) {
      advanced.push(seconds);
      clock.set(clock.now() + seconds * 1000);
    },
    containerFs(_ns: string, pod: string) {
      return pods.some((p) => p.metadata?.name === pod) ? fsOf(pod) : undefined;
    },
    containerEnv(_ns: string, pod: string) {
      if (!pods.some((p) => p.metadata?.name === pod)) return undefined;
      return { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: pod, KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443', HOME: '/root' };
    },
    deletePod(name: string) {
      const i = pods.findIndex((p) => p.metadata?.name === name);
      if (i >= 0) pods.splice(i, 1);
      fs.delete(name);
    },
  };
  return fake as unknown as FakeCluster & Cluster;
}

/** A session over the fake cluster (no data plane). */
export function fakeSession(seed = 1, tty = false): { session: Session; cluster: FakeCluster } {
  const cluster = fakeCluster(seed);
  const session = new Session(cluster, {} as Network, seed, tty);
  return { session, cluster };
}
