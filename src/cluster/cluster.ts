// The simulated cluster: an API server in front of the store, controllers that reconcile
// until quiet after every change, and the virtual clock that drives delayed work
// (containers starting, probes, load balancers). Pure TypeScript; no I/O.
//
// CONTRACT (shared by the shell, data plane and tutor). The cluster-core owner implements
// the bodies; signatures change only with a note to the other owners.
import { CONTROL_PLANE_IP } from './scenarios/system.js';
import { KubernetesServiceController } from './controllers/kubernetes-service.js';
import type { IFileSystem } from 'just-bash';
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { AnyObject, Kind, KindMap } from './api/kinds.js';
import { Store } from './store/store.js';
import { Clock, EPOCH_MS } from './runtime/clock.js';
import { Rng } from './runtime/rng.js';
import { TimerQueue } from './runtime/timers.js';
import { ClusterIpAllocator, NodePortAllocator } from './runtime/allocators.js';
import { PodIndex } from './store/pod-index.js';
import { ApiServerImpl } from './api/server.js';
import { parseSelector, type Selector } from './api/selector.js';
import { ControllerManager } from './controllers/manager.js';
import { EventRecorder } from './controllers/events.js';
import type { ControllerContext } from './controllers/context.js';
import { Scheduler } from './controllers/scheduler.js';
import { Kubelet, type ContainerRuntime, type HttpProbeHook } from './controllers/kubelet.js';
import { ReplicationManager } from './controllers/replication.js';
import { DeploymentController } from './controllers/deployment.js';
import { EndpointsController } from './controllers/endpoints.js';
import { EndpointSliceController } from './controllers/endpoint-slices.js';
import { ServiceAccountController } from './controllers/service-accounts.js';
import { NodeLeaseController } from './controllers/node-leases.js';
import { LoadBalancerController } from './controllers/load-balancer.js';
import { IngressStatusController } from './controllers/ingress.js';
import { GarbageCollector, NamespaceController } from './controllers/garbage-collector.js';
import { buildScenario, SCENARIO_START_MS } from './scenarios/index.js';
import type { ServerDeps } from './api/server.js';
import type { SavedStore } from './store/store.js';
import type { SavedTimer, TimerMemo } from './runtime/timers.js';
import { decodeState, encodeState, loadFields, saveFields, UnsavableStateError, type Encoded } from './runtime/state-codec.js';

export interface ClusterOptions {
  seed: number;
  /** 'kubia' (default), 'empty', or 'scaled' (benchmark: 1,000 services, 10,000 pods). */
  scenario?: string;
  /**
   * The moment the session starts (ms; default EPOCH_MS). `kubetour serve` starts at the wall
   * clock, since a real kubectl ages objects with its own clock.
   */
  startMs?: number;
  /**
   * The same cluster saved before (`Cluster.save()` right after `create` with these options):
   * restored instead of built, which is much faster. Ignored when made for other options.
   */
  saved?: SavedCluster;
}

/**
 * A cluster right after `create`, as JSON: the options that made it, the store, the clock,
 * the pending timers and every part's private state. Restoring it gives a cluster that
 * behaves as the one saved, command for command (test/cluster/saved-cluster.test.ts).
 */
export interface SavedCluster {
  format: typeof SAVED_FORMAT;
  made: { seed: number; scenario: string; startMs: number };
  epochMs: number;
  clock: number;
  store: SavedStore;
  timers: { timers: SavedTimer[]; seq: number };
  /** The random stream the controllers share. */
  controllerRng: Encoded;
  /** The API server's random streams and allocators. */
  server: Record<string, Encoded>;
  events: Record<string, Encoded>;
  /** Each controller's state, by controller name. */
  controllers: Record<string, Encoded>;
}

const SAVED_FORMAT = 1;

/** A part that saves and loads its own state (instead of its fields as they are). */
interface SavesItself {
  save(): Encoded;
  load(saved: Encoded): void;
}

function savesItself(c: object): c is SavesItself {
  return typeof (c as Partial<SavesItself>).save === 'function' && typeof (c as Partial<SavesItself>).load === 'function';
}

export interface WriteOptions {
  /** `--dry-run=server|client`: validate and default, but store nothing. */
  dryRun?: boolean;
  /** Who writes (`?fieldManager=`): recorded in metadata.managedFields. */
  fieldManager?: string;
  /** `Apply` for server-side apply; otherwise `Update`. */
  operation?: 'Update' | 'Apply';
  /** Server-side apply: the configuration as applied (what its manager owns). */
  applied?: unknown;
}

/** Extra options of `delete` (additive to the contract). */
export interface DeleteOptions extends WriteOptions {
  gracePeriodSeconds?: number;
  /** `--cascade=orphan` → 'Orphan'; default 'Background'. */
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
}

