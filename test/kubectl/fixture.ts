// A small stand-in for the Cluster, for kubectl tests that must not wait for the whole
// simulation: the real API server (validation, allocation) over the real store, a clock,
// and a "kubelet" that only makes pods Running and removes them when their grace period
// ends. Plus a hand-built CommandContext, so a test can call kubectlCommand.run directly.
import { InMemoryFs, type IFileSystem } from 'just-bash';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { Store } from '../../src/cluster/store/store.js';
import { Clock } from '../../src/cluster/runtime/clock.js';
import { Rng } from '../../src/cluster/runtime/rng.js';
import { ClusterIpAllocator, NodePortAllocator } from '../../src/cluster/runtime/allocators.js';
import { PodIndex } from '../../src/cluster/store/pod-index.js';
import { ApiServerImpl } from '../../src/cluster/api/server.js';
import type { Cluster } from '../../src/cluster/cluster.js';
import type { CommandContext, PlaceInfo, RunResult } from '../../src/shell/types.js';
import { kubectlCommand } from '../../src/shell/commands/kubectl/index.js';

export interface Fixture {
  cluster: Cluster;
  fs: IFileSystem;
  entered: PlaceInfo[];
  execs: { pod: string; argv: string[] }[];
  /** What execInPod answers. */
  execResult: (argv: string[]) => RunResult & { startError?: string };
  editor?: (content: string, fileName: string) => Promise<string | null>;
  kubectl(line: string | string[], opts?: { stdin?: string; tty?: boolean }): Promise<RunResult>;
}

/** Splits a simple command line (single/double quotes, no expansions). */
export function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

export function makeFixture(files: Record<string, string> = {}): Fixture {
  const store = new Store();
  const clock = new Clock();
  const rng = new Rng(1);
  const pods = new PodIndex(store);
  const api = new ApiServerImpl({ store, clock, uidRng: rng.fork('uid'), nameRng: rng.fork('names'), clusterIps: new ClusterIpAllocator(rng.fork('ip')), nodePorts: new NodePortAllocator(rng.fork('np')), pods });
  const logs = new Map<string, string>();
  const settle = () => {
    for (const p of store.list('Pod') as Pod[]) {
      const del = p.metadata?.deletionTimestamp;
      if (del && Date.parse(del) <= clock.now()) {
        store.delete('Pod', p.metadata?.namespace, p.metadata!.name!);
        continue;
      }
      if (!p.status?.phase || p.status.phase === 'Pending') {
        const next = structuredClone(p) as any;
        next.spec = { ...next.spec!, nodeName: next.spec?.nodeName ?? 'worker1' };
        next.status = {
          phase: 'Running',
          podIP: '10.244.1.5',
          startTime: clock.iso(),
          conditions: [{ type: 'Ready', status: 'True' }],
          containerStatuses: next.spec.containers.map((c: any) => ({ name: c.name, image: c.image!, imageID: '', ready: true, restartCount: 0, started: true, state: { running: { startedAt: clock.iso() } } })),
        };
        store.update('Pod', next);
      }
    }
  };
  const cluster = {
    store,
    clock,
    rng,
    api,
    settle,
    advance(seconds: number) {
      for (let i = 0; i < seconds; i++) {
        clock.set(clock.now() + 1000);
        settle();
      }
    },
    containerFs: () => undefined,
    containerEnv: () => undefined,
    logs: (ns: string, pod: string) => logs.get(`${ns}/${pod}`) ?? '',
    appendLog: (ns: string, pod: string, line: string) => logs.set(`${ns}/${pod}`, (logs.get(`${ns}/${pod}`) ?? '') + line + '\n'),
    recordEvent: () => undefined,
  } as unknown as Cluster;
  store.create('Namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', creationTimestamp: clock.iso() }, status: { phase: 'Active' } });
  const fs = new InMemoryFs(Object.fromEntries(Object.entries(files).map(([k, v]) => [`/home/user/${k}`, v])));
  // One session object for the fixture's life, as a shell session is (kubectl keeps
  // per-session state such as the context's namespace).
  const session: Record<string, unknown> = {
    cluster,
    tty: false,
    editor: undefined,
    execInPod: async (_ns: string, pod: string, _c: string | undefined, a: string[]) => {
      fx.execs.push({ pod, argv: a });
      return fx.execResult(a);
    },
    enter: (p: PlaceInfo) => fx.entered.push(p),
  };
  const fx: Fixture = {
    cluster,
    fs,
    entered: [],
    execs: [],
    execResult: () => ({ stdout: '', stderr: '', exitCode: 0 }),
    async kubectl(line, opts = {}) {
      const argv = Array.isArray(line) ? line : words(line);
      if (argv[0] === 'kubectl') argv.shift();
      session.tty = opts.tty ?? false;
      session.editor = fx.editor;
      const ctx: CommandContext = {
        args: argv,
        stdin: opts.stdin ?? '',
        env: {},
        cwd: '/home/user',
        fs,
        place: { kind: 'laptop', name: 'laptop', ip: '192.168.1.10' },
        tty: opts.tty ?? false,
        session: session as never,
      };
      const r = await kubectlCommand.run(ctx);
      settle();
      return r;
    },
  };
  return fx;
}
