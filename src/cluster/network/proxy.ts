// kube-proxy in iptables mode (§7): a ClusterIP, NodePort or load-balancer address is not a
// machine but a rule that rewrites each new connection to one ready endpoint — chosen at
// random, or by client IP with sessionAffinity — with the policies that decide which
// endpoints count (externalTrafficPolicy, internalTrafficPolicy) and whether the source is
// masqueraded. Reads Services and Endpoints only, never pods' readiness.
import type { Endpoints, Service, ServicePort } from 'kubernetes-types/core/v1.js';
import type { Store } from '../store/store.js';
import type { Rng } from '../runtime/rng.js';
import { hop, type TraceEndpoint, type TraceHop } from './trace.js';

export interface ReadyEndpoint {
  ip: string;
  port: number;
  node?: string;
  pod?: string;
  namespace?: string;
}

export type ProxyDecision =
  | { kind: 'endpoint'; endpoint: ReadyEndpoint; reason: TraceEndpoint['reason'] }
  /** No ready endpoints at all: kube-proxy REJECTs → connection refused at once. */
  | { kind: 'reject' }
  /** Only non-local endpoints under a Local policy: DROP → the client times out. */
  | { kind: 'drop' };

const DEFAULT_AFFINITY_SECONDS = 10800;

/** The ready endpoints behind one service port (§6: addresses only, port found by the port's name). */
export function readyEndpoints(store: Store, svc: Readonly<Service>, svcPort: ServicePort): ReadyEndpoint[] {
  const ep: Readonly<Endpoints> | undefined = store.get('Endpoints', svc.metadata!.namespace, svc.metadata!.name!);
  const out: ReadyEndpoint[] = [];
  const single = (svc.spec?.ports?.length ?? 0) <= 1;
  for (const subset of ep?.subsets ?? []) {
    const p = (subset.ports ?? []).find((x) => (x.name ?? '') === (svcPort.name ?? '') && (x.protocol ?? 'TCP') === (svcPort.protocol ?? 'TCP')) ?? (single && subset.ports?.length === 1 ? subset.ports[0] : undefined);
    if (!p) continue;
    for (const a of subset.addresses ?? []) {
      out.push({ ip: a.ip, port: p.port, node: a.nodeName, pod: a.targetRef?.kind === 'Pod' ? a.targetRef.name : undefined, namespace: a.targetRef?.namespace ?? svc.metadata!.namespace });
    }
  }
  return out;
}

interface Sticky {
  endpoint: string;
  lastSeenMs: number;
}

export class KubeProxy {
  private affinity = new Map<string, Sticky>();

  constructor(
    private readonly store: Store,
    private readonly rng: Rng,
  ) {}

  /**
   * Chooses the endpoint for a new connection to a service port.
   * `localNode`: only endpoints on this node count (ETP/ITP Local).
   */
  choose(svc: Readonly<Service>, svcPort: ServicePort, clientIp: string, nowMs: number, hops: TraceHop[], localNode?: string): ProxyDecision {
    const all = readyEndpoints(this.store, svc, svcPort);
    const id = `${svc.metadata!.namespace}/${svc.metadata!.name}`;
    if (all.length === 0) {
      hops.push(hop('reject', 'noEndpoints', { service: `${id}:${svcPort.port}` }));
      return { kind: 'reject' };
    }
    const eligible = localNode ? all.filter((e) => e.node === localNode) : all;
    if (eligible.length === 0) {
      hops.push(hop('drop', 'noLocalEndpoints', { service: `${id}:${svcPort.port}`, node: localNode ?? '' }));
      return { kind: 'drop' };
    }
    const manual = eligible.every((e) => !e.pod);
    if (svc.spec?.sessionAffinity === 'ClientIP') {
      const timeout = svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_SECONDS;
      const key = `${svc.metadata!.uid ?? id}|${svcPort.port}|${clientIp}`;
      const sticky = this.affinity.get(key);
      const prev = sticky && nowMs - sticky.lastSeenMs <= timeout * 1000 ? eligible.find((e) => `${e.ip}:${e.port}` === sticky.endpoint) : undefined;
      if (prev) {
        sticky!.lastSeenMs = nowMs;
        hops.push(hop('endpoint', 'affinityStays', { client: clientIp, addr: `${prev.ip}:${prev.port}`, timeout }));
        return { kind: 'endpoint', endpoint: prev, reason: 'affinity' };
      }
      const e = this.pick(eligible, hops, localNode);
      this.affinity.set(key, { endpoint: `${e.ip}:${e.port}`, lastSeenMs: nowMs });
      hops.push(hop('endpoint', 'affinityPinned', { client: clientIp, addr: `${e.ip}:${e.port}`, timeout }));
      return { kind: 'endpoint', endpoint: e, reason: manual ? 'manual' : localNode ? 'local-only' : 'random' };
    }
    const e = this.pick(eligible, hops, localNode);
    return { kind: 'endpoint', endpoint: e, reason: manual ? 'manual' : localNode ? 'local-only' : 'random' };
  }

  private pick(eligible: ReadyEndpoint[], hops: TraceHop[], localNode?: string): ReadyEndpoint {
    const i = eligible.length === 1 ? 0 : this.rng.int(0, eligible.length - 1);
    const e = eligible[i];
    const picked = { addr: `${e.ip}:${e.port}`, pod: e.pod ?? e.ip, count: eligible.length };
    hops.push(localNode ? hop('endpoint', 'pickedLocal', { ...picked, node: localNode }) : hop('endpoint', 'picked', picked));
    return e;
  }
}

/** The service port a connection to `port` on a ClusterIP / LB IP means, or on a node, the NodePort. */
export function servicePortFor(svc: Readonly<Service>, port: number, by: 'port' | 'nodePort'): ServicePort | undefined {
  return svc.spec?.ports?.find((p) => (by === 'port' ? p.port === port : p.nodePort === port) && (p.protocol ?? 'TCP') === 'TCP');
}
