// Name resolution: the records CoreDNS serves for the cluster (fact sheet §4.3), the
// upstream resolver that knows only the simulated internet, and the client side — a glibc
// style resolver that reads the place's /etc/hosts and /etc/resolv.conf and walks the
// search list with ndots (§4.4). Every query sent is recorded as a TraceLookup.
import type { Endpoints, Service } from 'kubernetes-types/core/v1.js';
import type { Store } from '../store/store.js';
import type { Rng } from '../runtime/rng.js';
import type { TraceLookup } from './trace.js';
import { dashed, ipFromReverse, isIPv4, reverseName, undashed } from './addr.js';
import { internetHostByIp, internetHostByName } from './internet.js';

export const CLUSTER_DOMAIN = 'cluster.local';
/** kubeadm's CoreDNS TTL (`ttl 30` in the Corefile). */
export const CLUSTER_TTL = 30;
const UPSTREAM_TTL = 300;

export type RecordType = 'A' | 'AAAA' | 'CNAME' | 'SRV' | 'PTR' | 'ANY';
export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';

export interface DnsRecord {
  /** Owner name, fully qualified, no trailing dot. */
  name: string;
  type: 'A' | 'CNAME' | 'SRV' | 'PTR';
  ttl: number;
  /** A: the IP; CNAME/PTR: the target with a trailing dot; SRV: `prio weight port target.`. */
  data: string;
}

export interface DnsResponse {
  rcode: Rcode;
  answers: DnsRecord[];
  /** CoreDNS is authoritative for cluster.local; forwarded answers are not (nslookup's `Non-authoritative answer:`). */
  authoritative: boolean;
}

/** What a place's resolver is configured with (its /etc/resolv.conf and /etc/hosts). */
export interface ResolverConfig {
  nameservers: string[];
  search: string[];
  ndots: number;
  /** /etc/hosts: lower-case name → addresses in file order. */
  hosts: Map<string, string[]>;
}

export function parseResolvConf(text: string | undefined): Omit<ResolverConfig, 'hosts'> {
  const cfg = { nameservers: [] as string[], search: [] as string[], ndots: 1 };
  for (const line of (text ?? '').split('\n')) {
    const f = line.replace(/[#;].*$/, '').trim().split(/\s+/);
    if (f[0] === 'nameserver' && f[1]) cfg.nameservers.push(f[1]);
    else if (f[0] === 'search' || f[0] === 'domain') cfg.search = f.slice(1).filter((d) => d && d !== '.').map((d) => d.replace(/\.$/, ''));
    else if (f[0] === 'options') for (const o of f.slice(1)) if (o.startsWith('ndots:')) cfg.ndots = Math.min(15, Number(o.slice(6)) || 0);
  }
  return cfg;
}

export function parseHosts(text: string | undefined): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of (text ?? '').split('\n')) {
    const f = line.replace(/#.*$/, '').trim().split(/\s+/);
    if (f.length < 2 || !isIPv4(f[0])) continue;
    for (const name of f.slice(1)) {
      const k = name.toLowerCase();
      m.set(k, [...(m.get(k) ?? []), f[0]]);
    }
  }
  return m;
}

/** The names a glibc resolver tries for `name`, in order (§4.4). */
export function searchCandidates(name: string, cfg: Pick<ResolverConfig, 'search' | 'ndots'>): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = name.split('.').length - 1;
  const searched = cfg.search.map((s) => `${name}.${s}`);
  return dots >= cfg.ndots ? [name, ...searched] : [...searched, name];
}

const nx = (authoritative: boolean): DnsResponse => ({ rcode: 'NXDOMAIN', answers: [], authoritative });

export class Dns {
  constructor(
    private readonly store: Store,
    private readonly rng: Rng,
  ) {}

  /** The kube-dns Service's ClusterIP (10.96.0.10 in kubeadm clusters), if the cluster has one. */
  clusterDnsIp(): string | undefined {
    const ip = this.store.get('Service', 'kube-system', 'kube-dns')?.spec?.clusterIP;
    return ip && ip !== 'None' ? ip : undefined;
  }

  /** One query to a server: `coredns` (the cluster's) or `upstream` (the internet's). */
  query(server: 'coredns' | 'upstream', rawName: string, type: RecordType): DnsResponse {
    const name = rawName.toLowerCase().replace(/\.$/, '');
    if (server === 'coredns') {
      if (name === CLUSTER_DOMAIN || name.endsWith(`.${CLUSTER_DOMAIN}`)) return this.clusterZone(name, type);
      if (name.endsWith('.in-addr.arpa')) {
        const r = this.clusterPtr(name, type);
        if (r) return r;
        // `fallthrough in-addr.arpa`: names CoreDNS doesn't own go to the upstream resolver.
      }
    }
    return this.upstream(name, type);
  }

