// `kubectl describe rc|rs|deployment|daemonset`.
import type { ReplicationController, Pod } from 'kubernetes-types/core/v1.js';
import type { DaemonSet, ReplicaSet, Deployment } from 'kubernetes-types/apps/v1.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { rfc1123z } from '../duration.js';
import { formatLabels, formatLabelSelector, matchesSelector, selectorString } from '../labels.js';
import type { DescribeOptions, Lookup } from '../types.js';
import { PrefixWriter, printLabelsMultiline, printAnnotationsMultiline, describeEvents, eventsFor } from './writer.js';
import { describePodTemplate } from './pod.js';

/** getPodStatusForController: pods matching the selector and controlled by this uid, by phase. */
function podStatusFor(lookup: Lookup | undefined, ns: string | undefined, selector: Record<string, string> | LabelSelector | undefined, uid: string | undefined): string {
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  const pods: readonly Pod[] = lookup?.list?.('Pod', ns) ?? [];
  for (const p of pods) {
    if (!matchesSelector(p.metadata?.labels, selector)) continue;
    const ref = (p.metadata?.ownerReferences ?? []).find((o) => o.controller);
    if (!ref || ref.uid !== uid) continue;
    const phase = p.status?.phase as keyof typeof counts | undefined;
    if (phase && phase in counts) counts[phase]++;
  }
  return `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed`;
}

function conditions(w: PrefixWriter, list: readonly { type: string; status: string; reason?: string }[] | undefined): void {
  if (!list || list.length === 0) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of list) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

export function describeReplicationController(rc: ReplicationController, opts: DescribeOptions): string {
  const meta = rc.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  w.write(0, `Selector:\t${formatLabels(rc.spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec?.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${podStatusFor(opts.lookup, meta.namespace, rc.spec?.selector, meta.uid)}\n`);
  describePodTemplate(w, rc.spec?.template);
  conditions(w, rc.status?.conditions);
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'ReplicationController', meta), opts.now);
  return w.toString();
}

export function describeReplicaSet(rs: ReplicaSet, opts: DescribeOptions): string {
  const meta = rs.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  const controller = (meta.ownerReferences ?? []).find((o) => o.controller);
  if (controller) w.write(0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
  w.write(0, 'Pods Status:\t');
  w.write(0, `${podStatusFor(opts.lookup, meta.namespace, rs.spec?.selector, meta.uid)}\n`);
  describePodTemplate(w, rs.spec?.template);
  conditions(w, rs.status?.conditions);
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'ReplicaSet', meta), opts.now);
  return w.toString();
}

/** `name (3/3 replicas created)`, `,`-joined; `<none>` when empty. */
const replicaSetsString = (list: readonly ReplicaSet[]): string =>
  list.map((rs) => `${rs.metadata?.name ?? ''} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 1} replicas created)`).join(', ') || '<none>';

/** Go's intstr String(): numbers bare, strings as-is; defaults 25%. */
const intOrString = (v: number | string | undefined, def: string): string => (v === undefined || v === null ? def : String(v));

export function describeDeployment(d: Deployment, opts: DescribeOptions): string {
  const meta = d.metadata ?? {};
  const spec = d.spec;
  const st = d.status ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `Selector:\t${selectorString(spec?.selector)}\n`);
  w.write(0, `Replicas:\t${spec?.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`);
  const strategy = spec?.strategy?.type ?? 'RollingUpdate';
  w.write(0, `StrategyType:\t${strategy}\n`);
  w.write(0, `MinReadySeconds:\t${spec?.minReadySeconds ?? 0}\n`);
  if (strategy === 'RollingUpdate') {
    const ru = spec?.strategy?.rollingUpdate;
    w.write(0, `RollingUpdateStrategy:\t${intOrString(ru?.maxUnavailable, '25%')} max unavailable, ${intOrString(ru?.maxSurge, '25%')} max surge\n`);
  }
  describePodTemplate(w, spec?.template);
  conditions(w, st.conditions);
  // The ReplicaSets this deployment controls: the newest revision is the new one.
  const owned = (opts.lookup?.list?.('ReplicaSet', meta.namespace) ?? []).filter((rs) => (rs.metadata?.ownerReferences ?? []).some((o) => o.controller && o.uid === meta.uid));
  if (owned.length > 0) {
    const revision = (rs: ReplicaSet) => Number(rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
    const newest = owned.reduce((a, b) => (revision(b) > revision(a) ? b : a));
    w.write(0, `OldReplicaSets:\t${replicaSetsString(owned.filter((rs) => rs !== newest))}\n`);
    w.write(0, `NewReplicaSet:\t${replicaSetsString([newest])}\n`);
  }
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'Deployment', meta), opts.now);
  return w.toString();
}

/** describeDaemonSet: no Namespace line; the node counts are written without a tab, so unaligned. */
export function describeDaemonSet(ds: DaemonSet, opts: DescribeOptions): string {
  const meta = ds.metadata ?? {};
  const st = ds.status;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(ds.spec?.selector)}\n`);
  w.write(0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${st?.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${st?.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st?.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${st?.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${st?.numberMisscheduled ?? 0}\n`);
  w.write(0, `Pods Status:\t${podStatusFor(opts.lookup, meta.namespace, ds.spec?.selector, meta.uid)}\n`);
  describePodTemplate(w, ds.spec?.template);
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'DaemonSet', meta), opts.now);
  return w.toString();
}
