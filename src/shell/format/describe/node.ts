// `kubectl describe node`: identity, conditions, addresses, capacity, system info, the
// non-terminated pods with their requests/limits, allocated resources, events.
import type { Node, Pod } from 'kubernetes-types/core/v1.js';
import { rfc1123z, age } from '../duration.js';
import { byteCompare } from '../labels.js';
import { nodeRoles } from '../printers/cluster.js';
import type { DescribeOptions } from '../types.js';
import { PrefixWriter, printLabelsMultiline, printAnnotationsMultiline, describeEvents, eventsFor } from './writer.js';
import { parseMilli, formatCpu, formatMemory } from './quantity.js';

function podTotals(pod: Pod): { cpuReq: number; cpuLim: number; memReq: number; memLim: number } {
  const t = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
  for (const c of pod.spec?.containers ?? []) {
    t.cpuReq += parseMilli(c.resources?.requests?.cpu ?? c.resources?.limits?.cpu);
    t.cpuLim += parseMilli(c.resources?.limits?.cpu);
    t.memReq += parseMilli(c.resources?.requests?.memory ?? c.resources?.limits?.memory);
    t.memLim += parseMilli(c.resources?.limits?.memory);
  }
  return t;
}

const pct = (v: number, of: number): number => (of === 0 ? 0 : Math.trunc((v / of) * 100));

export function describeNode(node: Node, opts: DescribeOptions): string {
  const meta = node.metadata ?? {};
  const st = node.status ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  const roles = nodeRoles(node);
  w.write(0, `Roles:\t${roles.length > 0 ? roles.join(',') : '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
  const taints = [...(node.spec?.taints ?? [])].sort((a, b) => byteCompare(`${a.effect},${a.key}`, `${b.effect},${b.key}`));
  w.write(0, 'Taints:\t');
  if (taints.length === 0) w.writeLine('<none>');
  taints.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${t.key}${t.value ? '=' + t.value : ''}:${t.effect}\n`);
  });
  w.write(0, `Unschedulable:\t${node.spec?.unschedulable ? 'true' : 'false'}\n`);
  // The kubelet's Lease in kube-node-lease (renewed every 10 s), as describeNode reads it.
  const lease = opts.lookup?.get?.('Lease', 'kube-node-lease', meta.name ?? '')?.spec;
  w.write(0, 'Lease:\n');
  w.write(1, `HolderIdentity:\t${lease?.holderIdentity ?? '<unset>'}\n`);
  w.write(1, `AcquireTime:\t${lease?.acquireTime ? rfc1123z(lease.acquireTime) : '<unset>'}\n`);
  w.write(1, `RenewTime:\t${lease?.renewTime ? rfc1123z(lease.renewTime) : '<unset>'}\n`);
  if ((st.conditions ?? []).length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of st.conditions!) {
      w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  const printResources = (list: Record<string, string | number>) => {
    for (const k of Object.keys(list).sort(byteCompare)) w.write(0, `  ${k}:\t${list[k]}\n`);
  };
  if (Object.keys(st.capacity ?? {}).length > 0) {
    w.write(0, 'Capacity:\n');
    printResources(st.capacity!);
  }
  if (Object.keys(st.allocatable ?? {}).length > 0) {
    w.write(0, 'Allocatable:\n');
    printResources(st.allocatable!);
  }
  const info = st.nodeInfo;
  w.write(0, 'System Info:\n');
  w.write(0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
  w.write(0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
  w.write(0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
  w.write(0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
  w.write(0, `  OS Image:\t${info?.osImage ?? ''}\n`);
  w.write(0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
  w.write(0, `  Architecture:\t${info?.architecture ?? ''}\n`);
  w.write(0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
  w.write(0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
  w.write(0, `  Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if ((node.spec?.podCIDRs ?? []).length > 0) w.write(0, `PodCIDRs:\t${node.spec!.podCIDRs!.join(',')}\n`);
  if (node.spec?.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`);

  const pods = (opts.lookup?.list?.('Pod', undefined) ?? []).filter(
    (p) => p.spec?.nodeName === meta.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed',
  );
  const alloc = Object.keys(st.allocatable ?? {}).length > 0 ? st.allocatable! : (st.capacity ?? {});
  const cpuAlloc = parseMilli(alloc.cpu);
  const memAlloc = parseMilli(alloc.memory);
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const sum = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
  for (const p of pods) {
    const t = podTotals(p);
    sum.cpuReq += t.cpuReq;
    sum.cpuLim += t.cpuLim;
    sum.memReq += t.memReq;
    sum.memLim += t.memLim;
    w.write(
      1,
      `${p.metadata?.namespace ?? ''}\t${p.metadata?.name ?? ''}\t\t${formatCpu(t.cpuReq)} (${pct(t.cpuReq, cpuAlloc)}%)\t${formatCpu(t.cpuLim)} (${pct(t.cpuLim, cpuAlloc)}%)\t${formatMemory(t.memReq)} (${pct(t.memReq, memAlloc)}%)\t${formatMemory(t.memLim)} (${pct(t.memLim, memAlloc)}%)\t${age(p.metadata?.creationTimestamp, opts.now)}\n`,
    );
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  w.write(1, `cpu\t${formatCpu(sum.cpuReq)} (${pct(sum.cpuReq, cpuAlloc)}%)\t${formatCpu(sum.cpuLim)} (${pct(sum.cpuLim, cpuAlloc)}%)\n`);
  w.write(1, `memory\t${formatMemory(sum.memReq)} (${pct(sum.memReq, memAlloc)}%)\t${formatMemory(sum.memLim)} (${pct(sum.memLim, memAlloc)}%)\n`);
  w.write(1, 'ephemeral-storage\t0 (0%)\t0 (0%)\n');
  for (const hp of Object.keys(alloc).filter((k) => k.startsWith('hugepages-')).sort(byteCompare)) w.write(1, `${hp}\t0 (0%)\t0 (0%)\n`);
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'Node', meta, { clusterScoped: true }), opts.now);
  return w.toString();
}
