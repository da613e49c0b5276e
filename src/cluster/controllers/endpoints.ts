// The Endpoints controller (§6): for every service with a selector, one Endpoints object of
// the same name listing matching pods — ready ones under `addresses`, the rest under
// `notReadyAddresses` — with named targetPorts resolved per pod, subsets repacked by port
// set and addresses sorted by IP text. A pod change only touches the services whose
// selectors can match it (a label-pair index), so work follows the change, not the cluster.
import type { EndpointAddress, EndpointPort, EndpointSubset, Endpoints, Pod, Service, ServicePort } from 'kubernetes-types/core/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import { isPodReady, splitKey, type ControllerContext } from './context.js';
import { selectorFromMap } from '../api/selector.js';
import { uuid } from '../runtime/allocators.js';
import { withControllerWrite } from '../api/managed-fields.js';

export const HEADLESS_LABEL = 'service.kubernetes.io/headless';
export const TRIGGER_ANNOTATION = 'endpoints.kubernetes.io/last-change-trigger-time';

/** FindPort: the container port a service port reaches on this pod, if any. */
export function resolveTargetPort(pod: Readonly<Pod>, sp: Readonly<ServicePort>): number | undefined {
  const tp = sp.targetPort ?? sp.port;
  if (typeof tp === 'number') return tp;
  const proto = sp.protocol ?? 'TCP';
  for (const c of pod.spec?.containers ?? []) {
    for (const cp of c.ports ?? []) if (cp.name === tp && (cp.protocol ?? 'TCP') === proto) return cp.containerPort;
  }
  return undefined;
}

/** Sorting by IP as text, as LessEndpointAddress does. */
function byIp(a: EndpointAddress, b: EndpointAddress): number {
  return a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0;
}

/** Computes the subsets for a service from its pods (pure; tested on its own). */
export function computeSubsets(svc: Readonly<Service>, pods: readonly Readonly<Pod>[]): EndpointSubset[] {
  const publishNotReady = !!svc.spec?.publishNotReadyAddresses;
  const groups = new Map<string, { ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }>();
  for (const pod of pods) {
    const ip = pod.status?.podIP;
    if (!ip) continue;
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') continue;
    if (pod.metadata?.deletionTimestamp && !publishNotReady) continue;
    const ports: EndpointPort[] = [];
    for (const sp of svc.spec?.ports ?? []) {
      const port = resolveTargetPort(pod, sp);
      if (port === undefined) continue;
      const ep: EndpointPort = { port, protocol: sp.protocol ?? 'TCP' };
      if (sp.name) ep.name = sp.name;
      if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
      ports.push(ep);
    }
    if ((svc.spec?.ports ?? []).length > 0 && ports.length === 0) continue;
    const addr: EndpointAddress = { ip, nodeName: pod.spec?.nodeName, targetRef: { kind: 'Pod', namespace: pod.metadata!.namespace, name: pod.metadata!.name, uid: pod.metadata!.uid } };
    if (!addr.nodeName) delete addr.nodeName;
    if (pod.spec?.hostname && pod.spec.subdomain === svc.metadata?.name) addr.hostname = pod.spec.hostname;
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, ready: [], notReady: [] }));
    if (isPodReady(pod) || publishNotReady) g.ready.push(addr);
    else g.notReady.push(addr);
  }
  const subsets: EndpointSubset[] = [];
  for (const g of groups.values()) {
    const s: EndpointSubset = {};
    if (g.ready.length) s.addresses = g.ready.sort(byIp);
    if (g.notReady.length) s.notReadyAddresses = g.notReady.sort(byIp);
    if (g.ports.length) s.ports = g.ports;
    subsets.push(s);
  }
  const first = (s: EndpointSubset) => (s.addresses?.[0] ?? s.notReadyAddresses?.[0])?.ip ?? '';
  return subsets.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
}

export class EndpointsController implements Controller {
  readonly name = 'endpoints-controller';
  /** namespace → `key=value` → names of services whose selector contains that pair. */
  private byPair = new Map<string, Map<string, Set<string>>>();
  private selectors = new Map<string, Record<string, string>>();

  constructor(private ctx: ControllerContext) {}

