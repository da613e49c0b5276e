// The data plane: what happens to a packet once a command sends one. A request is resolved
// (dns.ts), routed by address — a ClusterIP, a NodePort on a node, a load balancer, a pod,
// the ingress controller, the simulated internet — through kube-proxy's rules (proxy.ts),
// optionally wrapped in TLS, and answered by the program that listens there (apps.ts,
// ingress.ts). Every request leaves a Trace the tutor can explain.
//
// The Network reads Services, Endpoints, Ingresses, Secrets and Nodes; pods only to map an
// IP to the container that answers (and to write its log) — never their readiness.
import type { Pod, Service, ServicePort } from 'kubernetes-types/core/v1.js';
import type { Cluster } from '../cluster.js';
import type { Rng } from '../runtime/rng.js';
import { hop, type Trace, type TraceEndpoint, type TraceLookup, type TraceOutcome, type TraceTool } from './trace.js';
import { bridgeIp } from './addr.js';
import { appFor, appIdForImage, type App } from './apps.js';
import { curlName, type CertInfo, certMatchesHost } from './certs.js';
import { Dns, resolveHost, searchCandidates, type DnsResponse, type RecordType, type ResolveResult, type ResolverConfig } from './dns.js';
import { header, httpDate, nginxErrorPage, REASONS, type HttpRequest, type HttpResponse } from './http.js';
import { CertCache, fakeCertificate, matchIngress, servedIngresses, tlsForHost } from './ingress.js';
import { internetHostByIp, publicCert, type InternetHost } from './internet.js';
import { KubeProxy, readyEndpoints, servicePortFor, type ReadyEndpoint } from './proxy.js';
import { Topology } from './topology.js';

export type { ResolverConfig } from './dns.js';
export type { HttpRequest, HttpResponse } from './http.js';
export type { CertInfo } from './certs.js';

/** Where traffic leaves from: a PlaceInfo (laptop, pod, node) is one. */
export interface NetClient {
  kind: 'laptop' | 'pod' | 'node';
  name: string;
  ip: string;
  node?: string;
  namespace?: string;
}

/** The parts of the Cluster the data plane uses (tests may pass a lighter object). */
export type NetworkCluster = Pick<Cluster, 'store' | 'clock' | 'rng' | 'appendLog' | 'epochMs'>;

/** A trace under construction. */
export type TraceDraft = Omit<Trace, 'id' | 'time'>;

/** What answers once a TCP connection is established. */
type Peer =
  | { kind: 'pod'; pod: Readonly<Pod>; app: App; container: string; ip: string; port: number }
  | { kind: 'ingress'; controllerIp: string; node?: string; port: number }
  | { kind: 'internet'; host: InternetHost; port: number }
  | { kind: 'apiserver'; port: number };

const API_SERVER_PORT = 6443;

/**
 * The API server's serving certificate: signed by the cluster CA, which clients outside
 * kubeconfig do not trust. Issued when the cluster was made (twelve days before the session),
 * valid for a year, as kubeadm does.
 */
