// The ingress controller answered 503: the rule matched, but its backend Service does not
// exist or has no ready endpoints.
import type { Ingress } from 'kubernetes-types/networking/v1.js';
import { parseTarget } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

function backendFor(ing: Ingress, host: string, path: string): { name: string; port: string } | undefined {
  for (const r of ing.spec?.rules ?? []) {
    if (r.host && r.host !== host) continue;
    const sorted = [...(r.http?.paths ?? [])].sort((a, b) => (b.path ?? '/').length - (a.path ?? '/').length);
    for (const p of sorted) {
      if (!path.startsWith(p.path ?? '/')) continue;
      const s = p.backend?.service;
      if (s?.name) return { name: s.name, port: String(s.port?.number ?? s.port?.name ?? '') };
    }
  }
  const d = ing.spec?.defaultBackend?.service;
  return d?.name ? { name: d.name, port: String(d.port?.number ?? d.port?.name ?? '') } : undefined;
}

export const ingressBackend: Rule = {
  meta: { id: 'ingress-backend', description: 'Ingress 503: the backend Service is missing or has no ready endpoints', messages: ['missing', 'missingNear', 'noEndpoints'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.httpStatus !== 503 || !t.ingress) continue;
      const ing = ctx.store.get('Ingress', t.ingress.namespace, t.ingress.name);
      if (!ing) continue;
      const b = backendFor(ing, t.ingress.host, parseTarget(t.target).path);
      if (!b) continue;
      const ns = t.ingress.namespace;
      if (!ctx.store.get('Service', ns, b.name)) {
        const near = closest(b.name, ctx.store.list('Service', ns).map((s) => s.metadata?.name ?? ''));
        const data = { ingress: t.ingress.name, name: b.name };
        return near ? { message: 'missingNear', data: { ...data, near } } : { message: 'missing', data };
      }
      return { message: 'noEndpoints', data: { ingress: t.ingress.name, name: b.name } };
    }
    return undefined;
  },
};
