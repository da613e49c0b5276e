// The ingress controller answered 404: no rule matched. Either the request carried no host
// name (curl to the bare IP sends `Host: <ip>`), a host no rule names (often a typo), or a
// path no rule of that host covers. The message lists what the rules do accept.
import { hostHeader, ingressesAtIp, parseTarget, ruleHosts, targetIp } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const ingressHost: Rule = {
  meta: { id: 'ingress-no-rule', description: 'Ingress 404: no Host, a wrong Host, or a path no rule has', messages: ['noHost', 'nearHost', 'wrongHost', 'path'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.httpStatus !== 404 || t.ingress) continue;
      const ip = targetIp(t);
      const ings = ip ? ingressesAtIp(ctx, ip) : [];
      if (ings.length === 0) continue;
      const hosts = [...new Set(ings.flatMap(ruleHosts))];
      if (hosts.length === 0) continue;
      const url = parseTarget(t.target);
      const sent = hostHeader(ctx.input) ?? url.host;
      const list = hosts.join(', ');
      if (/^\d+\.\d+\.\d+\.\d+$/.test(sent)) return { message: 'noHost', data: { ip: sent, hosts: list, first: hosts[0] } };
      if (!hosts.includes(sent)) {
        const near = closest(sent, hosts);
        if (near) return { message: 'nearHost', data: { host: sent, near } };
        return { message: 'wrongHost', data: { host: sent, hosts: list } };
      }
      const paths = ings.flatMap((i) => (i.spec?.rules ?? []).filter((r) => r.host === sent).flatMap((r) => (r.http?.paths ?? []).map((p) => p.path ?? '/')));
      return { message: 'path', data: { host: sent, path: url.path, paths: [...new Set(paths)].join(', ') } };
    }
    return undefined;
  },
};
