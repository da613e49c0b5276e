// A small stand-in for the Session, for data-plane tests: a real Cluster and Network, a
// laptop, pods (their container filesystems) and nodes as places, and the net commands
// run directly with a parsed argv. Tests through the full shell use test/helpers/shell.ts.
import { InMemoryFs, type IFileSystem } from 'just-bash';
import { Cluster } from '../../src/cluster/cluster.js';
import { Network, type TraceDraft } from '../../src/cluster/network/network.js';
import { netCommands } from '../../src/shell/commands/net/index.js';
import type { PlaceInfo, RunResult } from '../../src/shell/types.js';

export const LAPTOP: PlaceInfo = { kind: 'laptop', name: 'laptop', ip: '192.168.1.23' };

/** Splits a command line into words (single and double quotes; no expansion). */
export function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | undefined;
  let has = false;
  for (const c of line) {
    if (q) {
      if (c === q) q = undefined;
      else cur += c;
    } else if (c === '"' || c === "'") {
      q = c;
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (has || cur) out.push(cur);
  return out;
}

export class Harness {
  readonly cluster: Cluster;
  readonly network: Network;
  readonly traces: TraceDraft[] = [];
  readonly laptopFs: IFileSystem = new InMemoryFs({ '/etc/hosts': '127.0.0.1\tlocalhost\n', '/etc/resolv.conf': 'nameserver 192.168.65.1\n', '/home/learner/.keep': '' });
  private nodeFs = new Map<string, IFileSystem>();

  constructor(seed = 1, scenario = 'kubia', startMs?: number) {
    this.cluster = Cluster.create({ seed, scenario, startMs });
    this.network = new Network(this.cluster);
    this.network.onTrace = (t) => this.traces.push(t);
  }

  /** Creates objects from plain JS (like `kubectl create -f`) and lets controllers settle. */
  apply(...objs: unknown[]): void {
    for (const o of objs) this.cluster.api.create(o);
    this.cluster.settle();
  }

  advance(seconds: number): void {
    this.cluster.advance(seconds);
  }

  pods(labelSelector = 'app=kubia', ns = 'default') {
    return this.cluster.api.list('Pod', ns, labelSelector);
  }

  pod(name: string, ns = 'default'): PlaceInfo {
    const p = this.cluster.api.get('Pod', ns, name);
    return { kind: 'pod', name, namespace: ns, ip: p.status!.podIP!, node: p.spec!.nodeName, container: p.spec!.containers[0].name };
  }

  node(name: string): PlaceInfo {
    const n = this.cluster.api.get('Node', undefined, name);
    return { kind: 'node', name, ip: n.status!.addresses!.find((a) => a.type === 'InternalIP')!.address, node: name };
  }

  fsOf(place: PlaceInfo): IFileSystem {
    if (place.kind === 'laptop') return this.laptopFs;
    if (place.kind === 'pod') return this.cluster.containerFs(place.namespace!, place.name, place.container)!;
    let fs = this.nodeFs.get(place.name);
    if (!fs) this.nodeFs.set(place.name, (fs = new InMemoryFs({ '/etc/resolv.conf': 'nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n', '/etc/hosts': '127.0.0.1 localhost\n' })));
    return fs;
  }

  async run(place: PlaceInfo, line: string, opts: { tty?: boolean; stdin?: string; cwd?: string } = {}): Promise<RunResult> {
    const [name, ...args] = words(line);
    const cmd = netCommands.find((c) => c.name === name);
    if (!cmd) throw new Error(`no such net command: ${name}`);
    return cmd.run({ args, stdin: opts.stdin ?? '', env: {}, cwd: opts.cwd ?? (place.kind === 'laptop' ? '/home/learner' : '/'), fs: this.fsOf(place), place, tty: opts.tty ?? false, session: this as any });
  }
}

export const kubiaService = (extra: Record<string, unknown> = {}, name = 'kubia') => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name },
  spec: { ports: [{ port: 80, targetPort: 8080 }], selector: { app: 'kubia' }, ...extra },
});