export interface ApiServer {
  /**
   * Creates an object from decoded YAML/JSON (unknown shape). Checks the apiVersion/kind is
   * served (`no matches for kind …`), strict-decodes (unknown fields → BadRequest), defaults,
   * validates (§5 messages), allocates ClusterIP/NodePorts. Throws ApiError.
   */
  create(obj: unknown, opts?: WriteOptions): AnyObject;
  /** Replaces an existing object (same validation; immutable fields enforced). Throws ApiError. */
  update(obj: unknown, opts?: WriteOptions): AnyObject;
  /** Deletes; pods go Terminating and disappear after their grace period. Throws ApiError. */
  delete(kind: Kind, namespace: string | undefined, name: string, opts?: DeleteOptions): AnyObject;
  get<K extends Kind>(kind: K, namespace: string | undefined, name: string): Readonly<KindMap[K]>;
  list<K extends Kind>(kind: K, namespace?: string, labelSelector?: string): Readonly<KindMap[K]>[];
}

export class Cluster {
  readonly store: Store;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly api: ApiServer;
  /** Seed the cluster was created with. */
  readonly seed: number;
  /** Pods by namespace/labels/owner/node (fast selection for the data plane and kubectl). */
  readonly pods: PodIndex;
  private readonly timers = new TimerQueue();
  private readonly manager: ControllerManager;
  private readonly events: EventRecorder;
  private readonly kubelet: Kubelet;
  private readonly ingress: IngressStatusController;
  private readonly nodeLeases: NodeLeaseController;
  private readonly server: ApiServerImpl;
  private readonly serverDeps: ServerDeps;
  private readonly ctx: ControllerContext;

  /** The moment the session started (the scenario's objects are older). */
  readonly epochMs: number;

  private constructor(seed: number, startMs: number, epochMs: number) {
    this.epochMs = epochMs;
    this.seed = seed;
    this.store = new Store();
    this.clock = new Clock(startMs);
    this.rng = new Rng(seed);
    this.pods = new PodIndex(this.store);
    this.serverDeps = {
      store: this.store,
      clock: this.clock,
      uidRng: this.rng.fork('uid'),
      nameRng: this.rng.fork('names'),
      clusterIps: new ClusterIpAllocator(this.rng.fork('cluster-ip')),
      nodePorts: new NodePortAllocator(this.rng.fork('node-port')),
      pods: this.pods,
    };
    this.server = new ApiServerImpl(this.serverDeps);
    this.api = this.server;
    this.events = new EventRecorder(this.store, this.clock, this.timers, this.rng.fork('events'));
    this.events.expiresUnseenBefore = epochMs;
    this.manager = new ControllerManager(this.store);
    const ctx: ControllerContext = (this.ctx = {
      store: this.store,
      clock: this.clock,
      timers: this.timers,
      api: this.server,
      events: this.events,
      pods: this.pods,
      rng: this.rng.fork('controllers'),
      wakeAt: (at, name, key) => {
        if (at <= this.clock.now()) this.manager.enqueue(name, key);
        else this.timers.schedule(at, () => this.manager.enqueue(name, key), { wake: name, key });
      },
    });
    this.kubelet = new Kubelet(ctx);
    this.ingress = new IngressStatusController(ctx);
    this.nodeLeases = new NodeLeaseController(ctx);
    for (const c of [
      new GarbageCollector(ctx),
      new NamespaceController(ctx),
      new ServiceAccountController(ctx),
      new DeploymentController(ctx),
      new ReplicationManager(ctx, 'ReplicaSet'),
      new ReplicationManager(ctx, 'ReplicationController'),
      new Scheduler(ctx),
      this.kubelet,
      new EndpointsController(ctx),
      new EndpointSliceController(ctx),
      new LoadBalancerController(ctx),
      this.ingress,
      new KubernetesServiceController(ctx, CONTROL_PLANE_IP),
      this.nodeLeases,
    ]) {
      this.manager.add(c);
    }
  }

  static create(opts: ClusterOptions): Cluster {
    const epoch = opts.startMs ?? EPOCH_MS;
    const saved = opts.saved;
    if (saved?.format === SAVED_FORMAT && saved.made.seed === opts.seed && saved.made.scenario === (opts.scenario ?? 'kubia') && saved.made.startMs === epoch) {
      return Cluster.restore(saved);
    }
    const c = new Cluster(opts.seed, SCENARIO_START_MS - EPOCH_MS + epoch, epoch);
    buildScenario(c, opts.scenario ?? 'kubia');
    if (c.clock.now() < epoch) c.advance((epoch - c.clock.now()) / 1000);
    c.heartbeatNodes();
    c.nodeLeases.start();
    c.settle();
    return c;
  }

  /**
   * This cluster as data, to be restored by `create` with the same options. Only a cluster
   * at rest can be saved (no work queued); a part whose state cannot be saved throws an
   * UnsavableStateError naming it.
   */
  save(made: SavedCluster['made']): SavedCluster {
    if (!this.manager.idle) throw new UnsavableStateError('the controllers have work queued');
    const timers = this.timers.save();
    if (!timers) throw new UnsavableStateError('a pending timer does not say what it does');
    const shared = this.sharedMachinery();
    const controllers: Record<string, Encoded> = {};
    for (const c of this.manager.parts) controllers[c.name] = savesItself(c) ? c.save() : saveFields(c, shared, c.name);
    return {
      format: SAVED_FORMAT,
      made,
      epochMs: this.epochMs,
      clock: this.clock.now(),
      store: this.store.save(),
      timers,
      controllerRng: encodeState(this.ctx.rng, 'controllers.rng'),
      server: saveFields(this.serverDeps, shared, 'server'),
      events: saveFields(this.events, shared, 'events'),
      controllers,
    };
  }