  private upstream(name: string, type: RecordType): DnsResponse {
    const ip = ipFromReverse(name);
    if (ip) {
      const h = internetHostByIp(ip);
      if (h && h.names.length && (type === 'PTR' || type === 'ANY')) return { rcode: 'NOERROR', answers: [{ name, type: 'PTR', ttl: UPSTREAM_TTL, data: `${h.names[0]}.` }], authoritative: false };
      return h && h.names.length ? { rcode: 'NOERROR', answers: [], authoritative: false } : nx(false);
    }
    const h = internetHostByName(name);
    if (!h) return nx(false);
    const answers: DnsRecord[] = type === 'A' || type === 'ANY' ? [{ name, type: 'A', ttl: UPSTREAM_TTL, data: h.ip }] : [];
    return { rcode: 'NOERROR', answers, authoritative: false };
  }

  private clusterZone(name: string, type: RecordType): DnsResponse {
    const labels = name.slice(0, -(CLUSTER_DOMAIN.length + 1)).split('.');
    if (name === CLUSTER_DOMAIN) return { rcode: 'NOERROR', answers: [], authoritative: true };
    const kind = labels[labels.length - 1];
    if (kind === 'pod' && labels.length === 3) {
      const ip = undashed(labels[0]);
      if (!ip || !this.store.get('Namespace', undefined, labels[1])) return nx(true);
      return { rcode: 'NOERROR', answers: type === 'A' || type === 'ANY' ? [{ name, type: 'A', ttl: CLUSTER_TTL, data: ip }] : [], authoritative: true };
    }
    if (kind !== 'svc') return nx(true);
    if (labels.length === 3) return this.serviceRecords(name, labels[1], labels[0], type);
    if (labels.length === 4) return this.endpointRecord(name, labels[2], labels[1], labels[0], type);
    if (labels.length === 5 && labels[0].startsWith('_') && labels[1].startsWith('_')) return this.srvRecords(name, labels[3], labels[2], labels[0].slice(1), labels[1].slice(1), type);
    return nx(true);
  }

  private service(ns: string, name: string): Readonly<Service> | undefined {
    return this.store.get('Service', ns, name);
  }

  /** Ready endpoint addresses of a headless service (plus not-ready ones when it publishes them). */
  private headlessAddresses(svc: Readonly<Service>): { ip: string; hostname?: string }[] {
    const ep: Readonly<Endpoints> | undefined = this.store.get('Endpoints', svc.metadata!.namespace, svc.metadata!.name!);
    const out: { ip: string; hostname?: string }[] = [];
    const seen = new Set<string>();
    for (const s of ep?.subsets ?? []) {
      const addrs = [...(s.addresses ?? []), ...(svc.spec?.publishNotReadyAddresses ? (s.notReadyAddresses ?? []) : [])];
      for (const a of addrs) {
        if (seen.has(a.ip)) continue;
        seen.add(a.ip);
        out.push({ ip: a.ip, hostname: a.hostname });
      }
    }
    return out;
  }