  private indexService(svc: Readonly<Service> | undefined, add: boolean): void {
    if (!svc) return;
    const ns = svc.metadata!.namespace!;
    const name = svc.metadata!.name!;
    const key = `${ns}/${name}`;
    let m = this.byPair.get(ns);
    if (!m) this.byPair.set(ns, (m = new Map()));
    const sel = add ? svc.spec?.selector : this.selectors.get(key);
    for (const [k, v] of Object.entries(sel ?? {})) {
      const pk = `${k}=${v}`;
      let s = m.get(pk);
      if (add) {
        if (!s) m.set(pk, (s = new Set()));
        s.add(name);
      } else if (s) {
        s.delete(name);
        if (s.size === 0) m.delete(pk);
      }
    }
    if (add && svc.spec?.selector) this.selectors.set(key, { ...svc.spec.selector });
    else this.selectors.delete(key);
  }

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind === 'Service') {
      this.indexService(e.old as Service | undefined, false);
      if (e.type !== 'DELETED') this.indexService(e.object as Service, true);
      enqueue(`${e.object.metadata!.namespace}/${e.object.metadata!.name}`);
      return;
    }
    if (e.kind === 'Endpoints') {
      // Only deletions matter: a managed object removed by hand is recreated.
      if (e.type === 'DELETED') enqueue(`${e.object.metadata!.namespace}/${e.object.metadata!.name}`);
      return;
    }
    if (e.kind !== 'Pod') return;
    for (const p of [e.object as Pod, e.old as Pod | undefined]) {
      if (!p) continue;
      const ns = p.metadata!.namespace!;
      const m = this.byPair.get(ns);
      if (!m) continue;
      for (const [k, v] of Object.entries(p.metadata?.labels ?? {})) {
        for (const name of m.get(`${k}=${v}`) ?? []) {
          const sel = this.selectors.get(`${ns}/${name}`);
          if (sel && Object.entries(sel).every(([sk, sv]) => p.metadata?.labels?.[sk] === sv)) enqueue(`${ns}/${name}`);
        }
      }
    }
  }

  reconcile(key: string): void {
    const [ns, name] = splitKey(key);
    const svc = this.ctx.store.get('Service', ns, name);
    const existing = this.ctx.store.get('Endpoints', ns, name);
    if (!svc) {
      // Reached only after the service was deleted: its Endpoints go with it (even
      // hand-made ones of a selector-less service, as in the real controller).
      if (existing) this.ctx.store.delete('Endpoints', ns, name);
      return;
    }
    if (!svc.spec?.selector || Object.keys(svc.spec.selector).length === 0) return;
    if (svc.spec.type === 'ExternalName') return;
    const pods = this.ctx.pods.select(ns, selectorFromMap(svc.spec.selector));
    const subsets = computeSubsets(svc, pods);
    // endpoints_controller syncService: the service's labels, plus
    // service.kubernetes.io/headless="" when the service has no cluster IP.
    const headless = svc.spec.clusterIP === 'None' || !svc.spec.clusterIP;
    const merged = { ...(svc.metadata?.labels ?? {}), ...(headless ? { [HEADLESS_LABEL]: '' } : {}) };
    if (!headless) delete merged[HEADLESS_LABEL];
    const labels = Object.keys(merged).length ? merged : undefined;
    if (existing && JSON.stringify(existing.subsets ?? []) === JSON.stringify(subsets) && JSON.stringify(existing.metadata?.labels) === JSON.stringify(labels)) return;
    const now = this.ctx.clock.iso();
    const ep: Endpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: {
        name,
        namespace: ns,
        uid: existing?.metadata?.uid ?? uuid(this.ctx.rng),
        creationTimestamp: existing?.metadata?.creationTimestamp ?? now,
        annotations: { [TRIGGER_ANNOTATION]: now },
      },
    };
    if (labels) ep.metadata!.labels = labels;
    if (subsets.length) ep.subsets = subsets;
    // The endpoints controller writes through the API with kube-controller-manager's client.
    const written = withControllerWrite('Endpoints', ep, existing, { manager: 'kube-controller-manager', time: now });
    if (existing) this.ctx.store.update('Endpoints', written);
    else this.ctx.store.create('Endpoints', written);
  }
}
