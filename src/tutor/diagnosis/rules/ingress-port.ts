// A request to an Ingress on a port it does not serve: `curl http://kubia.example.com:8080`.
// The ingress controller listens on 80 (HTTP) and 443 (HTTPS); 8080 is the pods' port,
// behind the Service the Ingress sends to. The message names the Ingress, the port, and the
// URL without it.
import { ingressAddress } from '../../checkpoints/hosts.js';
import type { Rule } from '../types.js';

export const ingressPort: Rule = {
  meta: { id: 'ingress-port', description: 'A request to an Ingress on a port other than 80 or 443', messages: ['port'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.tool !== 'curl' || t.outcome === 'ok') continue;
      const url = /^(https?):\/\/([^/:]+):(\d+)(\/.*)?$/.exec(t.target);
      if (!url || url[3] === '80' || url[3] === '443') continue;
      const host = url[2].toLowerCase();
      for (const ing of ctx.store.list('Ingress')) {
        const name = ing.metadata?.name ?? '';
        const address = ingressAddress(ctx.store, name, ing.metadata?.namespace);
        const hosts = (ing.spec?.rules ?? []).map((r) => r.host?.toLowerCase());
        if (host !== address && !hosts.includes(host)) continue;
        const fixed = `${url[1]}://${url[2]}${url[4] && url[4] !== '/' ? url[4] : ''}`;
        return { message: 'port', data: { ingress: name, port: url[3], fixed } };
      }
    }
    return undefined;
  },
};
