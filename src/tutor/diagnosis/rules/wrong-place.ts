// A command run where it can't work: a cluster name looked up (or curled) on the laptop,
// whose DNS server knows nothing of the cluster; kubectl typed inside a pod's shell.
import { parseTarget, podWithTool } from '../facts.js';
import type { DiagnosisContext, Rule } from '../types.js';

/** Is this a name of the cluster's DNS (`kubia`, `kubia.default`, `….svc.cluster.local`)? */
function clusterName(ctx: DiagnosisContext, name: string): string | undefined {
  const first = name.split('.')[0];
  if (/\.svc(\.cluster\.local)?\.?$/.test(name)) return first;
  return ctx.store.list('Service').some((s) => s.metadata?.name === first) ? first : undefined;
}

export const wrongPlace: Rule = {
  meta: { id: 'wrong-place', description: 'A command run on the laptop that belongs in a pod, or kubectl in a pod', messages: ['lookupOnLaptop', 'lookupOnLaptopCurl', 'nameOnLaptop', 'nameOnLaptopLb', 'nameOnLaptopLbPending', 'kubectlInPod', 'envOnLaptop'] },
  check(ctx) {
    if (ctx.place.kind === 'pod' && /(^|\n)(?:bash|sh|ash): (?:line \d+: )?kubectl: (?:command )?not found/.test(ctx.stderr)) {
      return { message: 'kubectlInPod', data: { pod: ctx.place.name } };
    }
    // Service variables (`KUBIA_SERVICE_HOST`) exist in containers, never in the laptop's shell.
    const env = /^\s*(env|printenv)\b/.exec(ctx.input);
    if (ctx.place.kind === 'laptop' && env && /SERVICE|_HOST|_PORT/.test(ctx.input) && !/_SERVICE_HOST=/.test(ctx.stdout)) {
      const pod = ctx.store.list('Pod', 'default').find((p) => p.status?.phase === 'Running')?.metadata?.name ?? 'POD';
      return { message: 'envOnLaptop', data: { tool: env[1], pod } };
    }
    for (const t of ctx.traces) {
      if (t.from.kind !== 'laptop') continue;
      const host = parseTarget(t.target).host;
      const svc = clusterName(ctx, host);
      if (!svc) continue;
      const pod = ctx.store.list('Pod', 'default').find((p) => p.status?.phase === 'Running')?.metadata?.name ?? 'POD';
      if ((t.tool === 'nslookup' || t.tool === 'dig') && t.outcome === 'nxdomain') {
        // Only a pod whose image has the tool is worth sending the learner to (kubia's has none).
        const withTool = podWithTool(ctx.store, t.tool);
        return withTool ? { message: 'lookupOnLaptop', data: { tool: t.tool, name: host, pod: withTool } } : { message: 'lookupOnLaptopCurl', data: { tool: t.tool, name: host, pod } };
      }
      if (t.tool === 'curl' && t.outcome === 'nxdomain') {
        // A LoadBalancer is what the laptop can reach: its EXTERNAL-IP, not a pod's view.
        const lb = ctx.store.get('Service', 'default', svc);
        if (lb?.spec?.type === 'LoadBalancer') {
          const ip = lb.status?.loadBalancer?.ingress?.[0]?.ip;
          return ip ? { message: 'nameOnLaptopLb', data: { name: host, service: svc, ip } } : { message: 'nameOnLaptopLbPending', data: { name: host, service: svc } };
        }
        return { message: 'nameOnLaptop', data: { name: host, pod } };
      }
    }
    return undefined;
  },
};
