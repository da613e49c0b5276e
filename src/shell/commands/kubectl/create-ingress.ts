// `kubectl create ingress NAME --rule=host/path=svc:port[,tls[=secret]] [--class] [--default-backend]`:
// kubectl's ingress generator (a trailing `*` makes a Prefix path, otherwise Exact).
import { usageError, type Verb } from './kube.js';
import { createGenerated } from './write.js';
import { exactlyOneName } from './create-service.js';
import { GENERATOR_FLAGS, longFlags } from './common-flags.js';

const RULE = /^([\w*.-]*)(\/[^=]*)=([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?):([\w-]+)(,tls(=([\w-]+))?)?$/;

function backend(service: string, port: string): Record<string, any> {
  return { service: { name: service, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

export const createIngressVerb: Verb = {
  name: 'ingress',
  aliases: ['ing'],
  flags: [
    ...GENERATOR_FLAGS,
    ...longFlags('strings', 'rule', 'annotation'),
    ...longFlags('string', 'class', 'default-backend'),
  ],
  run(inv) {
    const name = exactlyOneName(inv);
    const rules: Record<string, any>[] = [];
    const tls: { hosts?: string[]; secretName?: string }[] = [];
    const ruleTexts = inv.flags.list('rule');
    const defaultBackend = inv.flags.str('default-backend');
    if (ruleTexts.length === 0 && !defaultBackend) {
      throw usageError('not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)');
    }
    for (const text of ruleTexts) {
      const m = RULE.exec(text);
      if (!m) throw usageError(`rule ${text} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
      const [, host, rawPath, service, , port, withTls, , secret] = m;
      const prefix = rawPath.endsWith('*');
      const path = prefix ? rawPath.slice(0, -1) || '/' : rawPath;
      const entry = { backend: backend(service, port), path, pathType: prefix ? 'Prefix' : 'Exact' };
      const existing = rules.find((r) => (r.host ?? '') === host);
      if (existing) existing.http.paths.push(entry);
      else rules.push({ ...(host ? { host } : {}), http: { paths: [entry] } });
      if (withTls) {
        const same = tls.find((t) => t.secretName === (secret || undefined));
        if (same && host) same.hosts = [...(same.hosts ?? []), host];
        else tls.push({ ...(host ? { hosts: [host] } : {}), ...(secret ? { secretName: secret } : {}) });
      }
    }
    const spec: Record<string, any> = {};
    if (defaultBackend) {
      const [svc, port = ''] = defaultBackend.split(':');
      spec.defaultBackend = backend(svc, port);
    }
    if (inv.flags.has('class')) spec.ingressClassName = inv.flags.str('class');
    if (rules.length) spec.rules = rules;
    if (tls.length) spec.tls = tls;
    const metadata: Record<string, any> = { creationTimestamp: null, name };
    const annotations = inv.flags.list('annotation');
    if (annotations.length) metadata.annotations = Object.fromEntries(annotations.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
    return createGenerated(inv, 'Ingress', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata, spec, status: { loadBalancer: {} } }, 'failed to create ingress: ');
  },
};
