// A cluster IP or a pod IP curled from outside the cluster (the laptop): those addresses
// only exist inside the cluster's network, so the packets go nowhere and curl times out.
import { nodeByIp, nodeIp, parseTarget, podByIp, serviceByClusterIp, targetIp } from '../facts.js';
import type { Rule } from '../types.js';

/** A running pod to suggest `kubectl exec` into (the default namespace's first). */
function runningPod(ctx: import('../types.js').DiagnosisContext): string {
  return ctx.store.list('Pod', 'default').find((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp)?.metadata?.name ?? 'POD';
}

export const insideAddress: Rule = {
  meta: {
    id: 'inside-address-from-outside',
    description: 'A cluster IP or pod IP requested from the laptop',
    messages: ['clusterIp', 'clusterIpNodePort', 'podIp'],
  },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.from.kind !== 'laptop' || t.tool === 'probe' || t.outcome === 'ok' || t.outcome === 'http-error') continue;
      const ip = targetIp(t);
      // A node's address is reachable from the laptop (host-network pods share it).
      if (!ip || nodeByIp(ctx, ip)) continue;
      const svc = serviceByClusterIp(ctx, ip);
      if (svc) {
        // The port typed may be a node port (of this Service or another): the address was the mistake.
        const typed = parseTarget(t.target).port;
        const typedIsNodePort = ctx.store.list('Service').some((x) => (x.spec?.ports ?? []).some((p) => p.nodePort === typed));
        const np = typedIsNodePort ? typed : (svc.spec?.ports ?? []).find((p) => p.nodePort)?.nodePort;
        const node = ctx.store.list('Node').map(nodeIp).find(Boolean);
        const data = { tool: t.tool, ip, name: svc.metadata?.name ?? '', kind: 'Service', pod: runningPod(ctx) };
        if (np && node) return { message: 'clusterIpNodePort', data: { ...data, nodePort: np, nodeIp: node } };
        return { message: 'clusterIp', data };
      }
      const pod = podByIp(ctx, ip);
      if (pod) return { message: 'podIp', data: { tool: t.tool, ip, name: pod.metadata?.name ?? '', port: parseTarget(t.target).port, pod: runningPod(ctx) } };
    }
    return undefined;
  },
};
