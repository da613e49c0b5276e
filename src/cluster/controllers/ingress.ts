// The ingress-nginx controller's status updates: an Ingress of class `nginx` gets its
// ADDRESS (the controller service's load-balancer IP) a few seconds after creation, with
// the controller's `Sync` events. Request routing itself lives in the data plane.
import type { Ingress } from 'kubernetes-types/networking/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import { splitKey, type ControllerContext } from './context.js';

export const INGRESS_STATUS_SECONDS = 5;
export const INGRESS_NAMESPACE = 'ingress-nginx';
export const INGRESS_SERVICE = 'ingress-nginx-controller';

export class IngressStatusController implements Controller {
  readonly name = 'ingress-nginx';
  private seen = new Map<string, number>();

  constructor(private ctx: ControllerContext) {}

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind === 'Ingress') enqueue(`${e.object.metadata!.namespace}/${e.object.metadata!.name}`);
    if (e.kind === 'Service' && e.object.metadata?.namespace === INGRESS_NAMESPACE && e.object.metadata?.name === INGRESS_SERVICE) {
      for (const ing of this.ctx.store.list('Ingress')) enqueue(`${ing.metadata!.namespace}/${ing.metadata!.name}`);
    }
  }

  /** The address the controller publishes: its LoadBalancer IP, once the cloud gave one. */
  address(): string | undefined {
    const svc = this.ctx.store.get('Service', INGRESS_NAMESPACE, INGRESS_SERVICE);
    return svc?.status?.loadBalancer?.ingress?.[0]?.ip;
  }

  private handles(ing: Readonly<Ingress>): boolean {
    const cls = ing.spec?.ingressClassName ?? ing.metadata?.annotations?.['kubernetes.io/ingress.class'];
    if (!cls) return false;
    const ic = this.ctx.store.get('IngressClass', undefined, cls);
    return cls === 'nginx' || ic?.spec?.controller === 'k8s.io/ingress-nginx';
  }

  reconcile(key: string): void {
    const [ns, name] = splitKey(key);
    const ing = this.ctx.store.get('Ingress', ns, name) as Ingress | undefined;
    if (!ing) {
      this.seen.delete(key);
      return;
    }
    if (!this.handles(ing)) return;
    const now = this.ctx.clock.now();
    const uidKey = `${key}|${ing.metadata!.uid}|${ing.metadata!.generation}`;
    if (!this.seen.has(uidKey)) {
      this.seen.set(uidKey, now + INGRESS_STATUS_SECONDS * 1000);
      this.ctx.events.record(ing, 'Normal', 'Sync', 'Scheduled for sync', 'nginx-ingress-controller');
      this.ctx.wakeAt(now + INGRESS_STATUS_SECONDS * 1000, this.name, key);
    }
    const due = this.seen.get(uidKey)!;
    const ip = this.address();
    if (now < due || !ip) return;
    if (ing.status?.loadBalancer?.ingress?.[0]?.ip === ip) return;
    const next = structuredClone(ing);
    next.status = { loadBalancer: { ingress: [{ ip }] } };
    this.ctx.store.update('Ingress', next);
    this.ctx.events.record(next, 'Normal', 'Sync', 'Scheduled for sync', 'nginx-ingress-controller');
  }
}
