// The right Service on a port it does not have: `curl http://<cluster-ip>:8080` when the
// Service listens on 80 (8080 is the pods' targetPort). Nothing answers on that port.
import { parseTarget, portList, serviceByClusterIp, targetIp } from '../facts.js';
import type { Rule } from '../types.js';

export const servicePort: Rule = {
  meta: { id: 'service-wrong-port', description: 'A Service requested on a port it does not expose', messages: ['port'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.outcome === 'ok' || t.outcome === 'http-error') continue;
      const ip = targetIp(t);
      const svc = ip ? serviceByClusterIp(ctx, ip) : undefined;
      if (!svc || t.from.kind === 'laptop') continue;
      const port = parseTarget(t.target).port;
      const ports = svc.spec?.ports ?? [];
      if (ports.some((p) => p.port === port)) continue;
      const first = ports[0]?.port;
      return { message: 'port', data: { name: svc.metadata?.name ?? '', port, ports: portList(svc), first: first ?? '', kind: 'Service' } };
    }
    return undefined;
  },
};
