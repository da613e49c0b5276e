// The kubelets of all nodes, as one controller keyed by pod: sandbox + IP, image pull,
// container start after a short delay (ContainerCreating → Running), the environment
// snapshot and filesystem taken at start, readiness probes on the virtual clock, and
// graceful termination (kubia's `node` ignores SIGTERM, so it takes the full grace period).
import { InMemoryFs } from 'just-bash';
import type { Container, ContainerStatus, Node, Pod, PodCondition, PodStatus, Service } from 'kubernetes-types/core/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import { isoAt, splitKey, type ControllerContext } from './context.js';
import { withControllerWrite } from '../api/managed-fields.js';
import { lookupImage, normalizeImageRef, type ImageSpec } from '../images.js';
import { containerEnvironment } from '../runtime/service-env.js';
import { runProbeCommand } from '../runtime/probe-exec.js';
import { PodIpAllocator } from '../runtime/allocators.js';
import { containerLifetime, restartBackoffSeconds } from '../runtime/lifetime.js';
import { decodeState, encodeState, type Encoded } from '../runtime/state-codec.js';

/** Seconds from scheduling to containers running (pull + create + start). */
export const CONTAINER_START_SECONDS = 2;
const PULL_BACKOFF_SECONDS = 10;

export interface ContainerRuntime {
  name: string;
  image: ImageSpec;
  fs: InMemoryFs;
  env: Record<string, string>;
  log: string;
  startedAt: number;
  containerID: string;
  ready: boolean;
  probe?: { successes: number; failures: number; nextAt: number };
  restartCount: number;
  /** When the main process exits on its own (undefined: runs until killed). */
  exitAt?: number;
  exitCode?: number;
  /** Set while the process is not running (exited, waiting for a restart or for ever). */
  terminated?: { exitCode: number; reason: string; startedAt: number; finishedAt: number };
  restartAt?: number;
  lastTerminated?: { exitCode: number; reason: string; startedAt: number; finishedAt: number };
}

interface PodRuntime {
  uid: string;
  node: string;
  ip: string;
  hostIP: string;
  createdAt: number;
  startAt: number;
  started: boolean;
  pullFailed: boolean;
  pullBackoffAt?: number;
  containers: Map<string, ContainerRuntime>;
  /** When each container's files were made, and the token mounted (to make them again). */
  madeFiles: Map<string, { at: number; token: string | undefined }>;
  killing: boolean;
  removeAt?: number;
}

/** Asks the data plane what an app answers to a probe's GET; undefined = not modelled. */
export type HttpProbeHook = (req: { namespace: string; pod: string; container: string; ip: string; port: number; path: string; scheme: string }) => { status: number } | undefined;

export class Kubelet implements Controller {
  readonly name = 'kubelet';
  httpProbe?: HttpProbeHook;
  private pods = new Map<string, PodRuntime>();
  private ipam = new Map<string, PodIpAllocator>();
  private pulled = new Map<string, Set<string>>();

