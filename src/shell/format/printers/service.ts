// `kubectl get services`: printService (CLUSTER-IP, EXTERNAL-IP clipping, PORT(S)).
import type { Service, ServicePort, LoadBalancerStatus } from 'kubernetes-types/core/v1.js';
import { age } from '../duration.js';
import { byteCompare, formatLabels } from '../labels.js';
import type { TablePrinter } from './types.js';

/**
 * printers.go cuts longer EXTERNAL-IP / ADDRESS values to 13 chars + `...` when not wide, but
 * the API server always generates tables wide, so kubectl users never see the cut (table.ts).
 */
const loadBalancerWidth = 16;

/** loadBalancerStatusStringer: unique IPs/hostnames, sorted, `,`-joined, clipped unless wide. */
export function loadBalancerStatusString(s: LoadBalancerStatus | undefined, wide: boolean): string {
  const set = new Set<string>();
  for (const i of s?.ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  let r = [...set].sort(byteCompare).join(',');
  if (!wide && r.length > loadBalancerWidth) r = r.slice(0, loadBalancerWidth - 3) + '...';
  return r;
}

export function serviceExternalIP(svc: Service, wide: boolean): string {
  const spec = svc.spec ?? {};
  const externalIPs = spec.externalIPs ?? [];
  switch (spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatusString(svc.status?.loadBalancer, wide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return spec.externalName ?? '';
  }
  return '<unknown>';
}

/** makePortString: `80/TCP`, `80:30123/TCP`, `,`-joined without spaces. */
export function servicePortsString(ports: readonly ServicePort[] | undefined): string {
  return (ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',');
}

export const servicePrinter: TablePrinter<Service> = {
  columns: [{ name: 'NAME' }, { name: 'TYPE' }, { name: 'CLUSTER-IP' }, { name: 'EXTERNAL-IP' }, { name: 'PORT(S)' }, { name: 'AGE' }, { name: 'SELECTOR', wide: true }],
  cells(svc, { now, wide }) {
    return [
      svc.metadata?.name ?? '',
      svc.spec?.type ?? '',
      svc.spec?.clusterIPs?.[0] ?? '<none>',
      serviceExternalIP(svc, wide),
      servicePortsString(svc.spec?.ports) || '<none>',
      age(svc.metadata?.creationTimestamp, now),
      formatLabels(svc.spec?.selector),
    ];
  },
};
