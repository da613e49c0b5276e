// ingress-nginx as the learner meets it (§9): rules from every networking.k8s.io/v1
// Ingress of class nginx merged per host, paths matched by pathType with the longest-match
// rule, TLS terminated with the secret named for the host (or the controller's fake
// certificate), and nginx's own 404/503/308 pages.
import type { Ingress, IngressBackend } from 'kubernetes-types/networking/v1.js';
import type { Secret } from 'kubernetes-types/core/v1.js';
import type { Store } from '../store/store.js';
import { parseCertificate, type CertInfo } from './certs.js';

export interface IngressMatch {
  ingress: Readonly<Ingress>;
  /** The rule's host ('' for a rule without host). */
  host: string;
  path: string;
  pathType: string;
  backend: IngressBackend;
  /** True when the match is the Ingress's `spec.defaultBackend`. */
  isDefault: boolean;
}

const INGRESS_CLASS = 'nginx';

/** Ingresses this controller serves: class nginx, or no class when nginx is the default class. */
export function servedIngresses(store: Store): Readonly<Ingress>[] {
  const classes = store.list('IngressClass');
  const nginxIsDefault = classes.length === 0 || classes.some((c) => c.metadata?.name === INGRESS_CLASS && c.metadata?.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true');
  return store.list('Ingress').filter((i) => {
    const cls = i.spec?.ingressClassName ?? i.metadata?.annotations?.['kubernetes.io/ingress.class'];
    return cls ? cls === INGRESS_CLASS : nginxIsDefault;
  });
}

/** Does a request path match one rule path (§9.2)? Returns the match length, or -1. */
export function pathMatch(pathType: string, rulePath: string, reqPath: string): number {
  if (pathType === 'Exact') return rulePath === reqPath ? rulePath.length : -1;
  if (pathType === 'ImplementationSpecific') return reqPath.startsWith(rulePath) ? rulePath.length : -1; // nginx `location` prefix
  // Prefix: element-wise, trailing slashes ignored on both sides.
  const ruleEls = rulePath.split('/').filter(Boolean);
  const reqEls = reqPath.split('/').filter(Boolean);
  if (ruleEls.length > reqEls.length) return -1;
  for (let i = 0; i < ruleEls.length; i++) if (ruleEls[i] !== reqEls[i]) return -1;
  return ruleEls.join('/').length + 1;
}

function hostMatches(ruleHost: string, host: string): 'exact' | 'wildcard' | undefined {
  if (ruleHost === host) return 'exact';
  if (ruleHost.startsWith('*.')) {
    const suffix = ruleHost.slice(1);
    if (host.endsWith(suffix) && host.slice(0, -suffix.length).indexOf('.') === -1 && host.length > suffix.length) return 'wildcard';
  }
  return undefined;
}

/** Picks the rule for host + path: the most specific server (exact host, wildcard, catch-all), then the longest path (Exact wins ties). */
export function matchIngress(ingresses: readonly Readonly<Ingress>[], host: string, path: string): IngressMatch | undefined {
  const reqPath = path.replace(/\?.*$/, '') || '/';
  const h = host.toLowerCase();
  for (const level of ['exact', 'wildcard', 'any'] as const) {
    let best: { m: IngressMatch; len: number } | undefined;
    let serverExists = false;
    for (const ing of ingresses) {
      for (const rule of ing.spec?.rules ?? []) {
        const rh = (rule.host ?? '').toLowerCase();
        const ok = level === 'any' ? rh === '' : rh !== '' && hostMatches(rh, h) === level;
        if (!ok) continue;
        serverExists = true;
        for (const p of rule.http?.paths ?? []) {
          const rp = p.path ?? '/';
          const len = pathMatch(p.pathType, rp, reqPath);
          if (len < 0) continue;
          const better = !best || len > best.len || (len === best.len && p.pathType === 'Exact' && best.m.pathType !== 'Exact');
          if (better) best = { m: { ingress: ing, host: rh, path: rp, pathType: p.pathType, backend: p.backend, isDefault: false }, len };
        }
      }
    }
    if (best) return best.m;
    if (serverExists) break; // the host has a server block: unmatched paths go to the default backend
  }
  const withDefault = ingresses.find((i) => i.spec?.defaultBackend);
  if (withDefault) return { ingress: withDefault, host: '', path: '', pathType: '', backend: withDefault.spec!.defaultBackend!, isDefault: true };
  return undefined;
}

/** Is TLS configured for this host on any served Ingress (→ HTTP is redirected, HTTPS uses its secret)? */
export function tlsForHost(ingresses: readonly Readonly<Ingress>[], host: string): { ingress: Readonly<Ingress>; secretName?: string } | undefined {
  const h = host.toLowerCase();
  for (const ing of ingresses) for (const t of ing.spec?.tls ?? []) if ((t.hosts ?? []).some((x) => hostMatches(x.toLowerCase(), h))) return { ingress: ing, secretName: t.secretName };
  return undefined;
}

/**
 * ingress-nginx's self-signed default certificate, served when no secret covers the host. The
 * controller makes it when it starts (an hour before the session), valid for a year.
 */
export function fakeCertificate(sessionStartMs: number): CertInfo {
  return {
    subject: [['O', 'Acme Co'], ['CN', 'Kubernetes Ingress Controller Fake Certificate']],
    issuer: [['O', 'Acme Co'], ['CN', 'Kubernetes Ingress Controller Fake Certificate']],
    notBefore: new Date(sessionStartMs - 3_600_000),
    notAfter: new Date(sessionStartMs - 3_600_000 + 365 * 86_400_000),
    dnsNames: ['ingress.local'],
    selfSigned: true,
  };
}

/** Parses TLS secrets once per resourceVersion; the hot path only looks up the cache. */
export class CertCache {
  private cache = new Map<string, { rv: string; cert: CertInfo | undefined }>();

  certFor(secret: Readonly<Secret> | undefined): CertInfo | undefined {
    if (!secret || secret.type !== 'kubernetes.io/tls') return undefined;
    const key = `${secret.metadata?.namespace}/${secret.metadata?.name}`;
    const rv = `${secret.metadata?.uid}:${secret.metadata?.resourceVersion}`;
    const hit = this.cache.get(key);
    if (hit && hit.rv === rv) return hit.cert;
    const b64 = secret.data?.['tls.crt'];
    const pem = b64 !== undefined ? Buffer.from(b64, 'base64').toString('utf8') : secret.stringData?.['tls.crt'];
    const cert = pem ? parseCertificate(pem) : undefined;
    this.cache.set(key, { rv, cert });
    return cert;
  }
}
