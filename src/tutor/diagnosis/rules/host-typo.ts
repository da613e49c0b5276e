// A host name with a typo: `curl http://external-servic` from a pod (no such Service, so
// cluster DNS says NXDOMAIN), or `-H 'Host: api.somecompany.co'` where the site is
// `api.somecompany.com` (the server answers 404 for a host it doesn't serve), or a site's name
// that resolves nowhere (`curl https://kubia.exmaple.com`) next to one an Ingress serves.
import { parseHosts } from '../../../cluster/network/dns.js';
import { hostHeader, parseTarget, ruleHosts } from '../facts.js';
import { closest } from '../names.js';
import type { DiagnosisContext, Rule } from '../types.js';

export const hostTypo: Rule = {
  meta: { id: 'host-typo', description: 'A Service name or Host header one or two letters off', messages: ['dns', 'clusterName', 'header', 'name'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.from.kind === 'pod' && t.outcome === 'nxdomain') {
        const [first, ns] = parseTarget(t.target).host.split('.');
        const names = ctx.store.list('Service', ns && ctx.store.get('Namespace', undefined, ns) ? ns : 'default').map((s) => s.metadata?.name ?? '');
        const near = closest(first, names);
        if (near) return { message: 'dns', data: { name: first, near } };
        // The Service is right, the rest is not (`kubia.defualt`, `….svc.cluster.locl`).
        const host = parseTarget(t.target).host;
        const full = closest(host, clusterNames(ctx));
        if (full) return { message: 'clusterName', data: { host, near: full } };
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

/** Every name the cluster's DNS gives a Service: `kubia`, `kubia.default`, `kubia.default.svc`, `kubia.default.svc.cluster.local`. */
function clusterNames(ctx: DiagnosisContext): string[] {
  return ctx.store.list('Service').flatMap((s) => {
    const name = s.metadata?.name ?? '';
    const ns = s.metadata?.namespace ?? 'default';
    return [`${name}.${ns}`, `${name}.${ns}.svc`, `${name}.${ns}.svc.cluster.local`, ...(ns === 'default' ? [name] : [])];
  });
}

function externalNames(ctx: DiagnosisContext): string[] {
  return ctx.store.list('Service').map((s) => s.spec?.externalName).filter((h): h is string => !!h);
}

function ingressHosts(ctx: DiagnosisContext): string[] {
  return ctx.store.list('Ingress').flatMap(ruleHosts);
}
