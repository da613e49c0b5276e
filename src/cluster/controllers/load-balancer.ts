// The service controller of a simulated cloud: a LoadBalancer service shows EXTERNAL-IP
// `<pending>` while the cloud "provisions" (a few virtual seconds), then gets a public IP;
// events EnsuringLoadBalancer → EnsuredLoadBalancer as on GKE. Switching a service away
// from LoadBalancer deletes the cloud LB and clears the status.
import type { Service } from 'kubernetes-types/core/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import { editable, splitKey, type ControllerContext } from './context.js';
import type { Rng } from '../runtime/rng.js';

export const LB_PROVISION_SECONDS = 10;

export class LoadBalancerController implements Controller {
  readonly name = 'service-controller';
  private pending = new Map<string, number>();
  private ips = new Map<string, string>();
  private used = new Set<string>();
  private rng: Rng;

  constructor(private ctx: ControllerContext) {
    this.rng = ctx.rng.fork('cloud-lb');
  }

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind !== 'Service') return;
    const now = (e.object as Service).spec?.type === 'LoadBalancer';
    const before = (e.old as Service | undefined)?.spec?.type === 'LoadBalancer';
    if (now || before) enqueue(`${e.object.metadata!.namespace}/${e.object.metadata!.name}`);
  }

  private allocateIp(): string {
    for (;;) {
      const ip = `130.211.${this.rng.int(1, 254)}.${this.rng.int(2, 254)}`;
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
  }

  reconcile(key: string): void {
    const [ns, name] = splitKey(key);
    const svc = this.ctx.store.get('Service', ns, name) as Service | undefined;
    const isLb = svc?.spec?.type === 'LoadBalancer' && !svc.metadata?.deletionTimestamp;
    if (!isLb) {
      const ip = this.ips.get(key);
      this.pending.delete(key);
      if (ip !== undefined) {
        this.ips.delete(key);
        this.used.delete(ip);
        if (svc) {
          this.ctx.events.record(svc, 'Normal', 'DeletingLoadBalancer', 'Deleting load balancer', this.name);
          const next = editable(svc);
          next.status = { loadBalancer: {} };
          this.ctx.store.update('Service', next);
          this.ctx.events.record(next, 'Normal', 'DeletedLoadBalancer', 'Deleted load balancer', this.name);
        }
      }
      return;
    }
    if (svc.spec?.loadBalancerClass) return; // another controller's service
    if (this.ips.has(key)) {
      const ip = this.ips.get(key)!;
      if (svc.status?.loadBalancer?.ingress?.[0]?.ip !== ip) this.writeIp(svc, ip);
      return;
    }
    const now = this.ctx.clock.now();
    let due = this.pending.get(key);
    if (due === undefined) {
      due = now + LB_PROVISION_SECONDS * 1000;
      this.pending.set(key, due);
      this.ctx.events.record(svc, 'Normal', 'EnsuringLoadBalancer', 'Ensuring load balancer', this.name);
      this.ctx.wakeAt(due, this.name, key);
      return;
    }
    if (now < due) return;
    this.pending.delete(key);
    const ip = svc.spec?.loadBalancerIP || this.allocateIp();
    this.ips.set(key, ip);
    this.writeIp(svc, ip);
    this.ctx.events.record(svc, 'Normal', 'EnsuredLoadBalancer', 'Ensured load balancer', this.name);
  }

  private writeIp(svc: Readonly<Service>, ip: string): void {
    const next = editable(svc);
    next.status = { loadBalancer: { ingress: [{ ip, ipMode: 'VIP' }] } };
    this.ctx.store.update('Service', next);
  }
}
