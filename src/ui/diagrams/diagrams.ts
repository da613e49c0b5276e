// Text diagrams drawn from the live cluster and the data plane's request traces: what the
// study document showed as screenshots (client → service → pods on nodes; NodePort and
// LoadBalancer; ingress) and /trace's picture of the last request. Pure functions from
// state to lines; the Diagram component only colours them. Pods are read from Endpoints,
// like kube-proxy, so the picture shows what traffic can actually reach.
import type { Endpoints, Pod, Service } from 'kubernetes-types/core/v1.js';
import type { Ingress } from 'kubernetes-types/networking/v1.js';
import type { Trace, TraceHop } from '../../cluster/network/trace.js';
import type { Kind } from '../../cluster/api/kinds.js';

export interface DiagramStore {
  list(kind: Kind, namespace?: string): readonly unknown[];
  get(kind: Kind, namespace: string | undefined, name: string): unknown;
}

export interface DiagramLabels {
  t: (key: string, vars?: Record<string, unknown>) => string;
  /** Box-drawing tree glyphs, or ASCII in plain mode. */
  plain: boolean;
}

const tree = (plain: boolean) =>
  plain ? { mid: '|-> ', last: '`-> ', pipe: '|   ', space: '    ', arrow: '->' } : { mid: '├─▶ ', last: '└─▶ ', pipe: '│   ', space: '    ', arrow: '→' };

function endpointLines(ep: Endpoints | undefined, port: string, L: DiagramLabels, indent: string): string[] {
  const g = tree(L.plain);
  const items: string[] = [];
  for (const subset of ep?.subsets ?? []) {
    const p = subset.ports?.find((x) => x.name === port || !port) ?? subset.ports?.[0];
    const portText = p ? `:${p.port}` : '';
    for (const a of subset.addresses ?? []) items.push(addr(a, portText));
    for (const a of subset.notReadyAddresses ?? []) items.push(`${addr(a, portText)}  (${L.t('diagram.notReady')})`);
  }
  if (items.length === 0) return [`${indent}${g.last}${L.t('diagram.noEndpoints')}`];
  return items.map((s, i) => `${indent}${i === items.length - 1 ? g.last : g.mid}${s}`);
}

function addr(a: { ip: string; nodeName?: string; targetRef?: { name?: string } }, port: string): string {
  const who = a.targetRef?.name ? `${a.targetRef.name} ` : '';
  return `${who}${a.ip}${port}${a.nodeName ? ` @ ${a.nodeName}` : ''}`;
}

/** One service: how clients reach it, then the pods behind it (from its Endpoints). */
export function serviceLines(svc: Service, store: DiagramStore, L: DiagramLabels): string[] {
  const g = tree(L.plain);
  const ns = svc.metadata?.namespace ?? 'default';
  const name = svc.metadata?.name ?? '?';
  const spec = svc.spec ?? {};
  const type = spec.type ?? 'ClusterIP';
  const ports = spec.ports ?? [];
  const out: string[] = [];
  const portList = ports.map((p) => `${p.port}${p.targetPort !== undefined ? `${g.arrow}${p.targetPort}` : ''}`).join(', ');
  if (type === 'ExternalName') {
    out.push(`${L.t('diagram.client')} ${g.arrow} svc/${name} ${g.arrow} ${spec.externalName} (ExternalName)`);
    return out;
  }
  const ip = spec.clusterIP === 'None' ? 'headless' : spec.clusterIP ?? '';
  const entry: string[] = [];
  if (type === 'LoadBalancer') {
    const lb = svc.status?.loadBalancer?.ingress?.[0]?.ip ?? '<pending>';
    entry.push(`${L.t('diagram.internet')} ${g.arrow} LB ${lb}:${ports.map((p) => p.port).join(',')}`);
  }
  if (type === 'NodePort' || type === 'LoadBalancer') {
    entry.push(`${type === 'LoadBalancer' ? '' : `${L.t('diagram.client')} `}${g.arrow} node:${ports.map((p) => p.nodePort ?? '?').join(',')}`);
  }
  const head = `svc/${name} ${ip}${portList ? ` [${portList}]` : ''} (${type})`;
  out.push(entry.length ? `${entry.join(' ')} ${g.arrow} ${head}` : `${L.t('diagram.client')} ${g.arrow} ${head}`);
  const ep = store.get('Endpoints', ns, name) as Endpoints | undefined;
  out.push(...endpointLines(ep, ports[0]?.name ?? '', L, '   '));
  return out;
}

function ingressLines(ing: Ingress, L: DiagramLabels): string[] {
  const g = tree(L.plain);
  const out: string[] = [];
  const lbIp = ing.status?.loadBalancer?.ingress?.[0]?.ip;
  out.push(`ingress/${ing.metadata?.name}${lbIp ? ` ${lbIp}` : ''}${ing.spec?.tls?.length ? ' (TLS)' : ''}`);
  const rules = ing.spec?.rules ?? [];
  const items: string[] = [];
  for (const r of rules) {
    for (const p of r.http?.paths ?? []) {
      const b = p.backend.service;
      items.push(`${r.host ?? '*'}${p.path ?? '/'} ${g.arrow} svc/${b?.name}:${b?.port?.number ?? b?.port?.name ?? ''}`);
    }
  }
  const def = ing.spec?.defaultBackend?.service;
  if (def) items.push(`(default) ${g.arrow} svc/${def.name}:${def.port?.number ?? def.port?.name ?? ''}`);
  items.forEach((s, i) => out.push(`   ${i === items.length - 1 ? g.last : g.mid}${s}`));
  return out;
}

