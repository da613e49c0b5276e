// The Deployment controller: one ReplicaSet per pod template, named
// `<deployment>-<pod-template-hash>`; a changed template gets a new ReplicaSet that is
// scaled up while the old ones are scaled down once the new pods are available.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import { splitKey, type ControllerContext } from './context.js';
import { fnv32a, safeEncode } from '../runtime/allocators.js';
import { withControllerWrite } from '../api/managed-fields.js';

export function podTemplateHash(template: unknown): string {
  // The always-null creationTimestamp does not count (hashes stay as they were before it was stored).
  const t = template as { metadata?: Record<string, unknown> } | undefined;
  const { creationTimestamp: _, ...meta } = t?.metadata ?? {};
  const keyed = t?.metadata ? { ...t, metadata: meta } : t;
  return safeEncode(String(fnv32a(JSON.stringify(keyed, sortedKeys))));
}

/**
 * The API server hashes the template as a Go struct, so the order its fields came in does not
 * count: a real kubectl and the built-in one send `create deployment`'s template in different
 * orders and must get the same ReplicaSet name.
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export class DeploymentController implements Controller {
  readonly name = 'deployment-controller';
  constructor(private ctx: ControllerContext) {}

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind === 'Deployment') enqueue(`${e.object.metadata!.namespace}/${e.object.metadata!.name}`);
    if (e.kind === 'ReplicaSet') {
      const ref = e.object.metadata?.ownerReferences?.find((r) => r.kind === 'Deployment' && r.controller);
      if (ref) enqueue(`${e.object.metadata!.namespace}/${ref.name}`);
    }
  }

  reconcile(key: string): void {
    const [ns, name] = splitKey(key);
    const d = this.ctx.store.get('Deployment', ns, name) as Deployment | undefined;
    if (!d) return;
    const uid = d.metadata!.uid!;
    const owned = this.ctx.store.list('ReplicaSet', ns).filter((rs) => rs.metadata?.ownerReferences?.some((r) => r.uid === uid)) as ReplicaSet[];
    const hash = podTemplateHash(d.spec!.template);
    const rsName = `${name}-${hash}`;
    const want = d.spec!.replicas ?? 1;
    let current = owned.find((rs) => rs.metadata!.name === rsName);
    const revision = Math.max(0, ...owned.map((rs) => Number(rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 0)));
    if (!current) {
      const labels = { ...(d.spec!.template!.metadata?.labels ?? {}), 'pod-template-hash': hash };
      const rs: ReplicaSet = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: rsName,
          namespace: ns,
          labels,
          annotations: {
            'deployment.kubernetes.io/desired-replicas': String(want),
            'deployment.kubernetes.io/max-replicas': String(want + Math.ceil(want / 4)),
            'deployment.kubernetes.io/revision': String(revision + 1),
          },
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name, uid, controller: true, blockOwnerDeletion: true }],
        },
        spec: {
          replicas: want,
          selector: { ...d.spec!.selector, matchLabels: { ...(d.spec!.selector?.matchLabels ?? {}), 'pod-template-hash': hash } },
          template: { ...structuredClone(d.spec!.template!), metadata: { ...(d.spec!.template!.metadata ?? {}), labels } },
        },
      };
      current = this.ctx.api.create(rs, { fieldManager: 'kube-controller-manager' }) as ReplicaSet;
      this.ctx.events.record(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${rsName} to ${want}`, this.name);
    } else if ((current.spec?.replicas ?? 0) !== want) {
      const up = want > (current.spec?.replicas ?? 0);
      this.scale(current, want);
      this.ctx.events.record(d, 'Normal', 'ScalingReplicaSet', `Scaled ${up ? 'up' : 'down'} replica set ${rsName} to ${want}`, this.name);
    }
    const newAvailable = current.status?.availableReplicas ?? 0;
    for (const rs of owned) {
      if (rs.metadata!.name === rsName || (rs.spec?.replicas ?? 0) === 0) continue;
      if (newAvailable >= want) {
        this.scale(rs, 0);
        this.ctx.events.record(d, 'Normal', 'ScalingReplicaSet', `Scaled down replica set ${rs.metadata!.name} to 0 from ${rs.spec?.replicas ?? 0}`, this.name);
      }
    }
    this.writeStatus(d, rsName);
  }

  private scale(rs: Readonly<ReplicaSet>, n: number): void {
    const next = structuredClone(rs) as ReplicaSet;
    next.spec!.replicas = n;
    next.metadata!.annotations = { ...(next.metadata!.annotations ?? {}), 'deployment.kubernetes.io/desired-replicas': String(n) };
    this.ctx.api.update(next, { fieldManager: 'kube-controller-manager' });
  }

  private writeStatus(d: Deployment, rsName: string): void {
    const ns = d.metadata!.namespace!;
    const uid = d.metadata!.uid!;
    const owned = this.ctx.store.list('ReplicaSet', ns).filter((rs) => rs.metadata?.ownerReferences?.some((r) => r.uid === uid));
    const sum = (f: (rs: Readonly<ReplicaSet>) => number | undefined) => owned.reduce((a, rs) => a + (f(rs) ?? 0), 0);
    const replicas = sum((rs) => rs.status?.replicas);
    const ready = sum((rs) => rs.status?.readyReplicas);
    const available = sum((rs) => rs.status?.availableReplicas);
    const updated = owned.find((rs) => rs.metadata!.name === rsName)?.status?.replicas ?? 0;
    const want = d.spec!.replicas ?? 1;
    const now = this.ctx.clock.iso();
    const prev = new Map((d.status?.conditions ?? []).map((c) => [c.type, c]));
    const cond = (type: string, ok: boolean, reason: string, message: string) => {
      const p = prev.get(type);
      const status = ok ? 'True' : 'False';
      const same = p && p.status === status && p.reason === reason;
      return { type, status, lastUpdateTime: same ? p.lastUpdateTime : now, lastTransitionTime: p && p.status === status ? p.lastTransitionTime : now, reason, message };
    };
    const status: Record<string, unknown> = { observedGeneration: d.metadata?.generation ?? 1 };
    if (replicas) status.replicas = replicas;
    if (updated) status.updatedReplicas = updated;
    if (ready) status.readyReplicas = ready;
    if (available) status.availableReplicas = available;
    if (replicas - available > 0) status.unavailableReplicas = replicas - available;
    const complete = updated === want && available >= want;
    status.conditions = [
      cond('Available', available >= want, available >= want ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', available >= want ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.'),
      cond('Progressing', true, complete ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated', complete ? `ReplicaSet "${rsName}" has successfully progressed.` : `ReplicaSet "${rsName}" is progressing.`),
    ];
    const next = structuredClone(d);
    next.status = status as Deployment['status'];
    // UpdateStatus: the status subresource, with kube-controller-manager's client.
    this.ctx.store.update('Deployment', withControllerWrite('Deployment', next, d, { manager: 'kube-controller-manager', time: this.ctx.clock.iso(), subresource: 'status' }));
  }
}
