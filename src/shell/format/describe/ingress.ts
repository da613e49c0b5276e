// `kubectl describe ingress` (networking.k8s.io/v1, kubectl 1.30: backends resolved through
// the Endpoints object of the backend service).
import type { Ingress, IngressBackend, IngressServiceBackend } from 'kubernetes-types/networking/v1.js';
import { formatEndpoints } from '../endpoints-format.js';
import { ingressAddress } from '../printers/ingress.js';
import type { DescribeOptions } from '../types.js';
import { PrefixWriter, printLabelsMultiline, printAnnotationsMultiline, describeEvents, eventsFor } from './writer.js';

const serviceBackendString = (b: IngressServiceBackend): string => `${b.name}:${b.port?.number ? b.port.number : (b.port?.name ?? '')}`;

function describeBackend(ns: string, backend: IngressBackend, opts: DescribeOptions): string {
  if (backend.service) {
    const sb = serviceBackendString(backend.service);
    const endpoints = opts.lookup?.get?.('Endpoints', ns, backend.service.name);
    if (!endpoints) return `${sb} (<error: endpoints "${backend.service.name}" not found>)`;
    const service = opts.lookup?.get?.('Service', ns, backend.service.name);
    if (!service) return `${sb} (<error: services "${backend.service.name}" not found>)`;
    let spName = '';
    for (const sp of service.spec?.ports ?? []) {
      const want = backend.service.port;
      if (want?.number && want.number === sp.port) spName = sp.name ?? '';
      else if (want?.name && want.name === sp.name) spName = sp.name ?? '';
    }
    return `${sb} (${formatEndpoints(endpoints, new Set([spName]))})`;
  }
  if (backend.resource) {
    const r = backend.resource;
    return `APIGroup: ${r.apiGroup ?? '<none>'}, Kind: ${r.kind}, Name: ${r.name}`;
  }
  return '';
}

export function describeIngress(ing: Ingress, opts: DescribeOptions): string {
  const meta = ing.metadata ?? {};
  const ns = meta.namespace ?? '';
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  w.write(0, `Namespace:\t${ns}\n`);
  w.write(0, `Address:\t${ingressAddress(ing.status?.loadBalancer, true)}\n`);
  w.write(0, `Ingress Class:\t${ing.spec?.ingressClassName ?? '<none>'}\n`);
  const def = ing.spec?.defaultBackend;
  const defaultBackend = def ? describeBackend(ns, def, opts) : '<default>';
  w.write(0, `Default backend:\t${defaultBackend}\n`);
  const tls = ing.spec?.tls ?? [];
  if (tls.length > 0) {
    w.write(0, 'TLS:\n');
    for (const t of tls) {
      const hosts = (t.hosts ?? []).join(',');
      w.write(1, t.secretName ? `${t.secretName} terminates ${hosts}\n` : `SNI routes ${hosts}\n`);
    }
  }
  w.write(0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(1, '----\t----\t--------\n');
  let count = 0;
  for (const rule of ing.spec?.rules ?? []) {
    if (!rule.http) continue;
    count++;
    w.write(1, `${rule.host || '*'}\t\n`);
    for (const path of rule.http.paths ?? []) w.write(2, `\t${path.path ?? ''} \t${describeBackend(ns, path.backend, opts)}\n`);
  }
  if (count === 0) w.write(1, `*\t*\t${defaultBackend}\n`);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'Ingress', meta), opts.now);
  return w.toString();
}
