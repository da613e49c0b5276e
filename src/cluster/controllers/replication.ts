// ReplicationController and ReplicaSet controllers (one implementation, two kinds): keep
// `replicas` active pods matching the selector, adopting orphans and releasing pods whose
// labels no longer match (the book's `kubectl label pod … app=foo --overwrite`), creating
// pods with generateName `<name>-` and reporting replicas/ready/available in status.
import type { Pod, ReplicationController } from 'kubernetes-types/core/v1.js';
import type { OwnerReference } from 'kubernetes-types/meta/v1.js';
import type { ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import { isPodActive, isPodReady, splitKey, type ControllerContext } from './context.js';
import { matches, selectorFromLabelSelector, selectorFromMap, type Selector } from '../api/selector.js';
import { withControllerWrite } from '../api/managed-fields.js';

type Owner = ReplicationController | ReplicaSet;

/** Pods one sync may create (kube-controller-manager's burstReplicas). */
const BURST_REPLICAS = 500;
/** API requests per second the controller manager's client makes (its --kube-api-qps). */
const API_QPS = 20;
type OwnerKind = 'ReplicationController' | 'ReplicaSet';

export class ReplicationManager implements Controller {
  readonly name: string;
  private readonly source: string;
  /** Owners whose last burst is still "in flight" (virtual ms until the next may start). */
  private readonly busyUntil = new Map<string, number>();

  constructor(
    private ctx: ControllerContext,
    private kind: OwnerKind,
  ) {
    this.name = kind === 'ReplicationController' ? 'replication-controller' : 'replicaset-controller';
    this.source = this.name;
  }

  private selectorOf(o: Readonly<Owner>): Selector {
    return this.kind === 'ReplicationController' ? selectorFromMap((o as ReplicationController).spec?.selector) : selectorFromLabelSelector((o as ReplicaSet).spec?.selector);
  }

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind === this.kind) {
      enqueue(`${e.object.metadata!.namespace}/${e.object.metadata!.name}`);
      return;
    }
    if (e.kind !== 'Pod') return;
    const pods = [e.object as Pod, e.old as Pod | undefined].filter((p): p is Pod => !!p);
    for (const p of pods) {
      const ns = p.metadata!.namespace!;
      const ref = p.metadata?.ownerReferences?.find((r) => r.controller);
      if (ref) {
        if (ref.kind === this.kind) enqueue(`${ns}/${ref.name}`);
        continue;
      }
      // An orphan: every owner of this kind whose selector matches may adopt it.
      for (const o of this.ctx.store.list(this.kind, ns)) {
        if (matches(this.selectorOf(o as Owner), p.metadata?.labels)) enqueue(`${ns}/${o.metadata!.name}`);
      }
    }
  }

  reconcile(key: string): void {
    const [ns, name] = splitKey(key);
    const owner = this.ctx.store.get(this.kind, ns, name) as Owner | undefined;
    if (!owner || owner.metadata?.deletionTimestamp) return;
    const uid = owner.metadata!.uid!;
    const sel = this.selectorOf(owner);
    const mine: Readonly<Pod>[] = [];
    for (const p of this.ctx.pods.ownedBy(uid)) {
      if (matches(sel, p.metadata?.labels)) mine.push(p);
      else this.setOwner(p, undefined, uid); // release
    }
    for (const p of this.ctx.pods.select(ns, sel)) {
      if (p.metadata?.ownerReferences?.some((r) => r.controller)) continue;
      if (p.metadata?.deletionTimestamp) continue;
      mine.push(this.setOwner(p, owner, uid));
    }
    const active = mine.filter(isPodActive);
    const want = owner.spec?.replicas ?? 1;
    if (active.length < want) {
      const now = this.ctx.clock.now();
      // Expectations: after a burst, the controller waits until its creations went through.
      if ((this.busyUntil.get(key) ?? 0) <= now) {
        const created = this.createBurst(owner, want - active.length);
        if (active.length + created < want) {
          // The rest in a later sync, once the API calls of this one went through.
          const at = now + Math.ceil(created / API_QPS) * 1000;
          this.busyUntil.set(key, at);
          this.ctx.wakeAt(at, this.name, key);
        }
      }
    } else if (active.length > want) {
      // Deletions come in bursts too; the next sync (requeued by the deletions) takes the rest.
      for (const p of rankForDeletion(active).slice(0, Math.min(active.length - want, BURST_REPLICAS))) {
        this.ctx.api.delete('Pod', ns, p.metadata!.name!);
        this.ctx.events.record(owner, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata!.name}`, this.source);
      }
    }
    this.writeStatus(owner);
  }

  private setOwner(p: Readonly<Pod>, owner: Owner | undefined, uid: string): Readonly<Pod> {
    const next = structuredClone(p) as Pod;
    const refs = (next.metadata!.ownerReferences ?? []).filter((r) => r.uid !== uid);
    if (owner) refs.push(this.ownerRef(owner));
    if (refs.length) next.metadata!.ownerReferences = refs;
    else delete next.metadata!.ownerReferences;
    return this.ctx.store.update('Pod', next);
  }

  private ownerRef(o: Owner): OwnerReference {
    return { apiVersion: this.kind === 'ReplicationController' ? 'v1' : 'apps/v1', kind: this.kind, name: o.metadata!.name!, uid: o.metadata!.uid!, controller: true, blockOwnerDeletion: true };
  }

  /**
   * Creates up to BURST_REPLICAS pods in slow-start batches (1, 2, 4, …), as the real
   * controller does; returns how many it created.
   */
  private createBurst(owner: Owner, missing: number): number {
    let left = Math.min(missing, BURST_REPLICAS);
    let created = 0;
    for (let batch = 1; left > 0; batch *= 2) {
      const n = Math.min(batch, left);
      for (let i = 0; i < n; i++) this.createPod(owner);
      created += n;
      left -= n;
    }
    return created;
  }

  private createPod(owner: Owner): void {
    const t = owner.spec!.template!;
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${owner.metadata!.name}-`,
        namespace: owner.metadata!.namespace,
        labels: { ...(t.metadata?.labels ?? {}) },
        ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
        ownerReferences: [this.ownerRef(owner)],
      },
      spec: structuredClone(t.spec),
    };
    const created = this.ctx.api.create(pod, { fieldManager: 'kube-controller-manager' });
    this.ctx.events.record(owner, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata!.name}`, this.source);
  }

  private writeStatus(owner: Owner): void {
    const uid = owner.metadata!.uid!;
    const sel = this.selectorOf(owner);
    const pods = this.ctx.pods.ownedBy(uid).filter((p) => isPodActive(p) && matches(sel, p.metadata?.labels));
    const tl = owner.spec?.template?.metadata?.labels ?? {};
    const ready = pods.filter(isPodReady).length;
    const status: Record<string, unknown> = { replicas: pods.length };
    const fully = pods.filter((p) => Object.entries(tl).every(([k, v]) => p.metadata?.labels?.[k] === v)).length;
    if (fully) status.fullyLabeledReplicas = fully;
    if (ready) status.readyReplicas = ready;
    if (ready) status.availableReplicas = ready;
    status.observedGeneration = owner.metadata?.generation ?? 1;
    if (JSON.stringify(status) === JSON.stringify(owner.status)) return;
    // UpdateStatus: the status subresource, with kube-controller-manager's client.
    this.ctx.store.update(this.kind, withControllerWrite(this.kind, { ...owner, status } as any, owner, { manager: 'kube-controller-manager', time: this.ctx.clock.iso(), subresource: 'status' }));
  }
}

/** controller.ActivePods ordering: unscheduled, pending, not ready, then newest first. */
function rankForDeletion(pods: Readonly<Pod>[]): Readonly<Pod>[] {
  const score = (p: Readonly<Pod>) => [p.spec?.nodeName ? 1 : 0, p.status?.phase === 'Running' ? 1 : 0, isPodReady(p) ? 1 : 0];
  return [...pods].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] - sb[i];
    const ta = a.metadata?.creationTimestamp ?? '';
    const tb = b.metadata?.creationTimestamp ?? '';
    if (ta !== tb) return ta > tb ? -1 : 1;
    return a.metadata!.name! < b.metadata!.name! ? -1 : 1;
  });
}
