// A small stand-in for the shell's Session, for tutor tests that must not depend on the whole
// simulation. It keeps a real Store and understands a handful of made-up commands:
//   svc NAME PORT TARGET [APP]   create a Service selecting app=APP (default kubia)
//   pod NAME [APP]               create a Pod labelled app=APP that becomes Ready 2 s later
//   del KIND NAME                delete an object
//   curl SVC                     record a curl trace through SVC to its first pod
//   write PATH TEXT              write a laptop file
//   echo TEXT / false / enter-pod NAME / leave
import { InMemoryFs, type IFileSystem } from 'just-bash';
import { Store } from '../../src/cluster/store/store.js';
import type { Trace } from '../../src/cluster/network/trace.js';
import type { PlaceInfo } from '../../src/shell/types.js';
import type { SessionFactory, TutorCommandRecord, TutorSession } from '../../src/tutor/session-port.js';

const LAPTOP: PlaceInfo = { kind: 'laptop', name: 'laptop', ip: '192.168.1.10' };

export class FakeSession implements TutorSession {
  readonly records: TutorCommandRecord[] = [];
  readonly traces: Trace[] = [];
  readonly store = new Store();
  private now = Date.UTC(2026, 10, 26, 9);
  private timers: { at: number; fire: () => void }[] = [];
  private fs = new Map<string, IFileSystem>();
  private here: PlaceInfo = LAPTOP;
  readonly cluster;
  /** Every line run, for assertions (setup included). */
  readonly lines: string[] = [];

  constructor(readonly scenario = 'kubia') {
    this.cluster = {
      store: this.store,
      clock: { now: () => this.now },
      api: { create: (obj: any) => this.create(obj) },
      settle: () => {},
      advance: (seconds: number) => this.tick(seconds),
    };
    this.store.create('Node', { metadata: { name: 'worker1' }, status: { addresses: [{ type: 'InternalIP', address: '172.18.0.3' }] } } as any);
    if (scenario === 'kubia') for (const n of ['kubia-a', 'kubia-b', 'kubia-c']) this.makePod(n, 'kubia', true);
  }

  private tick(seconds: number) {
    this.now += seconds * 1000;
    const due = this.timers.filter((t) => t.at <= this.now);
    this.timers = this.timers.filter((t) => t.at > this.now);
    for (const t of due) t.fire();
  }

  create(obj: any) {
    const o = structuredClone(obj);
    o.metadata = { namespace: 'default', ...o.metadata };
    return this.store.create(o.kind, o);
  }

  private makePod(name: string, app: string, ready: boolean) {
    const pod = (r: boolean) => ({
      kind: 'Pod',
      metadata: { name, namespace: 'default', labels: { app } },
      spec: { nodeName: 'worker1' },
      status: { podIP: `10.244.1.${this.store.count('Pod') + 2}`, conditions: [{ type: 'Ready', status: r ? 'True' : 'False' }] },
    });
    this.store.create('Pod', pod(ready) as any);
    if (!ready) {
      this.timers.push({
        at: this.now + 2000,
        fire: () => {
          const cur: any = this.store.get('Pod', 'default', name);
          if (cur) this.store.update('Pod', { ...structuredClone(cur), status: { ...cur.status, conditions: [{ type: 'Ready', status: 'True' }] } });
        },
      });
    }
  }

  async run(input: string) {
    this.lines.push(input);
    const place = this.here;
    const startedAt = this.now;
    this.tick(1);
    const traceStart = this.traces.length;
    const [cmd, ...args] = input.trim().split(/\s+/);
    let stdout = '';
    let stderr = '';
    let exitCode = 0;
    try {
      switch (cmd) {
        case 'svc': {
          const [name, port, target, app = 'kubia'] = args;
          this.create({ kind: 'Service', metadata: { name }, spec: { selector: { app }, ports: [{ port: Number(port), targetPort: Number(target) }] } });
          stdout = `service/${name} created\n`;
          break;
        }
        case 'pod':
          this.makePod(args[0], args[1] ?? 'kubia', false);
          stdout = `pod/${args[0]} created\n`;
          break;
        case 'del':
          this.store.delete(args[0] as any, 'default', args[1]);
          stdout = `deleted\n`;
          break;
        case 'curl': {
          const svc: any = this.store.get('Service', 'default', args[0]);
          const pod = svc ? this.store.list('Pod').find((p: any) => p.metadata.labels?.app === svc.spec.selector.app) : undefined;
          this.traces.push({
            id: this.traces.length + 1,
            time: this.now,
            tool: 'curl',
            from: { kind: place.kind, name: place.name, ip: place.ip },
            target: `http://${args[0]}`,
            lookups: [],
            hops: [],
            service: svc ? { namespace: 'default', name: args[0], port: 80, type: 'ClusterIP' } : undefined,
            endpoint: pod ? { pod: pod.metadata!.name!, namespace: 'default', ip: pod.status!.podIP!, port: 8080, reason: 'random' } : undefined,
            clientIpSeen: place.ip,
            outcome: pod ? 'ok' : 'nxdomain',
          });
          if (pod) stdout = `You've hit ${pod.metadata!.name}\n`;
          else {
            stderr = `curl: (6) Could not resolve host: ${args[0]}\n`;
            exitCode = 6;
          }
          break;
        }
        case 'write':
          await this.fsOf(place).writeFile(args[0], args.slice(1).join(' '));
          break;
        case 'echo':
          stdout = args.join(' ') + '\n';
          break;
        case 'false':
          exitCode = 1;
          break;
        case 'enter-pod':
          this.here = { kind: 'pod', name: args[0], namespace: 'default', ip: '10.244.1.9' };
          break;
        case 'leave':
          this.here = LAPTOP;
          break;
        case 'clear':
          stdout = '\x1b[H\x1b[2J\x1b[3J';
          break;
        default:
          stderr = `bash: ${cmd}: command not found\n`;
          exitCode = 127;
      }
    } catch (e) {
      stderr = `Error: ${(e as Error).message}\n`;
      exitCode = 1;
    }
    const result = { stdout, stderr, exitCode };
    const record: TutorCommandRecord = { index: this.records.length, input, place, result, traces: this.traces.slice(traceStart), startedAt };
    this.records.push(record);
    return { ...result, record };
  }

  depth() {
    return this.here.kind === 'laptop' ? 1 : 2;
  }
  /** Like Session.atDepth: the laptop for `fn`, then the pod shell again unless `fn` moved. */
  async atDepth<T>(depth: number, fn: () => Promise<T>) {
    const aside = this.here;
    if (depth <= 1) this.here = LAPTOP;
    const value = await fn();
    if (this.here !== LAPTOP) return { value, closed: aside === LAPTOP ? [] : [aside] };
    this.here = aside;
    return { value, closed: [] };
  }
  isIncomplete(text: string) {
    return /\\$/.test(text);
  }
  splitCommands(script: string) {
    return script.split('\n').filter((l) => l.trim());
  }
  place() {
    return this.here;
  }
  prompt() {
    return this.here.kind === 'laptop' ? '$ ' : `root@${this.here.name}:/# `;
  }
  fsOf(place: PlaceInfo): IFileSystem {
    const key = `${place.kind}:${place.name}`;
    let fs = this.fs.get(key);
    if (!fs) this.fs.set(key, (fs = new InMemoryFs()));
    return fs;
  }
}

export const fakeFactory: SessionFactory = ({ scenario }) => new FakeSession(scenario);
