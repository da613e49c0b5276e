// `kubectl get ingress|ingressclass` (networking.k8s.io/v1).
import type { Ingress, IngressClass, IngressRule } from 'kubernetes-types/networking/v1.js';
import { age } from '../duration.js';
import { byteCompare } from '../labels.js';
import type { TablePrinter } from './types.js';
import type { IngressLoadBalancerStatus } from 'kubernetes-types/networking/v1.js';

/** formatHosts: up to three hosts, then ` + N more...` (N counts rules); none → `*`. */
export function formatHosts(rules: readonly IngressRule[] | undefined): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  for (const rule of rules ?? []) {
    if (list.length === max) more = true;
    if (!more && rule.host) list.push(rule.host);
  }
  if (list.length === 0) return '*';
  const ret = list.join(',');
  return more ? `${ret} + ${(rules?.length ?? 0) - max} more...` : ret;
}

/** ingressLoadBalancerStatusStringer: sorted unique IPs/hostnames, clipped to 16 unless wide. */
export function ingressAddress(s: IngressLoadBalancerStatus | undefined, wide: boolean): string {
  const set = new Set<string>();
  for (const i of s?.ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  let r = [...set].sort(byteCompare).join(',');
  if (!wide && r.length > 16) r = r.slice(0, 13) + '...';
  return r;
}

export const ingressPrinter: TablePrinter<Ingress> = {
  columns: [{ name: 'NAME' }, { name: 'CLASS' }, { name: 'HOSTS' }, { name: 'ADDRESS' }, { name: 'PORTS' }, { name: 'AGE' }],
  cells(ing, { now, wide }) {
    return [
      ing.metadata?.name ?? '',
      ing.spec?.ingressClassName ?? '<none>',
      formatHosts(ing.spec?.rules),
      ingressAddress(ing.status?.loadBalancer, wide),
      (ing.spec?.tls ?? []).length > 0 ? '80, 443' : '80',
      age(ing.metadata?.creationTimestamp, now),
    ];
  },
};

export const ingressClassPrinter: TablePrinter<IngressClass> = {
  columns: [{ name: 'NAME' }, { name: 'CONTROLLER' }, { name: 'PARAMETERS' }, { name: 'AGE' }],
  cells(ic, { now }) {
    const p = ic.spec?.parameters;
    let parameters = '<none>';
    if (p) parameters = `${p.kind}${p.apiGroup ? '.' + p.apiGroup : ''}/${p.name}`;
    return [ic.metadata?.name ?? '', ic.spec?.controller ?? '', parameters, age(ic.metadata?.creationTimestamp, now)];
  },
};