  private static restore(saved: SavedCluster): Cluster {
    const c = new Cluster(saved.made.seed, saved.clock, saved.epochMs);
    c.store.load(saved.store);
    c.pods.reindex();
    c.timers.load(saved.timers, (memo) => c.timerWork(memo));
    decodeState(saved.controllerRng, c.ctx.rng);
    loadFields(c.serverDeps, saved.server);
    loadFields(c.events, saved.events);
    for (const part of c.manager.parts) {
      const s = saved.controllers[part.name];
      if (s === undefined) throw new Error(`the saved cluster has no state for ${part.name}`);
      if (savesItself(part)) part.load(s);
      else loadFields(part, s as Record<string, Encoded>);
    }
    return c;
  }

  /** What a restored timer does. */
  private timerWork(memo: TimerMemo): () => void {
    if ('wake' in memo) return () => this.manager.enqueue(memo.wake, memo.key);
    return this.events.expiry(memo.namespace, memo.expireEvent);
  }

  /** What every part was built with and a fresh cluster has too: never saved. */
  private sharedMachinery(): Set<unknown> {
    return new Set<unknown>([this.ctx, ...Object.values(this.ctx), this.store, this.clock, this.timers, this.pods, this.server, this.events, this.manager]);
  }

  /**
   * Kubelets post node status every 10 s; rather than simulate twelve days of heartbeats,
   * the scenario stamps a recent one when it is done (describe node shows it).
   */
  private heartbeatNodes(): void {
    const at = this.clock.iso(-7);
    for (const n of this.store.list('Node')) {
      const next = structuredClone(n) as { status?: { conditions?: { lastHeartbeatTime?: string }[] } };
      for (const cond of next.status?.conditions ?? []) cond.lastHeartbeatTime = at;
      this.store.update('Node', next as never);
    }
  }

  /** Runs controllers until no work is left (iteration cap → throws a bug report). */
  settle(): void {
    this.manager.settle();
  }

  /** Moves the virtual clock forward, firing due timers in order and settling after each. */
  advance(seconds: number): void {
    const target = this.clock.now() + Math.max(0, seconds) * 1000;
    this.settle();
    for (;;) {
      const at = this.timers.peek();
      if (at === undefined || at > target) break;
      if (at > this.clock.now()) this.clock.set(at);
      const fire = this.timers.popDue(this.clock.now());
      fire?.();
      this.settle();
    }
    this.clock.set(target);
    this.settle();
  }

  /** Time of the next pending timer (ms), e.g. for `kubectl get -w` to know when to look again. */
  nextWakeup(): number | undefined {
    return this.timers.peek();
  }

  /** The running container (first unless named): image, fs, env, log, readiness. */
  container(namespace: string, pod: string, container?: string): Readonly<ContainerRuntime> | undefined {
    return this.kubelet.container(namespace, pod, container);
  }

  /** The running container's filesystem (first container unless named); undefined if not started. */
  containerFs(namespace: string, pod: string, container?: string): IFileSystem | undefined {
    return this.kubelet.container(namespace, pod, container)?.fs;
  }

  /** The container's environment as snapshotted at start (image ENV, HOSTNAME, service vars, spec env). */
  containerEnv(namespace: string, pod: string, container?: string): Record<string, string> | undefined {
    const env = this.kubelet.container(namespace, pod, container)?.env;
    return env ? { ...env } : undefined;
  }

  /** The container's log so far (`kubectl logs`). */
  logs(namespace: string, pod: string, container?: string): string {
    return this.kubelet.container(namespace, pod, container)?.log ?? '';
  }

  appendLog(namespace: string, pod: string, line: string, container?: string): void {
    this.kubelet.appendLog(namespace, pod, line, container);
  }

  /** Records a core/v1 Event (deduplicated into count/lastTimestamp like the real recorder). */
  recordEvent(involved: AnyObject, type: 'Normal' | 'Warning', reason: string, message: string, source: string): void {
    this.events.record(involved, type, reason, message, source);
  }

  /** Pods of a namespace matching a selector (string form or parsed), sorted by name. */
  selectPods(namespace: string, selector: string | Selector): Readonly<Pod>[] {
    return this.pods.select(namespace, typeof selector === 'string' ? parseSelector(selector) : selector);
  }

  /**
   * Lets the data plane answer readiness httpGet probes with the app's real status (e.g.
   * kubia-unhealthy's 500s). Without it, a probe succeeds iff the image listens on the port.
   */
  setHttpProbeHook(hook: HttpProbeHook | undefined): void {
    this.kubelet.httpProbe = hook;
  }

  /** The ingress controller's public address (its LoadBalancer IP), once provisioned. */
  ingressAddress(): string | undefined {
    return this.ingress.address();
  }
}
