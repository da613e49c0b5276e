// HTTPS to an Ingress: curl refuses a certificate it can't verify (exit 60) — the lesson's
// certificate is self-signed — unless told `-k`. And an Ingress whose `tls.secretName`
// names a Secret that doesn't exist makes the controller serve its "Fake Certificate".
import type { Ingress } from 'kubernetes-types/networking/v1.js';
import { words } from '../facts.js';
import { closest } from '../names.js';
import type { DiagnosisContext, Rule } from '../types.js';

function missingSecret(ctx: DiagnosisContext, ing: Ingress, ns: string): string | undefined {
  return (ing.spec?.tls ?? []).map((t) => t.secretName).find((s): s is string => !!s && !ctx.store.get('Secret', ns, s));
}

export const tlsInsecure: Rule = {
  meta: { id: 'tls-unverified', description: 'HTTPS to a self-signed certificate without -k', messages: ['selfSigned'] },
  check(ctx) {
    const t = ctx.traces.find((x) => x.outcome === 'tls-error' || (x.tool === 'curl' && ctx.exitCode === 60));
    if (!t || !/\bcurl\b/.test(ctx.input) || words(ctx.input).some((w) => w === '-k' || w === '--insecure' || /^-[a-zA-Z]*k[a-zA-Z]*$/.test(w))) return undefined;
    return { message: 'selfSigned', data: { fixed: ctx.input.replace(/\bcurl\b/, 'curl -k') } };
  },
};

export const ingressSecret: Rule = {
  meta: { id: 'ingress-tls-secret', description: 'An Ingress names a TLS Secret that does not exist', messages: ['near', 'missing'] },
  check(ctx) {
    const candidates: { ing: Ingress; ns: string }[] = [];
    for (const c of ctx.changed) {
      const ing = c.kind === 'Ingress' ? ctx.store.get('Ingress', c.namespace, c.name) : undefined;
      if (ing) candidates.push({ ing, ns: c.namespace });
    }
    for (const t of ctx.traces) {
      const ing = t.ingress?.tls ? ctx.store.get('Ingress', t.ingress.namespace, t.ingress.name) : undefined;
      if (ing) candidates.push({ ing, ns: t.ingress!.namespace });
    }
    for (const { ing, ns } of candidates) {
      const secret = missingSecret(ctx, ing, ns);
      if (!secret) continue;
      const tlsSecrets = ctx.store.list('Secret', ns).filter((s) => s.type === 'kubernetes.io/tls').map((s) => s.metadata?.name ?? '');
      const near = closest(secret, tlsSecrets) ?? (tlsSecrets.length === 1 ? tlsSecrets[0] : undefined);
      const data = { ingress: ing.metadata?.name ?? '', secret };
      return near ? { message: 'near', data: { ...data, near } } : { message: 'missing', data };
    }
    return undefined;
  },
};