function apiServerCertificate(sessionStartMs: number): CertInfo {
  return {
    subject: [['CN', 'kube-apiserver']],
    issuer: [['CN', 'kubernetes']],
    notBefore: new Date(sessionStartMs - 12 * 86_400_000),
    notAfter: new Date(sessionStartMs + 353 * 86_400_000),
    dnsNames: ['control-plane', 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local'],
    selfSigned: false,
  };
}

/** What the API server tells an anonymous client (no token sent). */
function apiServerForbidden(path: string, nowMs: number): HttpResponse {
  const body = `{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "forbidden: User \\"system:anonymous\\" cannot get path \\"${path.replace(/\?.*$/, '')}\\"",\n  "reason": "Forbidden",\n  "details": {},\n  "code": 403\n}`;
  return {
    status: 403,
    reason: 'Forbidden',
    headers: [['Audit-Id', '5c0f3f2e-8d7a-4c1b-9a51-2f0c6f4b1e77'], ['Cache-Control', 'no-cache, private'], ['Content-Type', 'application/json'], ['X-Content-Type-Options', 'nosniff'], ['Date', httpDate(nowMs)], ['Content-Length', String(Buffer.byteLength(body))]],
    body,
  };
}

export type ConnectFailure = 'refused' | 'timeout';
type Connected = { ok: true; peer: Peer; clientIpSeen: string } | { ok: false; failure: ConnectFailure };

export interface TlsResult {
  cert: CertInfo;
  /** undefined when verification passed. */
  verifyError?: { code: number; text: string };
  /** Host-name mismatch (checked after the chain). */
  hostMismatch?: boolean;
}

export interface HttpExchangeOptions {
  client: NetClient;
  resolver: ResolverConfig;
  scheme: 'http' | 'https';
  /** The host as written in the URL (name or IP). */
  host: string;
  port: number;
  path: string;
  method: string;
  headers: [string, string][];
  body: string;
  /** curl --resolve: `host:port` → address, used instead of DNS. */
  pinned?: Map<string, string>;
  insecure: boolean;
  tool?: TraceTool;
  /**
   * Whether to go on to the name's next address after a failed connect (curl does, while
   * its connect time lasts). Without it only the first address is tried.
   */
  tryNext?: (failed: { ip: string; failure: ConnectFailure; last: boolean }) => boolean;
}

export interface HttpExchange {
  trace: TraceDraft;
  resolved?: ResolveResult;
  /** The address connected (or the last one tried). */
  ip?: string;
  failure?: 'resolve' | ConnectFailure | 'tls-verify' | 'tls-hostname' | 'tls-not-tls' | 'empty-reply';
  tls?: TlsResult;
  response?: HttpResponse;
}

export interface LookupResult {
  /** The DNS server asked: `10.96.0.10` for pods, the upstream resolver otherwise. */
  server: string;
  /** Each query sent and its response, in order. */
  queries: { name: string; type: RecordType; response: DnsResponse }[];
  /** The answering query, if any. */
  answer?: { name: string; type: RecordType; response: DnsResponse };
  trace: TraceDraft;
}

export interface PingResult {
  trace: TraceDraft;
  ip?: string;
  /** The name resolved (for `PING name (ip)`), or the literal IP. */
  name: string;
  /** Replies come back from this address (undefined: no reply). */
  replies: boolean;
  /** Reverse name of the replying address, when the target was a name. */
  replyName?: string;
  ttl: number;
}

/** The upstream (non-cluster) resolver the laptop and nodes use by default. */
export const UPSTREAM_RESOLVER = '192.168.65.1';

export class Network {
  /** Set by the Session: receives every finished trace (`network.onTrace = (t) => session.addTrace(t)`). */
  onTrace?: (t: TraceDraft) => void;

  readonly dns: Dns;
  readonly topology: Topology;
  private readonly proxy: KubeProxy;
  private readonly rng: Rng;
  private readonly certs = new CertCache();
  /**
   * Certificates the simulation issues itself, dated from the session's start (the cluster's
   * epoch), so their validity follows the cluster's clock whatever day it starts on.
   */
  private readonly apiServerCert: CertInfo;
  private readonly fakeCert: CertInfo;
  private readonly publicCerts = new Map<string, CertInfo>();
  /** Per container state of the apps (request counters), keyed by pod uid + container. */
  private readonly appState = new Map<string, Record<string, number>>();
  /** ingress-nginx balances round-robin per upstream. */
  private readonly roundRobin = new Map<string, number>();

  constructor(private readonly cluster: NetworkCluster) {
    this.rng = cluster.rng.fork('network');
    this.topology = new Topology(cluster.store);
    this.dns = new Dns(cluster.store, this.rng.fork('coredns'));
    this.proxy = new KubeProxy(cluster.store, this.rng.fork('kube-proxy'));
    this.apiServerCert = apiServerCertificate(cluster.epochMs);
    this.fakeCert = fakeCertificate(cluster.epochMs);
  }

  private publicCertFor(name: string): CertInfo {
    let cert = this.publicCerts.get(name);
    if (!cert) this.publicCerts.set(name, (cert = publicCert(name, this.cluster.epochMs)));
    return cert;
  }

  private now(): number {
    return this.cluster.clock.now();
  }

  private draft(tool: TraceTool, client: NetClient, target: string): TraceDraft {
    return { tool, from: { kind: client.kind, name: client.name, ip: client.ip, node: client.node }, target, lookups: [], hops: [], outcome: 'ok' };
  }

  /** Hands a finished trace to the session. */
  emit(t: TraceDraft, outcome?: TraceOutcome): TraceDraft {
    if (outcome) t.outcome = outcome;
    this.onTrace?.(t);
    return t;
  }

  // ---------------------------------------------------------------- DNS

  /** Which server a place's resolver talks to: CoreDNS when resolv.conf names the cluster DNS and the place is inside the cluster. */
  dnsServerFor(client: NetClient, cfg: ResolverConfig): { kind: 'coredns' | 'upstream'; ip: string } {
    const ns = cfg.nameservers[0];
    const clusterDns = this.dns.clusterDnsIp();
    if (client.kind !== 'laptop' && clusterDns && (ns === clusterDns || (!ns && client.kind === 'pod'))) return { kind: 'coredns', ip: clusterDns };
    return { kind: 'upstream', ip: ns ?? UPSTREAM_RESOLVER };
  }

  /** getaddrinfo for a place: /etc/hosts, then DNS with the search list. */
  resolve(client: NetClient, cfg: ResolverConfig, name: string, lookups: TraceLookup[]): ResolveResult {
    return resolveHost(this.dns, this.dnsServerFor(client, cfg).kind, cfg, name, lookups);
  }

  /**
   * A DNS lookup as nslookup/dig send it. `search`: walk the search list (nslookup does,
   * dig only with +search). Records a trace.
   */
  lookup(client: NetClient, cfg: ResolverConfig, name: string, type: RecordType, opts: { search: boolean; tool: TraceTool }): LookupResult {
    const server = this.dnsServerFor(client, cfg);
    const trace = this.draft(opts.tool, client, name);
    const candidates = opts.search ? searchCandidates(name, cfg) : [name.replace(/\.$/, '')];
    const queries: LookupResult['queries'] = [];
    let answer: LookupResult['answer'];
    trace.hops.push(hop('dns', server.kind === 'coredns' ? 'dnsQueryCoreDns' : 'dnsQueryUpstream', { ip: server.ip }));
    for (const cand of candidates) {
      const response = this.dns.query(server.kind, cand, type);
      queries.push({ name: cand, type, response });
      const cname = response.answers.find((a) => a.type === 'CNAME')?.data.replace(/\.$/, '');
      trace.lookups.push({
        name: cand,
        asked: name,
        type: type === 'ANY' ? 'A' : type,
        result: response.rcode !== 'NOERROR' ? response.rcode : response.answers.length ? response.answers.map((a) => a.data).join(', ') : 'NOERROR',
        answered: response.answers.some((a) => a.type === type || (type === 'ANY' && a.type !== 'CNAME')),
        ...(cname ? { cname } : {}),
      });
      if (response.rcode === 'NOERROR' && response.answers.length) {
        answer = queries[queries.length - 1];
        break;
      }
    }
    if (!answer) {
      const last = queries[queries.length - 1];
      // A name that exists but has no record of the type (NODATA) still ends the walk.
      const nodata = queries.find((q) => q.response.rcode === 'NOERROR');
      if (nodata) answer = nodata;
      else if (!last) answer = undefined;
    }
    this.emit(trace, answer && answer.response.answers.length ? 'ok' : 'nxdomain');
    return { server: server.ip, queries, answer, trace };
  }

  // ---------------------------------------------------------------- TCP

  /** May packets from this client reach this address at all (the laptop only sees the outside)? */
  private reachableFrom(client: NetClient, ip: string): boolean {
    // Loopback never leaves the machine: on the laptop nothing listens there (refused at once).
    if (client.kind !== 'laptop' || ip.startsWith('127.')) return true;
    return this.topology.nodesByIp.has(ip) || this.topology.servicesByLbIp.has(ip) || !!internetHostByIp(ip) || this.ingressAddresses().has(ip);
  }

  private ingressAddresses(): Set<string> {
    const s = new Set<string>();
    for (const ing of this.cluster.store.list('Ingress')) for (const lb of ing.status?.loadBalancer?.ingress ?? []) if (lb.ip) s.add(lb.ip);
    return s;
  }

  /** Opens a TCP connection from a client to ip:port through whatever rules apply. */
  connect(client: NetClient, ip: string, port: number, t: TraceDraft): Connected {
    const hops = t.hops;
    if (!this.reachableFrom(client, ip)) {
      hops.push(hop('drop', 'noRoute', { ip, client: client.name }));
      return { ok: false, failure: 'timeout' };
    }
    const topo = this.topology;
    if (ip.startsWith('127.')) {
      // Loopback: inside a pod it is the pod's own network namespace.
      const self = client.kind === 'pod' && client.namespace ? this.cluster.store.get('Pod', client.namespace, client.name) : undefined;
      if (self) return this.toPod(self, client.ip, port, ip, t);
      hops.push(hop('reject', 'nothingListensOnClient', { addr: `${ip}:${port}`, client: client.name }));
      return { ok: false, failure: 'refused' };
    }
    const viaClusterIp = topo.servicesByClusterIp.get(ip) ?? (client.kind !== 'laptop' ? topo.servicesByLbIp.get(ip) : undefined);
    if (viaClusterIp) return this.viaService(client, viaClusterIp, ip, port, t);
    const lbSvc = topo.servicesByLbIp.get(ip);
    if (lbSvc) return this.viaLoadBalancer(client, lbSvc, ip, port, t);
    const node = topo.nodesByIp.get(ip);
    if (node) {
      const nodeName = node.metadata!.name!;
      const npSvc = topo.servicesByNodePort.get(port);
      const svcPort = npSvc && servicePortFor(npSvc, port, 'nodePort');
      if (npSvc && svcPort) {
        hops.push(hop('nodeport', 'nodePort', { addr: `${ip}:${port}`, port, service: `${npSvc.metadata!.namespace}/${npSvc.metadata!.name}`, node: nodeName }));
        this.noteService(t, npSvc, svcPort);
        return this.viaNodePort(client, npSvc, svcPort, nodeName, ip, t);
      }
      if (port === API_SERVER_PORT && this.runsApiServer(nodeName)) {
        hops.push(hop('direct', 'apiserverOnNode', { addr: `${ip}:${port}`, node: nodeName }));
        return { ok: true, peer: { kind: 'apiserver', port }, clientIpSeen: client.ip };
      }
      const hp = topo.hostPorts.get(`${nodeName}:${port}`);
      if (hp) {
        hops.push(hop('hostport', 'hostPort', { addr: `${ip}:${port}`, pod: hp.metadata!.name!, node: nodeName }));
        return this.toPod(hp, hp.status?.podIP ?? ip, port, client.ip, t);
      }
      hops.push(hop('reject', 'nothingOnNodePort', { port, node: nodeName }));
      return { ok: false, failure: 'refused' };
    }
    const pod = topo.podsByIp.get(ip);
    if (pod) {
      hops.push(hop('direct', 'directToPod', { ip, pod: `${pod.metadata!.namespace}/${pod.metadata!.name}` }));
      return this.toPod(pod, ip, port, client.kind === 'node' ? this.nodeSourceIp(client, pod) : client.ip, t);
    }
    const ext = internetHostByIp(ip);
    if (ext) return this.toInternet(ext, ip, port, client, t);
    if (this.ingressAddresses().has(ip)) {
      const ctrl = [...topo.ingressControllers.values()][0];
      hops.push(hop('ingress', 'ingressAddress', { ip }));
      if (port !== 80 && port !== 443) return { ok: false, failure: 'refused' };
      return { ok: true, peer: { kind: 'ingress', controllerIp: ctrl?.status?.podIP ?? ip, node: ctrl?.spec?.nodeName, port }, clientIpSeen: client.ip };
    }
    hops.push(hop('drop', 'nobodyOwns', { ip }));
    return { ok: false, failure: 'timeout' };
  }

  private runsApiServer(nodeName: string): boolean {
    return this.cluster.store.list('Pod', 'kube-system').some((p) => p.spec?.nodeName === nodeName && p.spec.containers.some((c) => /kube-apiserver/.test(c.image ?? '')));
  }

  private noteService(t: TraceDraft, svc: Readonly<Service>, p: ServicePort): void {
    t.service ??= { namespace: svc.metadata!.namespace!, name: svc.metadata!.name!, port: p.port, type: svc.spec?.type ?? 'ClusterIP' };
  }

  /** The source a node's own connection carries: the bridge for a local pod, its own IP otherwise. */
  private nodeSourceIp(client: NetClient, pod: Readonly<Pod>): string {
    return pod.spec?.nodeName === client.node && pod.status?.podIP ? bridgeIp(pod.status.podIP) : client.ip;
  }

  private viaService(client: NetClient, svc: Readonly<Service>, ip: string, port: number, t: TraceDraft): Connected {
    const id = `${svc.metadata!.namespace}/${svc.metadata!.name}`;
    const svcPort = servicePortFor(svc, port, 'port');
    if (!svcPort) {
      t.hops.push(hop('reject', 'noSuchPort', { service: id, port, addr: `${ip}:${port}` }));
      return { ok: false, failure: 'refused' };
    }
    this.noteService(t, svc, svcPort);
    t.hops.push(hop('vip', 'vip', { addr: `${ip}:${port}`, service: id }));
    const local = svc.spec?.internalTrafficPolicy === 'Local' ? client.node : undefined;
    const d = this.proxy.choose(svc, svcPort, client.ip, this.now(), t.hops, local);
    if (d.kind === 'reject') return { ok: false, failure: 'refused' };
    if (d.kind === 'drop') return { ok: false, failure: 'timeout' };
    const e = d.endpoint;
    // Hairpin (a pod reaching itself through its service) and node-originated traffic are masqueraded.
    let seen = client.ip;
    if (e.ip === client.ip) {
      seen = bridgeIp(e.ip);
      t.hops.push(hop('snat', 'hairpin', { ip: seen }));
    } else if (client.kind === 'node') {
      seen = e.node === client.node ? bridgeIp(e.ip) : client.ip;
    }
    return this.toEndpoint(e, d.reason, seen, client, t);
  }

  private viaLoadBalancer(client: NetClient, svc: Readonly<Service>, ip: string, port: number, t: TraceDraft): Connected {
    const svcPort = servicePortFor(svc, port, 'port');
    const id = `${svc.metadata!.namespace}/${svc.metadata!.name}`;
    if (!svcPort) {
      t.hops.push(hop('drop', 'lbNoPort', { ip, port, service: id }));
      return { ok: false, failure: 'timeout' };
    }
    this.noteService(t, svc, svcPort);
    const nodes = this.topology.nodes();
    let candidates = nodes;
    if (svc.spec?.externalTrafficPolicy === 'Local') {
      // The cloud LB health-checks healthCheckNodePort and skips nodes without local endpoints.
      const withLocal = new Set(readyEndpoints(this.cluster.store, svc, svcPort).map((e) => e.node));
      const healthy = nodes.filter((n) => withLocal.has(n.metadata!.name));
      if (healthy.length) candidates = healthy;
    }
    if (candidates.length === 0) return { ok: false, failure: 'timeout' };
    const node = candidates.length === 1 ? candidates[0] : candidates[this.rng.int(0, candidates.length - 1)];
    const nodeName = node.metadata!.name!;
    const lb = { addr: `${ip}:${port}`, service: id, node: nodeName };
    t.hops.push(svcPort.nodePort ? hop('loadbalancer', 'loadBalancerNodePort', { ...lb, nodePort: svcPort.nodePort }) : hop('loadbalancer', 'loadBalancer', lb));
    return this.viaNodePort(client, svc, svcPort, nodeName, this.topology.nodeIp(node) ?? ip, t);
  }

  private viaNodePort(client: NetClient, svc: Readonly<Service>, svcPort: ServicePort, nodeName: string, nodeIp: string, t: TraceDraft): Connected {
    const local = svc.spec?.externalTrafficPolicy === 'Local';
    const d = this.proxy.choose(svc, svcPort, client.ip, this.now(), t.hops, local ? nodeName : undefined);
    if (d.kind === 'reject') return { ok: false, failure: 'refused' };
    if (d.kind === 'drop') return { ok: false, failure: 'timeout' };
    const e = d.endpoint;
    let seen = client.ip;
    if (local) {
      t.hops.push(hop('snat', 'snatLocal', { ip: client.ip }));
    } else {
      seen = e.node === nodeName ? bridgeIp(e.ip) : nodeIp;
      const crosses = e.node && e.node !== nodeName;
      t.hops.push(crosses ? hop('snat', 'snatClusterHop', { ip: seen, from: nodeName, to: e.node! }) : hop('snat', 'snatCluster', { ip: seen }));
    }
    return this.toEndpoint(e, d.reason, seen, client, t);
  }

  private toEndpoint(e: ReadyEndpoint, reason: TraceEndpoint['reason'], seen: string, client: NetClient, t: TraceDraft): Connected {
    t.endpoint = { pod: e.pod, namespace: e.pod ? e.namespace : undefined, ip: e.ip, port: e.port, node: e.node, reason };
    const pod = this.topology.podsByIp.get(e.ip);
    if (pod) {
      if (client.node && e.node && client.node !== e.node && client.kind !== 'laptop') t.hops.push(hop('node-hop', 'nodeHop', { endpointNode: e.node, clientNode: client.node }));
      return this.toPod(pod, e.ip, e.port, seen, t);
    }
    const node = this.topology.nodesByIp.get(e.ip);
    if (node && e.port === API_SERVER_PORT && this.runsApiServer(node.metadata!.name!)) {
      t.hops.push(hop('direct', 'endpointApiserver', { addr: `${e.ip}:${e.port}` }));
      return { ok: true, peer: { kind: 'apiserver', port: e.port }, clientIpSeen: seen };
    }
    const ext = internetHostByIp(e.ip);
    if (ext) {
      t.endpoint.reason = reason === 'random' ? 'manual' : reason;
      return this.toInternet(ext, e.ip, e.port, client, t, seen);
    }
    t.hops.push(hop('drop', 'endpointNobody', { ip: e.ip }));
    return { ok: false, failure: 'timeout' };
  }

  private toPod(pod: Readonly<Pod>, ip: string, port: number, seen: string, t: TraceDraft): Connected {
    if (pod.status?.phase !== 'Running') {
      t.hops.push(hop('reject', 'podNotRunning', { pod: pod.metadata!.name!, phase: pod.status?.phase ?? 'Unknown' }));
      return { ok: false, failure: 'refused' };
    }
    const statuses = pod.status?.containerStatuses ?? [];
    for (const c of pod.spec?.containers ?? []) {
      const running = statuses.length === 0 || statuses.some((s) => s.name === c.name && s.state?.running);
      const app = appFor(appIdForImage(c.image));
      if (running && app.ports.includes(port)) {
        t.clientIpSeen = seen;
        if (appIdForImage(c.image) === 'ingress-nginx') return { ok: true, peer: { kind: 'ingress', controllerIp: ip, node: pod.spec?.nodeName, port }, clientIpSeen: seen };
        return { ok: true, peer: { kind: 'pod', pod, app, container: c.name, ip, port }, clientIpSeen: seen };
      }
    }
    t.hops.push(hop('reject', 'podNothingListens', { addr: `${ip}:${port}`, pod: pod.metadata!.name! }));
    return { ok: false, failure: 'refused' };
  }

  private toInternet(host: InternetHost, ip: string, port: number, client: NetClient, t: TraceDraft, seen?: string): Connected {
    // A pod's packets leave through its node, which masquerades them: the far end sees the node.
    const nodeIp = client.kind === 'pod' ? this.topology.nodeIp(this.topology.nodeByName(client.node)) : undefined;
    const name = host.names[0] ?? ip;
    t.hops.push(nodeIp ? hop('external', 'externalFromPod', { ip, name, node: nodeIp }) : hop('external', 'external', { ip, name }));
    if (!host.ports.includes(port)) return { ok: false, failure: 'refused' };
    t.clientIpSeen = nodeIp ?? seen ?? client.ip;
    return { ok: true, peer: { kind: 'internet', host, port }, clientIpSeen: t.clientIpSeen };
  }

  // ---------------------------------------------------------------- TLS and HTTP

  private tlsHandshake(peer: Peer, sni: string, insecure: boolean, t: TraceDraft): TlsResult | 'not-tls' {
    let cert: CertInfo | undefined;
    if (peer.kind === 'ingress' && peer.port === 443) {
      const served = servedIngresses(this.cluster.store);
      const tls = tlsForHost(served, sni);
      const secret = tls?.secretName ? this.cluster.store.get('Secret', tls.ingress.metadata!.namespace, tls.secretName) : undefined;
      cert = this.certs.certFor(secret);
      t.hops.push(cert ? hop('tls', 'tlsIngress', { secret: `${tls!.ingress.metadata!.namespace}/${tls!.secretName}`, subject: curlName(cert.subject) }) : hop('tls', 'tlsFakeCert', { host: sni }));
      cert ??= this.fakeCert;
    } else if (peer.kind === 'apiserver') {
      cert = this.apiServerCert;
      t.hops.push(hop('tls', 'tlsApiserver', {}));
    } else if (peer.kind === 'internet' && peer.port === 443 && peer.host.tlsName) {
      cert = this.publicCertFor(peer.host.tlsName);
      t.hops.push(hop('tls', 'tlsInternet', { host: peer.host.names[0] ?? '', issuer: curlName(cert.issuer) }));
    } else {
      t.hops.push(hop('tls', 'tlsPlainHttp', { port: peer.port }));
      return 'not-tls';
    }
    const now = this.now();
    let verifyError: TlsResult['verifyError'];
    if (cert.selfSigned) verifyError = { code: 18, text: 'self-signed certificate' };
    else if (cert === this.apiServerCert) verifyError = { code: 20, text: 'unable to get local issuer certificate' };
    else if (cert.notAfter.getTime() < now) verifyError = { code: 10, text: 'certificate has expired' };
    else if (cert.notBefore.getTime() > now) verifyError = { code: 9, text: 'certificate is not yet valid' };
    const hostMismatch = !certMatchesHost(cert, sni);
    if (verifyError && !insecure) t.hops.push(hop('tls', 'tlsRejected', { reason: verifyError.text }));
    return { cert, verifyError, hostMismatch };
  }

  private ingressHttp(peer: Extract<Peer, { kind: 'ingress' }>, req: HttpRequest, t: TraceDraft): HttpResponse {
    const now = this.now();
    const host = req.host.replace(/:\d+$/, '').toLowerCase();
    if (peer.port === 443 && req.scheme === 'http') {
      const r = nginxErrorPage(400, now);
      r.body = r.body.replace('<title>400 Bad Request</title>', '<title>400 The plain HTTP request was sent to HTTPS port</title>').replace('</h1></center>\r\n', '</h1></center>\r\n<center>The plain HTTP request was sent to HTTPS port</center>\r\n');
      r.headers = r.headers.map(([k, v]): [string, string] => [k, k === 'Content-Length' ? String(Buffer.byteLength(r.body)) : v]);
      return r;
    }
    const served = servedIngresses(this.cluster.store);
    const tls = tlsForHost(served, host);
    if (tls && req.scheme === 'http') {
      t.hops.push(hop('ingress', 'ingressTlsRedirect', { host }));
      return nginxErrorPage(308, now, [['Location', `https://${host}${req.path}`]]);
    }
    const m = matchIngress(served, host, req.path);
    if (!m) {
      t.hops.push(host ? hop('ingress', 'ingressNoRule', { host, path: req.path }) : hop('ingress', 'ingressNoRuleNoHost', { path: req.path }));
      return nginxErrorPage(404, now);
    }
    const ns = m.ingress.metadata!.namespace!;
    t.ingress = { namespace: ns, name: m.ingress.metadata!.name!, host: m.host, path: m.path, tls: req.scheme === 'https' };
    const b = m.backend.service;
    t.hops.push(m.isDefault
      ? hop('ingress', 'ingressDefaultBackend', { service: b?.name ?? '' })
      : hop('ingress', 'ingressRule', { ingress: `${ns}/${m.ingress.metadata!.name}`, host: m.host || '*', path: m.path, pathType: m.pathType, backend: `${b?.name}:${b?.port?.number ?? b?.port?.name}` }));
    const svc = b ? this.cluster.store.get('Service', ns, b.name) : undefined;
    const svcPort = svc?.spec?.ports?.find((p) => (b?.port?.number !== undefined ? p.port === b.port.number : p.name === b?.port?.name));
    if (!svc || !svcPort) {
      t.hops.push(hop('ingress', 'ingressNoBackend', { service: `${ns}/${b?.name}` }));
      return nginxErrorPage(503, now);
    }
    // The backend is the service that matters for this request (the controller's own service was only the way in).
    t.hops.push(hop('ingress', 'ingressBackend', { service: `${ns}/${svc.metadata!.name}`, port: svcPort.port }));
    t.service = { namespace: ns, name: svc.metadata!.name!, port: svcPort.port, type: svc.spec?.type ?? 'ClusterIP' };
    const eps = readyEndpoints(this.cluster.store, svc, svcPort);
    if (eps.length === 0) {
      t.hops.push(hop('ingress', 'ingressNoReadyEndpoints', { service: `${ns}/${svc.metadata!.name}` }));
      return nginxErrorPage(503, now);
    }
    // ingress-nginx talks to the endpoints itself (not through the ClusterIP), round-robin.
    const key = `${ns}/${svc.metadata!.name}:${svcPort.port}`;
    const i = (this.roundRobin.get(key) ?? this.rng.int(0, eps.length - 1)) % eps.length;
    this.roundRobin.set(key, i + 1);
    const e = eps[i];
    t.endpoint = { pod: e.pod, namespace: e.pod ? e.namespace : undefined, ip: e.ip, port: e.port, node: e.node, reason: 'ingress-round-robin' };
    const proxied = { addr: `${e.ip}:${e.port}`, count: eps.length, controller: peer.controllerIp };
    t.hops.push(e.pod ? hop('endpoint', 'ingressProxiesPod', { ...proxied, pod: e.pod }) : hop('endpoint', 'ingressProxies', proxied));
    const pod = this.topology.podsByIp.get(e.ip);
    const up = pod ? this.toPod(pod, e.ip, e.port, peer.controllerIp, t) : undefined;
    if (!up || !up.ok || up.peer.kind !== 'pod' || !up.peer.app.http) return nginxErrorPage(502, now);
    const upstream = this.appHttp(up.peer, { ...req, scheme: 'http' }, peer.controllerIp);
    const headers: [string, string][] = [['Date', httpDate(now)]];
    const ct = header(upstream, 'Content-Type');
    if (ct) headers.push(['Content-Type', ct]);
    const cl = header(upstream, 'Content-Length');
    headers.push(cl ? ['Content-Length', cl] : ['Transfer-Encoding', 'chunked']);
    headers.push(['Connection', 'keep-alive']);
    if (req.scheme === 'https' && tls) headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
    return { status: upstream.status, reason: REASONS[upstream.status] ?? upstream.reason, headers, body: upstream.body };
  }

  private appHttp(peer: Extract<Peer, { kind: 'pod' }>, req: HttpRequest, clientIp: string): HttpResponse {
    const pod = peer.pod;
    const ns = pod.metadata!.namespace!;
    const name = pod.metadata!.name!;
    const key = `${pod.metadata!.uid ?? `${ns}/${name}`}/${peer.container}`;
    let state = this.appState.get(key);
    if (!state) this.appState.set(key, (state = {}));
    return peer.app.http!(req, { nowMs: this.now(), pod, clientIp, state, log: (line) => this.cluster.appendLog(ns, name, line, peer.container) });
  }

  /**
   * A kubelet httpGet probe, answered by the container's app as it would answer anyone (so
   * kubia-unhealthy's 500s fail it and kubia logs the probe). The kubelet runs on the pod's
   * node and connects straight to the pod IP. No trace: it is not a request the learner made.
   * Undefined when no app of ours serves HTTP there (the kubelet then checks the port only).
   */
  probeHttp(r: { namespace: string; pod: string; container: string; ip: string; port: number; path: string; scheme: string }): { status: number } | undefined {
    const pod = this.cluster.store.get('Pod', r.namespace, r.pod);
    const c = pod?.spec?.containers?.find((x) => x.name === r.container);
    if (!pod || !c || r.scheme.toLowerCase() !== 'http') return undefined;
    const app = appFor(appIdForImage(c.image));
    if (!app.http || !app.ports.includes(r.port)) return undefined;
    const node = pod.spec?.nodeName ? this.cluster.store.get('Node', undefined, pod.spec.nodeName) : undefined;
    const kubeletIp = this.topology.nodeIp(node) ?? r.ip;
    const req: HttpRequest = { method: 'GET', host: `${r.ip}:${r.port}`, path: r.path, headers: [['User-Agent', 'kube-probe/1.30'], ['Accept', '*/*']], body: '', scheme: 'http' };
    return { status: this.appHttp({ kind: 'pod', pod, app, container: c.name, ip: r.ip, port: r.port }, req, kubeletIp).status };
  }

  /** The full exchange curl performs: resolve, connect, TLS, request, response. Records one trace. */
  httpExchange(o: HttpExchangeOptions): HttpExchange {
    const target = `${o.scheme}://${o.host}${(o.scheme === 'http' && o.port === 80) || (o.scheme === 'https' && o.port === 443) ? '' : `:${o.port}`}${o.path}`;
    const t = this.draft(o.tool ?? 'curl', o.client, target);
    const x: HttpExchange = { trace: t };
    const pinned = o.pinned?.get(`${o.host.toLowerCase()}:${o.port}`);
    if (pinned) {
      x.resolved = { ips: [pinned], name: o.host, source: 'literal' };
      t.hops.push(hop('dns', 'dnsPinned', { host: o.host, port: o.port, ip: pinned }));
    } else {
      x.resolved = this.resolve(o.client, o.resolver, o.host, t.lookups);
      const resolved = { host: o.host, ips: x.resolved.ips.join(', '), name: x.resolved.name };
      if (x.resolved.source === 'dns') t.hops.push(x.resolved.canonical ? hop('dns', 'dnsResolvedCname', { ...resolved, cname: x.resolved.canonical }) : hop('dns', 'dnsResolved', resolved));
      if (x.resolved.source === 'hosts') t.hops.push(hop('dns', 'dnsHosts', { host: o.host, ips: resolved.ips }));
    }
    if (!x.resolved.ips.length) {
      x.failure = 'resolve';
      t.hops.push(hop('dns', 'dnsFailed', { host: o.host }));
      this.emit(t, 'nxdomain');
      return x;
    }
    // getaddrinfo gives every address of the name (all /etc/hosts lines, every A record);
    // the caller says whether a failed connect moves on to the next one.
    let c: Connected | undefined;
    for (const [i, ip] of x.resolved.ips.entries()) {
      x.ip = ip;
      c = this.connect(o.client, ip, o.port, t);
      if (c.ok) break;
      if (!o.tryNext?.({ ip, failure: c.failure, last: i === x.resolved.ips.length - 1 })) break;
    }
    if (!c?.ok) {
      x.failure = c?.failure ?? 'timeout';
      this.emit(t, x.failure);
      return x;
    }
    if (o.scheme === 'https') {
      const tls = this.tlsHandshake(c.peer, o.host, o.insecure, t);
      if (tls === 'not-tls') {
        x.failure = 'tls-not-tls';
        this.emit(t, 'tls-error');
        return x;
      }
      x.tls = tls;
      if (!o.insecure && tls.verifyError) {
        x.failure = 'tls-verify';
        this.emit(t, 'tls-error');
        return x;
      }
      if (!o.insecure && tls.hostMismatch) {
        x.failure = 'tls-hostname';
        this.emit(t, 'tls-error');
        return x;
      }
    } else if (c.peer.kind === 'internet' && c.peer.port === 443) {
      // Plain HTTP to a TLS port: the server answers with a 400 page.
      x.response = nginxErrorPage(400, this.now());
      t.httpStatus = 400;
      this.emit(t, 'http-error');
      return x;
    }
    const req: HttpRequest = { method: o.method, host: header({ headers: o.headers }, 'Host') ?? o.host, path: o.path, headers: o.headers, body: o.body, scheme: o.scheme };
    let res: HttpResponse | undefined;
    const peer = c.peer;
    if (peer.kind === 'ingress') res = this.ingressHttp(peer, req, t);
    else if (peer.kind === 'internet') res = peer.host.answer(req, this.now());
    else if (peer.kind === 'apiserver') res = o.scheme === 'https' ? apiServerForbidden(o.path, this.now()) : { status: 400, reason: 'Bad Request', headers: [], body: 'Client sent an HTTP request to an HTTPS server.\n' };
    else if (peer.app.http) res = this.appHttp(peer, req, c.clientIpSeen);
    if (!res) {
      x.failure = 'empty-reply';
      this.emit(t, 'refused');
      return x;
    }
    if (req.method === 'HEAD') res = { ...res, body: '' };
    x.response = res;
    t.httpStatus = res.status;
    this.emit(t, res.status >= 400 ? 'http-error' : 'ok');
    return x;
  }

  // ---------------------------------------------------------------- ICMP

  /** Echo requests from a client: who answers (pods, nodes, the internet) and who cannot (a ClusterIP is only a rule). */
  ping(client: NetClient, cfg: ResolverConfig, target: string): PingResult {
    const t = this.draft('ping', client, target);
    const r = this.resolve(client, cfg, target, t.lookups);
    if (!r.ips.length) {
      this.emit(t, 'nxdomain');
      return { trace: t, name: target, replies: false, ttl: 0 };
    }
    const ip = r.ips[0];
    const name = r.source === 'dns' || r.source === 'hosts' ? (r.canonical ?? r.name) : ip;
    const res: PingResult = { trace: t, ip, name, replies: false, ttl: 64 };
    const topo = this.topology;
    if (!this.reachableFrom(client, ip)) {
      t.hops.push(hop('drop', 'unreachableFrom', { ip, client: client.name }));
    } else if (topo.servicesByClusterIp.has(ip)) {
      const s = topo.servicesByClusterIp.get(ip)!;
      t.hops.push(hop('vip', 'pingVip', { ip, service: `${s.metadata!.namespace}/${s.metadata!.name}` }));
    } else if (topo.nodesByIp.has(ip)) {
      res.replies = true;
      res.ttl = client.kind === 'node' && client.ip === ip ? 64 : 64;
    } else if (topo.podsByIp.has(ip)) {
      const pod = topo.podsByIp.get(ip)!;
      res.replies = pod.status?.phase === 'Running';
      res.ttl = client.node && pod.spec?.nodeName === client.node ? 64 : 63;
    } else if (internetHostByIp(ip)) {
      res.replies = true;
      res.ttl = 117;
    } else if (topo.servicesByLbIp.has(ip)) {
      t.hops.push(hop('loadbalancer', 'pingLoadBalancer', { ip }));
    } else {
      t.hops.push(hop('drop', 'pingNobody', { ip }));
    }
    if (res.replies && r.source === 'dns') {
      const ptr = this.dns.query(this.dnsServerFor(client, cfg).kind, `${ip.split('.').reverse().join('.')}.in-addr.arpa`, 'PTR');
      res.replyName = ptr.answers[0]?.data.replace(/\.$/, '');
    }
    this.emit(t, res.replies ? 'ok' : 'timeout');
    return res;
  }
}