  constructor(private ctx: ControllerContext) {}

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind === 'Pod') {
      const p = e.object as Pod;
      if (p.spec?.nodeName || e.type === 'DELETED') enqueue(`${p.metadata!.namespace}/${p.metadata!.name}`);
    }
  }

  /** The running container (first unless named). */
  container(ns: string, pod: string, name?: string): ContainerRuntime | undefined {
    const st = this.pods.get(`${ns}/${pod}`);
    if (!st || !st.started) return undefined;
    if (name) return st.containers.get(name);
    return st.containers.values().next().value;
  }

  private ipamFor(node: Readonly<Node>): PodIpAllocator {
    const name = node.metadata!.name!;
    let a = this.ipam.get(name);
    if (!a) {
      const cidr = node.spec?.podCIDR ?? '10.244.0.0/24';
      const prefix = cidr.split('/')[0].split('.').slice(0, 3).join('.');
      a = new PodIpAllocator(prefix, this.ctx.rng.fork(`ipam:${name}`).int(2, 40));
      this.ipam.set(name, a);
    }
    return a;
  }

  reconcile(key: string): void {
    const [ns, name] = splitKey(key);
    const pod = this.ctx.store.get('Pod', ns, name) as Pod | undefined;
    let st = this.pods.get(key);
    if (st && (!pod || pod.metadata!.uid !== st.uid)) {
      this.forget(key, st);
      st = undefined;
    }
    if (!pod || !pod.spec?.nodeName) return;
    const node = this.ctx.store.get('Node', undefined, pod.spec.nodeName);
    if (!node) return;
    const now = this.ctx.clock.now();
    if (!st) st = this.sandbox(key, pod, node);
    if (pod.metadata?.deletionTimestamp) {
      this.terminate(key, pod, st);
      return;
    }
    if (!st.started && !st.pullFailed && now >= st.startAt) this.start(pod, st);
    if (st.pullFailed && st.pullBackoffAt !== undefined && now >= st.pullBackoffAt) {
      for (const c of pod.spec.containers) {
        if (!lookupImage(c.image ?? '')) {
          this.event(pod, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`, c.name);
          this.event(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', c.name);
        }
      }
      st.pullBackoffAt = undefined;
    }
    if (st.started) this.runLifecycles(pod, st);
    if (st.started) this.runProbes(pod, st);
    this.writeStatus(pod, st);
  }

  private forget(key: string, st: PodRuntime): void {
    if (st.ip !== st.hostIP) this.ipam.get(st.node)?.release(st.ip);
    this.pods.delete(key);
  }

  private event(pod: Pod, type: 'Normal' | 'Warning', reason: string, message: string, container?: string): void {
    this.ctx.events.record(pod, type, reason, message, 'kubelet', { host: pod.spec!.nodeName, fieldPath: container ? `spec.containers{${container}}` : undefined });
  }

  private sandbox(key: string, pod: Pod, node: Readonly<Node>): PodRuntime {
    const now = this.ctx.clock.now();
    const hostIP = (node.status?.addresses ?? []).find((a) => a.type === 'InternalIP')?.address ?? '';
    const ip = pod.spec!.hostNetwork ? hostIP : this.ipamFor(node).allocate();
    const st: PodRuntime = {
      uid: pod.metadata!.uid!,
      node: node.metadata!.name!,
      ip,
      hostIP,
      createdAt: now,
      startAt: now + CONTAINER_START_SECONDS * 1000,
      started: false,
      pullFailed: false,
      containers: new Map(),
      madeFiles: new Map(),
      killing: false,
    };
    this.pods.set(key, st);
    const pulled = this.pulledOn(st.node);
    for (const c of pod.spec!.containers) {
      const ref = normalizeImageRef(c.image ?? '');
      if (c.imagePullPolicy === 'Always' || !pulled.has(ref)) this.event(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`, c.name);
    }
    this.ctx.wakeAt(st.startAt, this.name, key);
    return st;
  }

  private pulledOn(node: string): Set<string> {
    let s = this.pulled.get(node);
    if (!s) this.pulled.set(node, (s = new Set()));
    return s;
  }

  private start(pod: Pod, st: PodRuntime): void {
    const now = this.ctx.clock.now();
    const pulled = this.pulledOn(st.node);
    const images = pod.spec!.containers.map((c) => lookupImage(c.image ?? ''));
    const missing = pod.spec!.containers.filter((_, i) => !images[i]);
    for (const c of missing) {
      const ref = normalizeImageRef(c.image ?? '');
      const repo = ref.replace(/:[^:/]+$/, '');
      const msg = `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
      this.event(pod, 'Warning', 'Failed', `Failed to pull image "${c.image}": ${msg}`, c.name);
      this.event(pod, 'Warning', 'Failed', 'Error: ErrImagePull', c.name);
      void repo;
    }
    if (missing.length) {
      st.pullFailed = true;
      st.pullBackoffAt = now + PULL_BACKOFF_SECONDS * 1000;
      this.ctx.wakeAt(st.pullBackoffAt, this.name, `${pod.metadata!.namespace}/${pod.metadata!.name}`);
      return;
    }
    const services = this.visibleServices(pod);
    pod.spec!.containers.forEach((c, i) => {
      const image = images[i]!;
      const ref = normalizeImageRef(c.image ?? '');
      if (c.imagePullPolicy === 'Always' || !pulled.has(ref)) {
        const ms = this.ctx.rng.int(450, 2400);
        // Go's time.Duration text, truncated to milliseconds as kubelet does: 676ms, 2.09s.
        const took = ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
        this.event(pod, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${took} (${took} including waiting). Image size: ${image.sizeBytes} bytes.`, c.name);
        pulled.add(ref);
      } else {
        this.event(pod, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, c.name);
      }
      this.event(pod, 'Normal', 'Created', `Created container ${c.name}`, c.name);
      this.event(pod, 'Normal', 'Started', `Started container ${c.name}`, c.name);
      // Stored objects are immutable snapshots, so keeping references to the services that
      // exist now and expanding them on first use is the same as copying them now — and
      // 10,000 pods × 100 services stay cheap.
      let env: Record<string, string> | undefined;
      const podName = pod.metadata!.name!;
      const resolved = Object.fromEntries((c.env ?? []).filter((e) => e.valueFrom).map((e) => [e.name, this.valueFrom(pod, c, e.name, st)]));
      const token = this.mountsToken(pod) ? hex(this.ctx.rng, 86) : undefined;
      st.madeFiles.set(c.name, { at: now, token });
      const cr: ContainerRuntime = {
        name: c.name,
        image,
        fs: this.filesystem(pod, image, st, now, token),
        get env() {
          return (env ??= containerEnvironment({ podName, container: c, image, services, resolveValueFrom: (n) => resolved[n] }));
        },
        log: image.startLog,
        startedAt: now,
        containerID: `containerd://${hex(this.ctx.rng, 64)}`,
        ready: !c.readinessProbe,
        restartCount: 0,
      };
      this.scheduleExit(pod, c, cr, now);
      if (c.readinessProbe) {
        cr.probe = { successes: 0, failures: 0, nextAt: now + (c.readinessProbe.initialDelaySeconds ?? 0) * 1000 };
        if (cr.probe.nextAt > now) this.ctx.wakeAt(cr.probe.nextAt, this.name, `${pod.metadata!.namespace}/${pod.metadata!.name}`);
      }
      st.containers.set(c.name, cr);
    });
    st.started = true;
  }

  /** fieldRef env (`status.podIP`, `metadata.name`, …) resolved at start. */
  private valueFrom(pod: Pod, c: Container, name: string, st: PodRuntime): string | undefined {
    const e = (c.env ?? []).find((x) => x.name === name);
    const path = e?.valueFrom?.fieldRef?.fieldPath;
    switch (path) {
      case 'metadata.name':
        return pod.metadata!.name;
      case 'metadata.namespace':
        return pod.metadata!.namespace;
      case 'metadata.uid':
        return pod.metadata!.uid;
      case 'spec.nodeName':
        return pod.spec!.nodeName;
      case 'spec.serviceAccountName':
        return pod.spec!.serviceAccountName;
      case 'status.podIP':
        return st.ip;
      case 'status.hostIP':
        return st.hostIP;
    }
    if (path?.startsWith('metadata.labels[')) return pod.metadata?.labels?.[path.slice(17, -2)];
    return undefined;
  }

  private visibleServices(pod: Pod): Readonly<Service>[] {
    const ns = pod.metadata!.namespace!;
    const out: Readonly<Service>[] = [];
    if (pod.spec!.enableServiceLinks !== false) out.push(...this.ctx.store.list('Service', ns));
    const k = this.ctx.store.get('Service', 'default', 'kubernetes');
    if (k && !out.includes(k)) out.push(k);
    return out;
  }

  private mountsToken(pod: Readonly<Pod>): boolean {
    return pod.spec!.automountServiceAccountToken !== false && !pod.spec!.hostNetwork;
  }

  /** A container's files at start (`at`): the image's, then what kubelet mounts. */
  private filesystem(pod: Readonly<Pod>, image: ImageSpec, st: PodRuntime, at: number, token: string | undefined): InMemoryFs {
    const mtime = new Date(at);
    const fs = new InMemoryFs();
    const put = (path: string, content: string) => fs.writeFileSync(path, content, undefined, { mtime });
    for (const [path, content] of Object.entries(image.files)) put(path, content);
    for (const d of ['/tmp', '/root', '/var', '/usr/bin', '/bin', '/proc', '/dev', '/home']) fs.mkdirSync(d, { recursive: true });
    const name = pod.metadata!.name!;
    const ns = pod.metadata!.namespace!;
    put('/etc/hostname', `${pod.spec!.hostname ?? name}\n`);
    let hosts = '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
    if (!pod.spec!.hostNetwork) {
      const fqdn = pod.spec!.hostname && pod.spec!.subdomain ? `${pod.spec!.hostname}.${pod.spec!.subdomain}.${ns}.svc.cluster.local\t${pod.spec!.hostname}` : name;
      hosts += `${st.ip}\t${fqdn}\n`;
    }
    const aliases = pod.spec!.hostAliases ?? [];
    if (aliases.length) {
      hosts += '\n# Entries added by HostAliases.\n';
      for (const a of aliases) hosts += `${a.ip}\t${(a.hostnames ?? []).join('\t')}\n`;
    }
    put('/etc/hosts', hosts);
    put('/etc/resolv.conf', this.resolvConf(pod));
    if (token !== undefined) {
      const dir = '/var/run/secrets/kubernetes.io/serviceaccount';
      put(`${dir}/namespace`, ns);
      put(`${dir}/token`, `eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.${Buffer.from(JSON.stringify({ sub: `system:serviceaccount:${ns}:${pod.spec!.serviceAccountName ?? 'default'}` })).toString('base64url')}.${token}`);
      put(`${dir}/ca.crt`, '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIKubetourCAwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE\nAxMKa3ViZXJuZXRlczAeFw0yNjExMTQwOTAwMDBaFw0zNjExMTIwOTAwMDBaMBUx\n-----END CERTIFICATE-----\n');
    }
    // Directories made along the way got the host's clock; the image's files all date from
    // the container's start, so `ls -l` is the same on every run.
    for (const entry of (fs as unknown as { data: Map<string, { mtime?: Date }> }).data.values()) entry.mtime = mtime;
    return fs;
  }

  /** §4.1: search, nameserver, options — in that order. */
  private resolvConf(pod: Readonly<Pod>): string {
    const ns = pod.metadata!.namespace!;
    const policy = pod.spec!.dnsPolicy ?? 'ClusterFirst';
    if (policy === 'Default' || (pod.spec!.hostNetwork && policy === 'ClusterFirst')) return 'nameserver 172.18.0.1\noptions edns0 trust-ad ndots:0\n';
    let search = [`${ns}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'];
    let servers = ['10.96.0.10'];
    let options = [{ name: 'ndots', value: '5' }] as { name?: string; value?: string }[];
    if (policy === 'None') {
      search = [];
      servers = [];
      options = [];
    }
    const cfg = pod.spec!.dnsConfig;
    if (cfg) {
      servers = [...servers, ...(cfg.nameservers ?? [])];
      search = [...new Set([...search, ...(cfg.searches ?? [])])];
      for (const o of cfg.options ?? []) {
        const i = options.findIndex((x) => x.name === o.name);
        if (i >= 0) options[i] = o;
        else options.push(o);
      }
    }
    let out = '';
    if (search.length) out += `search ${search.join(' ')}\n`;
    for (const s of servers) out += `nameserver ${s}\n`;
    if (options.length) out += `options ${options.map((o) => (o.value !== undefined ? `${o.name}:${o.value}` : o.name)).join(' ')}\n`;
    return out;
  }

  private scheduleExit(pod: Pod, c: Container, cr: ContainerRuntime, now: number): void {
    const exit = containerLifetime(c, cr.image);
    cr.exitAt = exit ? now + exit.after * 1000 : undefined;
    cr.exitCode = exit?.exitCode;
    if (cr.exitAt !== undefined && cr.exitAt > now) this.ctx.wakeAt(cr.exitAt, this.name, `${pod.metadata!.namespace}/${pod.metadata!.name}`);
  }

  /** Containers that exit on their own, and their restarts under the pod's restartPolicy. */
  private runLifecycles(pod: Pod, st: PodRuntime): void {
    const now = this.ctx.clock.now();
    const key = `${pod.metadata!.namespace}/${pod.metadata!.name}`;
    const policy = pod.spec!.restartPolicy ?? 'Always';
    for (const c of pod.spec!.containers) {
      const cr = st.containers.get(c.name);
      if (!cr) continue;
      if (!cr.terminated && cr.exitAt !== undefined && cr.exitAt <= now) {
        const code = cr.exitCode ?? 0;
        cr.terminated = { exitCode: code, reason: code === 0 ? 'Completed' : 'Error', startedAt: cr.startedAt, finishedAt: now };
        cr.ready = false;
        cr.exitAt = undefined;
        if (policy === 'Always' || (policy === 'OnFailure' && code !== 0)) {
          const wait = restartBackoffSeconds(cr.restartCount + 1);
          cr.restartAt = now + wait * 1000;
          if (cr.restartCount > 0) this.event(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${pod.metadata!.name}_${pod.metadata!.namespace}(${pod.metadata!.uid})`, c.name);
          this.ctx.wakeAt(cr.restartAt, this.name, key);
        }
      } else if (cr.terminated && cr.restartAt !== undefined && cr.restartAt <= now) {
        cr.lastTerminated = cr.terminated;
        cr.terminated = undefined;
        cr.restartAt = undefined;
        cr.restartCount++;
        cr.startedAt = now;
        cr.containerID = `containerd://${hex(this.ctx.rng, 64)}`;
        cr.ready = !c.readinessProbe;
        if (cr.probe) cr.probe = { successes: 0, failures: 0, nextAt: now + (c.readinessProbe?.initialDelaySeconds ?? 0) * 1000 };
        this.event(pod, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, c.name);
        this.event(pod, 'Normal', 'Created', `Created container ${c.name}`, c.name);
        this.event(pod, 'Normal', 'Started', `Started container ${c.name}`, c.name);
        this.scheduleExit(pod, c, cr, now);
        if (cr.exitAt !== undefined && cr.exitAt <= now) this.ctx.wakeAt(now, this.name, key);
      }
    }
  }

  private runProbes(pod: Pod, st: PodRuntime): void {
    const now = this.ctx.clock.now();
    const key = `${pod.metadata!.namespace}/${pod.metadata!.name}`;
    for (const c of pod.spec!.containers) {
      const cr = st.containers.get(c.name);
      const probe = c.readinessProbe;
      if (!cr?.probe || !probe || cr.terminated) continue;
      if (cr.probe.nextAt > now) continue;
      const result = this.probeOnce(pod, c, cr, st);
      if (result.ok) {
        cr.probe.successes++;
        cr.probe.failures = 0;
        if (cr.probe.successes >= (probe.successThreshold ?? 1)) cr.ready = true;
      } else {
        cr.probe.failures++;
        cr.probe.successes = 0;
        if (cr.probe.failures >= (probe.failureThreshold ?? 3)) cr.ready = false;
        this.event(pod, 'Warning', 'Unhealthy', `Readiness probe failed: ${result.message}`, c.name);
      }
      cr.probe.nextAt = now + (probe.periodSeconds ?? 10) * 1000;
      // httpGet/tcpSocket results depend only on what the image listens on, so a probe that
      // has made the container ready cannot change its mind: stop waking up for it (this is
      // what keeps twelve simulated days of system pods cheap). Exec probes read the
      // container's files, which `kubectl exec` may change at any time, and an httpGet the
      // data plane answers depends on the app's state.
      if (!probe.exec && !(probe.httpGet && this.httpProbe) && cr.ready) cr.probe.nextAt = Infinity;
      else this.ctx.wakeAt(cr.probe.nextAt, this.name, key);
    }
  }

  private probeOnce(pod: Pod, c: Container, cr: ContainerRuntime, st: PodRuntime): { ok: boolean; message: string } {
    const p = c.readinessProbe!;
    if (p.exec) {
      const r = runProbeCommand(cr.fs, p.exec.command ?? [], cr.image.commands);
      return { ok: r.exitCode === 0, message: r.output.replace(/\n$/, '') };
    }
    const resolve = (port: number | string | undefined): number | undefined =>
      typeof port === 'number' ? port : (c.ports ?? []).find((cp) => cp.name === port)?.containerPort;
    const host = st.ip;
    if (p.httpGet) {
      const port = resolve(p.httpGet.port);
      const scheme = (p.httpGet.scheme ?? 'HTTP').toLowerCase();
      const url = `${scheme}://${host}:${port ?? p.httpGet.port}${p.httpGet.path ?? '/'}`;
      if (port === undefined) return { ok: false, message: `strconv.Atoi: parsing "${p.httpGet.port}": invalid syntax` };
      if (!cr.image.listens.includes(port)) return { ok: false, message: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
      const answer = this.httpProbe?.({ namespace: pod.metadata!.namespace!, pod: pod.metadata!.name!, container: c.name, ip: host, port, path: p.httpGet.path ?? '/', scheme });
      // kubelet counts 200-399 as success (prober/http.go).
      if (answer && (answer.status < 200 || answer.status >= 400)) return { ok: false, message: `HTTP probe failed with statuscode: ${answer.status}` };
      return { ok: true, message: '' };
    }
    if (p.tcpSocket) {
      const port = resolve(p.tcpSocket.port);
      if (port !== undefined && cr.image.listens.includes(port)) return { ok: true, message: '' };
      return { ok: false, message: `dial tcp ${host}:${port ?? p.tcpSocket.port}: connect: connection refused` };
    }
    return { ok: true, message: '' };
  }

  private terminate(key: string, pod: Pod, st: PodRuntime): void {
    const now = this.ctx.clock.now();
    if (!st.killing) {
      st.killing = true;
      const due = Date.parse(pod.metadata!.deletionTimestamp!);
      const ignores = [...st.containers.values()].some((c) => c.image.ignoresSigterm);
      st.removeAt = !st.started ? now : ignores ? due : Math.min(due, now + 1000);
      for (const c of st.containers.values()) this.event(pod, 'Normal', 'Killing', `Stopping container ${c.name}`, c.name);
      if (st.removeAt > now) this.ctx.wakeAt(st.removeAt, this.name, key);
    }
    if (st.removeAt !== undefined && now >= st.removeAt) {
      this.ctx.store.delete('Pod', pod.metadata!.namespace, pod.metadata!.name!);
      this.forget(key, st);
    }
  }

  private writeStatus(pod: Pod, st: PodRuntime): void {
    const now = this.ctx.clock.iso();
    const old = pod.status ?? {};
    const prev = new Map((old.conditions ?? []).map((c) => [c.type, c]));
    const cond = (type: string, ok: boolean, extra: Partial<PodCondition> = {}): PodCondition => {
      const p = prev.get(type);
      const status = ok ? 'True' : 'False';
      return { type, status, lastProbeTime: null as unknown as string, lastTransitionTime: p && p.status === status ? p.lastTransitionTime : now, ...extra };
    };
    const containers = pod.spec!.containers;
    const unready = containers.filter((c) => !st.containers.get(c.name)?.ready).map((c) => c.name);
    const allReady = st.started && unready.length === 0;
    const notReady: Partial<PodCondition> = allReady ? {} : { reason: 'ContainersNotReady', message: `containers with unready status: [${unready.join(' ')}]` };
    const statuses: ContainerStatus[] = containers.map((c) => {
      const cr = st.containers.get(c.name);
      const ref = normalizeImageRef(c.image ?? '');
      const image = lookupImage(c.image ?? '');
      const base: ContainerStatus = { name: c.name, image: ref, imageID: '', ready: !!cr?.ready, restartCount: 0, started: !!cr, state: {}, lastState: {} };
      if (cr) {
        base.containerID = cr.containerID;
        base.imageID = `${ref.replace(/:[^:/]+$/, '')}@${cr.image.digest}`;
        base.restartCount = cr.restartCount;
        const term = (t: NonNullable<ContainerRuntime['terminated']>) => ({ terminated: { exitCode: t.exitCode, reason: t.reason, startedAt: isoAt(t.startedAt), finishedAt: isoAt(t.finishedAt), containerID: cr.containerID } });
        if (cr.lastTerminated) base.lastState = term(cr.lastTerminated);
        if (!cr.terminated) base.state = { running: { startedAt: isoAt(cr.startedAt) } };
        else if (cr.restartAt !== undefined) {
          base.lastState = term(cr.terminated);
          base.started = false;
          // The first exit shows its terminated state until the restart; later ones crash-loop.
          base.state = cr.restartCount === 0 ? term(cr.terminated) : { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${restartBackoffSeconds(cr.restartCount + 1)}s restarting failed container=${c.name} pod=${pod.metadata!.name}_${pod.metadata!.namespace}(${pod.metadata!.uid})` } };
        } else {
          base.started = false;
          base.state = term(cr.terminated);
        }
      } else if (st.pullFailed || !image) {
        const backoff = st.pullFailed && st.pullBackoffAt === undefined;
        base.state = st.pullFailed
          ? { waiting: backoff ? { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}"` } : { reason: 'ErrImagePull', message: `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed` } }
          : { waiting: { reason: 'ContainerCreating' } };
      } else {
        base.state = { waiting: { reason: 'ContainerCreating' } };
      }
      return base;
    });
    const crs = containers.map((c) => st.containers.get(c.name));
    const allDone = st.started && crs.every((cr) => cr?.terminated && cr.restartAt === undefined);
    const phase = !st.started ? 'Pending' : allDone ? (crs.every((cr) => cr!.terminated!.exitCode === 0) ? 'Succeeded' : 'Failed') : 'Running';
    if (allDone) {
      notReady.reason = 'PodCompleted';
      delete notReady.message;
    }
    const status: PodStatus = {
      phase,
      conditions: [
        cond('PodReadyToStartContainers', true),
        cond('Initialized', true),
        cond('Ready', allReady, notReady),
        cond('ContainersReady', allReady, notReady),
        prev.get('PodScheduled') ?? cond('PodScheduled', true),
      ],
      hostIP: st.hostIP,
      hostIPs: [{ ip: st.hostIP }],
      podIP: st.ip,
      podIPs: [{ ip: st.ip }],
      startTime: old.startTime ?? isoAt(st.createdAt),
      containerStatuses: statuses,
      qosClass: old.qosClass ?? 'BestEffort',
    };
    if (JSON.stringify(status) === JSON.stringify(old)) return;
    // The kubelet writes the status subresource: its managedFields entry says so.
    // Stored objects are frozen; sharing their unchanged parts with the new version is safe.
    this.ctx.store.update('Pod', withControllerWrite('Pod', { ...pod, status }, pod, { manager: 'kubelet', time: this.ctx.clock.iso(), subresource: 'status' }));
  }

  /**
   * Everything kubelets keep, as data (a saved cluster). A container's files are not saved
   * but made again on load from what made them; its environment is saved as computed.
   */
  save(): Encoded {
    const pods = [...this.pods].map(([key, st]) => {
      const containers = [...st.containers.values()].map(({ fs: _fs, image: _image, ...rest }) => rest);
      return [key, encodeState({ ...st, containers }, `kubelet.pods.get(${key})`)];
    });
    return { pods, ipam: encodeState(this.ipam, 'kubelet.ipam'), pulled: encodeState(this.pulled, 'kubelet.pulled') };
  }

  load(saved: Encoded): void {
    const s = saved as { pods: [string, Encoded][]; ipam: Encoded; pulled: Encoded };
    this.ipam = decodeState(s.ipam) as Map<string, PodIpAllocator>;
    this.pulled = decodeState(s.pulled) as Map<string, Set<string>>;
    this.pods = new Map();
    for (const [key, enc] of s.pods) {
      const { containers, ...rest } = decodeState(enc) as Omit<PodRuntime, 'containers'> & { containers: Omit<ContainerRuntime, 'fs' | 'image'>[] };
      const st: PodRuntime = { ...rest, containers: new Map() };
      const [ns, name] = splitKey(key);
      const pod = this.ctx.store.get('Pod', ns, name)!;
      for (const cr of containers) {
        const image = lookupImage(pod.spec!.containers.find((c) => c.name === cr.name)!.image ?? '')!;
        const made = st.madeFiles.get(cr.name)!;
        // Made when first used: most sessions look inside few containers, if any. Its inputs
        // are fixed (the pod's spec, the start time, the token), so later is the same as now.
        let fs: InMemoryFs | undefined;
        const filesystem = () => (fs ??= this.filesystem(pod, image, st, made.at, made.token));
        st.containers.set(cr.name, {
          ...cr,
          image,
          get fs() {
            return filesystem();
          },
        });
      }
      this.pods.set(key, st);
    }
  }

  /** Appends to a running container's log (the data plane logs requests here). */
  appendLog(ns: string, pod: string, line: string, container?: string): void {
    const c = this.container(ns, pod, container);
    if (c) c.log += line.endsWith('\n') ? line : `${line}\n`;
  }
}

function hex(rng: { int(a: number, b: number): number }, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += rng.int(0, 15).toString(16);
  return s;
}
