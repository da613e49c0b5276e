// A request to an Ingress on a port it does not serve: `curl http://kubia.example.com:8080`.
// The ingress controller listens on 80 (HTTP) and 443 (HTTPS); 8080 is the pods' port,
// behind the Service the Ingress sends to. The message names the Ingress, the port, and the
// URL without it.
import { ingressAddress } from '../../checkpoints/hosts.js';
import { parseTarget, ruleHosts } from '../facts.js';
import type { Rule } from '../types.js';

export const ingressPort: Rule = {
  meta: { id: 'ingress-port', description: 'A request to an Ingress on a port other than 80 or 443', messages: ['port'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.tool !== 'curl' || t.outcome === 'ok') continue;
      // A URL that names its port (a bare one is 80 or 443).
      if (!/^https?:\/\//i.test(t.target)) continue;
      const { scheme, host, port, path } = parseTarget(t.target);
      if (port === 80 || port === 443) continue;
      for (const ing of ctx.store.list('Ingress')) {
        const name = ing.metadata?.name ?? '';
        const address = ingressAddress(ctx.store, name, ing.metadata?.namespace);
        if (host.toLowerCase() !== address && !ruleHosts(ing).some((h) => h.toLowerCase() === host.toLowerCase())) continue;
        const fixed = `${scheme}://${host}${path !== '/' ? path : ''}`;
        return { message: 'port', data: { ingress: name, port, fixed } };
      }
    }
    return undefined;
  },
};