/** The named lesson diagram, drawn from the cluster as it is now. */
export function namedDiagram(name: string, store: DiagramStore, L: DiagramLabels, namespace = 'default'): string[] {
  const services = (store.list('Service', namespace) as Service[]).filter((s) => s.metadata?.name !== 'kubernetes');
  const ingresses = store.list('Ingress', namespace) as Ingress[];
  const byType = (types: string[]) => services.filter((s) => types.includes(s.spec?.type ?? 'ClusterIP'));
  let chosen: Service[] = services;
  const out: string[] = [];
  if (/dns/i.test(name)) return dnsLines(services, store, L, namespace);
  if (/ingress/i.test(name)) {
    for (const ing of ingresses) out.push(...ingressLines(ing, L));
    const backends = new Set(ingresses.flatMap((i) => (i.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend.service?.name))));
    chosen = services.filter((s) => backends.has(s.metadata?.name));
  } else if (/node-?port/i.test(name)) chosen = byType(['NodePort', 'LoadBalancer']);
  else if (/load-?balancer|external|lb/i.test(name)) chosen = byType(['LoadBalancer']);
  if (chosen.length === 0) chosen = services;
  if (out.length === 0) out.push(L.t('diagram.services'));
  for (const s of chosen) out.push(...serviceLines(s, store, L));
  if (chosen.length === 0) out.push(...podLines(store, L, namespace));
  return out;
}

/** No Service yet: the pods a Service could select, with their labels, IPs and nodes. */
function podLines(store: DiagramStore, L: DiagramLabels, namespace: string): string[] {
  const g = tree(L.plain);
  const pods = store.list('Pod', namespace) as Pod[];
  if (pods.length === 0) return [`   ${L.t('diagram.noPods')}`];
  const out = [`${L.t('diagram.client')} ${g.arrow} ? ${L.t('diagram.noService')}`];
  pods.forEach((p, i) => {
    const labels = Object.entries(p.metadata?.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
    const where = `${p.status?.podIP ?? '<none>'}${p.spec?.nodeName ? ` @ ${p.spec.nodeName}` : ''}`;
    out.push(`   ${i === pods.length - 1 ? g.last : g.mid}${p.metadata?.name} ${where}${labels ? `  ${labels}` : ''}`);
  });
  return out;
}

/** /trace: one request's path — DNS lookups, the service VIP, NAT, the endpoint, the node hop. */
export function traceDiagram(trace: Trace | undefined, L: DiagramLabels): string[] {
  const g = tree(L.plain);
  if (!trace) return [L.t('diagram.noTrace')];
  const out: string[] = [L.t('diagram.trace', { id: trace.id, tool: trace.tool, target: trace.target })];
  const from = trace.from;
  const origin = from.kind === 'laptop' ? `${L.t('diagram.laptop')} ${from.ip}` : `${L.t(`trace.place.${from.kind}`)} ${from.name} ${from.ip}${from.node && from.kind === 'pod' ? ` @ ${from.node}` : ''}`;
  out.push(`   ${origin}`);
  for (const l of trace.lookups) out.push(`   ${g.mid}${L.t('diagram.lookup', { name: `${l.name} ${l.type}`, result: l.result })}`);
  if (trace.service) out.push(`   ${g.mid}svc/${trace.service.name}.${trace.service.namespace} :${trace.service.port} (${trace.service.type})`);
  if (trace.ingress) out.push(`   ${g.mid}ingress/${trace.ingress.name} ${trace.ingress.host}${trace.ingress.path}${trace.ingress.tls ? ' (TLS)' : ''}`);
  for (const h of trace.hops) out.push(`   ${g.mid}${hopText(h, L)}`);
  const e = trace.endpoint;
  if (e) out.push(`   ${g.mid}${e.pod ? `${e.pod} ` : ''}${e.ip}:${e.port}${e.node ? ` @ ${e.node}` : ''} (${L.t(`trace.reason.${e.reason}`)})`);
  const status = trace.httpStatus !== undefined ? ` (HTTP ${trace.httpStatus})` : '';
  out.push(`   ${g.last}${L.t('diagram.outcome', { outcome: L.t(`trace.outcome.${trace.outcome}`) + status })}`);
  if (trace.clientIpSeen) out.push(`      ${L.t('diagram.clientIp', { ip: trace.clientIpSeen })}`);
  return out;
}

/** A hop as the learner reads it: its kind's label, then its fact in their language. */
export function hopText(h: TraceHop, L: Pick<DiagramLabels, 't'>): string {
  return `${L.t(`trace.step.${h.step}`)}: ${L.t(`trace.hop.${h.fact.key}`, h.fact.vars)}`;
}

/** What cluster DNS answers for each service (A records, headless pod IPs, ExternalName CNAMEs). */
function dnsLines(services: Service[], store: DiagramStore, L: DiagramLabels, namespace: string): string[] {
  const g = tree(L.plain);
  const out = [L.t('diagram.dns')];
  services.forEach((svc, i) => {
    const name = `${svc.metadata?.name}.${svc.metadata?.namespace ?? namespace}.svc.cluster.local`;
    let answer: string;
    if (svc.spec?.type === 'ExternalName') answer = `CNAME ${svc.spec.externalName}`;
    else if (svc.spec?.clusterIP === 'None') {
      const ep = store.get('Endpoints', svc.metadata?.namespace ?? namespace, svc.metadata?.name ?? '') as Endpoints | undefined;
      const ips = (ep?.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.ip));
      answer = `${ips.join(', ') || '—'} (headless)`;
    } else answer = svc.spec?.clusterIP ?? '—';
    out.push(`   ${i === services.length - 1 ? g.last : g.mid}${name} ${g.arrow} ${answer}`);
  });
  out.push(`   ${L.t('diagram.search', { names: `${namespace}.svc.cluster.local svc.cluster.local cluster.local` })}`);
  return out;
}
