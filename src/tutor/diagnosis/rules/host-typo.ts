// A host name with a typo: `curl http://external-servic` from a pod (no such Service, so
// cluster DNS says NXDOMAIN), or `-H 'Host: api.somecompany.co'` where the site is
// `api.somecompany.com` (the server answers 404 for a host it doesn't serve).
import { hostHeader, parseTarget, ruleHosts } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const hostTypo: Rule = {
  meta: { id: 'host-typo', description: 'A Service name or Host header one or two letters off', messages: ['dns', 'header'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.from.kind === 'pod' && t.outcome === 'nxdomain') {
        const [first, ns] = parseTarget(t.target).host.split('.');
        const names = ctx.store.list('Service', ns && ctx.store.get('Namespace', undefined, ns) ? ns : 'default').map((s) => s.metadata?.name ?? '');
        const near = closest(first, names);
        if (near) return { message: 'dns', data: { name: first, near } };
      }
      const sent = hostHeader(ctx.input);
      if (sent && t.httpStatus !== undefined && t.httpStatus >= 400) {
        const known = [
          ...ctx.store.list('Service').map((s) => s.spec?.externalName).filter((h): h is string => !!h),
          ...ctx.store.list('Ingress').flatMap(ruleHosts),
        ];
        const near = closest(sent, known);
        if (near) return { message: 'header', data: { host: sent, near } };
      }
    }
    return undefined;
  },
};
