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
  /** Pods that found no node; retried when a pod goes away or a node changes. */
  private unschedulable = new Set<string>();
  constructor(private ctx: ControllerContext) {}

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind === 'Pod' && e.type !== 'DELETED') {
      const p = e.object as Pod;
      if (!p.spec?.nodeName && !p.metadata?.deletionTimestamp) enqueue(`${p.metadata!.namespace}/${p.metadata!.name}`);
    }
    if (e.kind === 'Node') {
      for (const k of this.unschedulable) enqueue(k);
    } else if (e.kind === 'Pod' && e.type === 'DELETED' && (e.object as Pod).spec?.nodeName) {
      // One pod left a node: one place freed, for the pod that has waited longest.
      const first = this.unschedulable.values().next();
      if (!first.done) enqueue(first.value);
    }
  }

  reconcile(key: string): void {
    const [ns, name] = splitKey(key);
    const pod = this.ctx.store.get('Pod', ns, name);
    if (!pod || pod.spec?.nodeName || pod.metadata?.deletionTimestamp) {
      this.unschedulable.delete(key);
      return;
    }
    let best: Readonly<Node> | undefined;
    let bestCount = Infinity;
    const reasons = new Map<string, number>();
    const why = (r: string) => reasons.set(r, (reasons.get(r) ?? 0) + 1);
    const nodes = this.ctx.store.list('Node');
    for (const n of nodes) {
      if (!nodeIsReady(n)) {
        why("node(s) had untolerated taint {node.kubernetes.io/not-ready: }");
        continue;
      }
      if (n.spec?.unschedulable) {
        why('node(s) were unschedulable');
        continue;
      }
      const taint = (n.spec?.taints ?? []).find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(pod.spec?.tolerations, t));
      if (taint) {
        why(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
        continue;
      }
      const sel = pod.spec?.nodeSelector ?? {};
      if (Object.entries(sel).some(([k, v]) => n.metadata?.labels?.[k] !== v)) {
        why("node(s) didn't match Pod's node affinity/selector");
        continue;
      }
      const c = this.ctx.pods.countOnNode(n.metadata!.name!);
      if (c >= Number(n.status?.allocatable?.pods ?? 110)) {
        why('Too many pods');
        continue;
      }
      if (c < bestCount) {
        best = n;
        bestCount = c;
      }
    }
    if (!best) {
      const list = [...reasons].map(([r, n]) => `${n} ${r}`).sort();
      this.ctx.events.record(
        pod as Pod,
        'Warning',
        'FailedScheduling',
        `0/${nodes.length} nodes are available: ${list.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`,
        'default-scheduler',
      );
      this.unschedulable.add(key);
      this.writeUnschedulable(pod as Pod, `0/${nodes.length} nodes are available: ${list.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`);
      return;
    }
    this.unschedulable.delete(key);
    const next = editable(pod);
    next.spec!.nodeName = best.metadata!.name;
    next.status = { ...(next.status ?? {}), conditions: [{ type: 'PodScheduled', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: this.ctx.clock.iso() }] };
    this.ctx.store.update('Pod', next);
    this.ctx.events.record({ ...next, kind: 'Pod', apiVersion: 'v1' }, 'Normal', 'Scheduled', `Successfully assigned ${ns}/${name} to ${best.metadata!.name}`, 'default-scheduler');
  }

  private writeUnschedulable(pod: Pod, message: string): void {
    const prev = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    if (prev?.status === 'False' && prev.message === message) return;
    const cond = { type: 'PodScheduled', status: 'False', lastProbeTime: null as unknown as string, lastTransitionTime: prev?.status === 'False' ? prev.lastTransitionTime : this.ctx.clock.iso(), reason: 'Unschedulable', message };
    this.ctx.store.update('Pod', { ...pod, status: { ...(pod.status ?? {}), conditions: [cond] } });
  }
}
