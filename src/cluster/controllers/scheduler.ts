// The scheduler: binds each unscheduled pod to the schedulable node with the fewest pods
// (ties broken by name), honouring NoSchedule taints and nodeSelector — enough to spread
// replicas over the three workers the way the book's outputs show.
import type { Node, Pod, Taint, Toleration } from 'kubernetes-types/core/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import { editable, splitKey, type ControllerContext } from './context.js';

function tolerates(tols: readonly Toleration[] | undefined, t: Taint): boolean {
  return (tols ?? []).some((tol) => {
    if (tol.effect && tol.effect !== t.effect) return false;
    if (tol.operator === 'Exists') return !tol.key || tol.key === t.key;
    return tol.key === t.key && (tol.value ?? '') === (t.value ?? '');
  });
}

export function nodeIsReady(n: Readonly<Node>): boolean {
  return (n.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

export class Scheduler implements Controller {
  readonly name = 'scheduler';
  constructor(private ctx: ControllerContext) {}

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind === 'Pod' && e.type !== 'DELETED') {
      const p = e.object as Pod;
      if (!p.spec?.nodeName && !p.metadata?.deletionTimestamp) enqueue(`${p.metadata!.namespace}/${p.metadata!.name}`);
    }
  }

  reconcile(key: string): void {
    const [ns, name] = splitKey(key);
    const pod = this.ctx.store.get('Pod', ns, name);
    if (!pod || pod.spec?.nodeName || pod.metadata?.deletionTimestamp) return;
    let best: Readonly<Node> | undefined;
    let bestCount = Infinity;
    for (const n of this.ctx.store.list('Node')) {
      if (!nodeIsReady(n) || n.spec?.unschedulable) continue;
      if ((n.spec?.taints ?? []).some((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(pod.spec?.tolerations, t))) continue;
      const sel = pod.spec?.nodeSelector ?? {};
      if (Object.entries(sel).some(([k, v]) => n.metadata?.labels?.[k] !== v)) continue;
      const c = this.ctx.pods.countOnNode(n.metadata!.name!);
      if (c < bestCount) {
        best = n;
        bestCount = c;
      }
    }
    if (!best) {
      this.ctx.events.record(pod as Pod, 'Warning', 'FailedScheduling', '0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.', 'default-scheduler');
      return;
    }
    const next = editable(pod);
    next.spec!.nodeName = best.metadata!.name;
    next.status = { ...(next.status ?? {}), conditions: [{ type: 'PodScheduled', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: this.ctx.clock.iso() }] };
    this.ctx.store.update('Pod', next);
    this.ctx.events.record({ ...next, kind: 'Pod', apiVersion: 'v1' }, 'Normal', 'Scheduled', `Successfully assigned ${ns}/${name} to ${best.metadata!.name}`, 'default-scheduler');
  }
}
