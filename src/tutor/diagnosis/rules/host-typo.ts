// A host name with a typo: `curl http://external-servic` from a pod (no such Service, so
// cluster DNS says NXDOMAIN), or `-H 'Host: api.somecompany.co'` where the site is
// `api.somecompany.com` (the server answers 404 for a host it doesn't serve), or a site's name
// that resolves nowhere (`curl https://kubia.exmaple.com`) next to one an Ingress serves.
import { parseHosts } from '../../../cluster/network/dns.js';
import { hostHeader, parseTarget, ruleHosts } from '../facts.js';
import { closest } from '../names.js';
import type { DiagnosisContext, Rule } from '../types.js';

export const hostTypo: Rule = {
  meta: { id: 'host-typo', description: 'A Service name or Host header one or two letters off', messages: ['dns', 'header', 'name'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.from.kind === 'pod' && t.outcome === 'nxdomain') {
        const [first, ns] = parseTarget(t.target).host.split('.');
        const names = ctx.store.list('Service', ns && ctx.store.get('Namespace', undefined, ns) ? ns : 'default').map((s) => s.metadata?.name ?? '');
        const near = closest(first, names);
        if (near) return { message: 'dns', data: { name: first, near } };
      }
      if (t.outcome === 'nxdomain') {
        // A site's name (`kubia.exmaple.com`): the Ingresses' hosts, the names /etc/hosts gives
        // addresses, and ExternalName targets are what could have been meant.
        const host = parseTarget(t.target).host;
        const near = closest(host, [...ingressHosts(ctx), ...parseHosts(ctx.hosts).keys(), ...externalNames(ctx)]);
        if (near) return { message: 'name', data: { host, near } };
      }
      const sent = hostHeader(ctx.input);
      if (sent && t.httpStatus !== undefined && t.httpStatus >= 400) {
        const known = [...externalNames(ctx), ...ingressHosts(ctx)];
        const near = closest(sent, known);
        if (near) return { message: 'header', data: { host: sent, near } };
      }
    }
    return undefined;
  },
};

function externalNames(ctx: DiagnosisContext): string[] {
  return ctx.store.list('Service').map((s) => s.spec?.externalName).filter((h): h is string => !!h);
}

function ingressHosts(ctx: DiagnosisContext): string[] {
  return ctx.store.list('Ingress').flatMap(ruleHosts);
}