  /** CoreDNS's `loadbalance` plugin shuffles multi-record answers per reply. */
  private shuffle<T>(xs: T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.rng.int(0, i);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  private serviceRecords(fqdn: string, ns: string, name: string, type: RecordType): DnsResponse {
    const svc = this.service(ns, name);
    if (!svc) return nx(true);
    const spec = svc.spec ?? {};
    if (spec.type === 'ExternalName') {
      const target = (spec.externalName ?? '').replace(/\.$/, '');
      const answers: DnsRecord[] = [{ name: fqdn, type: 'CNAME', ttl: CLUSTER_TTL, data: `${target}.` }];
      if (type === 'A' || type === 'ANY') answers.push(...this.upstream(target, 'A').answers);
      return { rcode: 'NOERROR', answers, authoritative: true };
    }
    if (type === 'SRV') {
      const recs = (spec.ports ?? []).map((p) => ({ name: fqdn, type: 'SRV' as const, ttl: CLUSTER_TTL, data: `0 100 ${p.port} ${fqdn}.` }));
      return { rcode: 'NOERROR', answers: recs, authoritative: true };
    }
    if (type !== 'A' && type !== 'ANY') return { rcode: 'NOERROR', answers: [], authoritative: true };
    if (spec.clusterIP === 'None') {
      const ips = this.shuffle(this.headlessAddresses(svc).map((a) => a.ip));
      return { rcode: 'NOERROR', answers: ips.map((ip) => ({ name: fqdn, type: 'A', ttl: CLUSTER_TTL, data: ip })), authoritative: true };
    }
    return { rcode: 'NOERROR', answers: spec.clusterIP ? [{ name: fqdn, type: 'A', ttl: CLUSTER_TTL, data: spec.clusterIP }] : [], authoritative: true };
  }

  private endpointRecord(fqdn: string, ns: string, svcName: string, host: string, type: RecordType): DnsResponse {
    const svc = this.service(ns, svcName);
    if (!svc || svc.spec?.clusterIP !== 'None') return nx(true);
    const a = this.headlessAddresses(svc).find((x) => (x.hostname ?? dashed(x.ip)) === host);
    if (!a) return nx(true);
    return { rcode: 'NOERROR', answers: type === 'A' || type === 'ANY' ? [{ name: fqdn, type: 'A', ttl: CLUSTER_TTL, data: a.ip }] : [], authoritative: true };
  }

  private srvRecords(fqdn: string, ns: string, svcName: string, portName: string, proto: string, type: RecordType): DnsResponse {
    const svc = this.service(ns, svcName);
    const port = svc?.spec?.ports?.find((p) => p.name === portName && (p.protocol ?? 'TCP').toLowerCase() === proto);
    if (!svc || !port) return nx(true);
    if (type !== 'SRV' && type !== 'ANY') return { rcode: 'NOERROR', answers: [], authoritative: true };
    const base = `${svcName}.${ns}.svc.${CLUSTER_DOMAIN}`;
    if (svc.spec?.clusterIP !== 'None') return { rcode: 'NOERROR', answers: [{ name: fqdn, type: 'SRV', ttl: CLUSTER_TTL, data: `0 100 ${port.port} ${base}.` }], authoritative: true };
    const addrs = this.shuffle(this.headlessAddresses(svc));
    const weight = addrs.length ? Math.floor(100 / addrs.length) : 100;
    const answers = addrs.map((a) => ({ name: fqdn, type: 'SRV' as const, ttl: CLUSTER_TTL, data: `0 ${weight} ${port.port} ${a.hostname ?? dashed(a.ip)}.${base}.` }));
    return { rcode: 'NOERROR', answers, authoritative: true };
  }

  private clusterPtr(name: string, type: RecordType): DnsResponse | undefined {
    const ip = ipFromReverse(name);
    if (!ip) return undefined;
    const ptr = (target: string): DnsResponse => ({ rcode: 'NOERROR', answers: type === 'PTR' || type === 'ANY' ? [{ name, type: 'PTR', ttl: CLUSTER_TTL, data: `${target}.` }] : [], authoritative: true });
    for (const svc of this.store.list('Service')) {
      const ns = svc.metadata!.namespace!;
      const svcName = svc.metadata!.name!;
      if (svc.spec?.clusterIP === ip) return ptr(`${svcName}.${ns}.svc.${CLUSTER_DOMAIN}`);
      if (svc.spec?.clusterIP === 'None') {
        const a = this.headlessAddresses(svc).find((x) => x.ip === ip);
        if (a) return ptr(`${a.hostname ?? dashed(a.ip)}.${svcName}.${ns}.svc.${CLUSTER_DOMAIN}`);
      }
    }
    return undefined;
  }
}

export interface ResolveResult {
  /** Addresses, in answer order; empty when the name could not be resolved. */
  ips: string[];
  /** The name that answered (after search expansion; the CNAME target's owner is kept as the asked name). */
  name: string;
  source: 'literal' | 'hosts' | 'dns' | 'none';
  /** The CNAME target, when the answer went through one (ExternalName). */
  canonical?: string;
}

/** getaddrinfo as glibc does it: literal IP, /etc/hosts, then DNS over the search list. */
export function resolveHost(dns: Dns, server: 'coredns' | 'upstream', cfg: ResolverConfig, name: string, lookups: TraceLookup[]): ResolveResult {
  if (isIPv4(name)) return { ips: [name], name, source: 'literal' };
  const hosts = cfg.hosts.get(name.toLowerCase().replace(/\.$/, ''));
  if (hosts) {
    lookups.push({ name, asked: name, type: 'A', result: `${hosts.join(', ')} (/etc/hosts)`, answered: true });
    return { ips: hosts, name, source: 'hosts' };
  }
  for (const cand of searchCandidates(name, cfg)) {
    const r = dns.query(server, cand, 'A');
    const a = r.answers.filter((x) => x.type === 'A').map((x) => x.data);
    const cname = r.answers.find((x) => x.type === 'CNAME')?.data.replace(/\.$/, '');
    lookups.push({
      name: cand,
      asked: name,
      type: 'A',
      result: r.rcode !== 'NOERROR' ? r.rcode : a.length ? [cname ? `CNAME ${cname}` : '', ...a].filter(Boolean).join(', ') : cname ? `CNAME ${cname} (no address)` : 'NOERROR (no answer)',
      answered: a.length > 0,
      ...(cname ? { cname } : {}),
    });
    if (a.length) return { ips: a, name: cand, source: 'dns', canonical: cname };
  }
  return { ips: [], name, source: 'none' };
}

export { reverseName };
