// A request's path through the simulated network, recorded for the tutor (/trace, checkpoints).
// The data plane fills one Trace per request; nothing here is printed by the cluster itself.

export type TraceTool = 'curl' | 'nslookup' | 'dig' | 'ping' | 'nc' | 'probe';
export type TraceOutcome = 'ok' | 'http-error' | 'refused' | 'timeout' | 'nxdomain' | 'no-route' | 'tls-error' | 'bad-input';

export interface TraceLookup {
  /** The name queried (after search-list expansion), e.g. `kubia.default.svc.cluster.local`. */
  name: string;
  /** The name the tool was asked to resolve, as given (before the search list), e.g. `kubia`. */
  asked: string;
  type: 'A' | 'AAAA' | 'SRV' | 'CNAME' | 'PTR';
  /** `NXDOMAIN`, `NOERROR`, or the answers (IPs / CNAME target). */
  result: string;
  /** The query got records of the type it asked for (a CNAME to a name without an address is not an answer to an A query). */
  answered: boolean;
  /** The CNAME target the answer went through (an ExternalName Service), without the trailing dot. */
  cname?: string;
}

/** What each hop kind states, with the values it names. Every key has a sentence in
 *  locales/{ko,en}/trace.json (trace.hop.KEY); the UI renders it in the learner's language. */
export type HopFacts = {
  // DNS
  dnsQueryCoreDns: { ip: string };
  dnsQueryUpstream: { ip: string };
  dnsPinned: { host: string; port: number; ip: string };
  dnsResolved: { host: string; ips: string; name: string };
  dnsResolvedCname: { host: string; ips: string; name: string; cname: string };
  dnsHosts: { host: string; ips: string };
  dnsFailed: { host: string };
  // Reaching an address
  noRoute: { ip: string; client: string };
  unreachableFrom: { ip: string; client: string };
  nothingListensOnClient: { addr: string; client: string };
  nodePort: { addr: string; port: number; service: string; node: string };
  apiserverOnNode: { addr: string; node: string };
  hostPort: { addr: string; pod: string; node: string };
  nothingOnNodePort: { port: number; node: string };
  directToPod: { ip: string; pod: string };
  ingressAddress: { ip: string };
  nobodyOwns: { ip: string };
  // Services and kube-proxy
  noSuchPort: { service: string; port: number; addr: string };
  vip: { addr: string; service: string };
  hairpin: { ip: string };
  lbNoPort: { ip: string; port: number; service: string };
  loadBalancer: { addr: string; service: string; node: string };
  loadBalancerNodePort: { addr: string; service: string; node: string; nodePort: number };
  snatLocal: { ip: string };
  snatCluster: { ip: string };
  snatClusterHop: { ip: string; from: string; to: string };
  nodeHop: { endpointNode: string; clientNode: string };
  noEndpoints: { service: string };
  noLocalEndpoints: { service: string; node: string };
  picked: { addr: string; pod: string; count: number };
  pickedLocal: { addr: string; pod: string; count: number; node: string };
  affinityStays: { client: string; addr: string; timeout: number };
  affinityPinned: { client: string; addr: string; timeout: number };
  // Endpoints and pods
  endpointApiserver: { addr: string };
  endpointNobody: { ip: string };
  podNotRunning: { pod: string; phase: string };
  podNothingListens: { addr: string; pod: string };
  external: { ip: string; name: string };
  externalFromPod: { ip: string; name: string; node: string };
  // TLS
  tlsIngress: { secret: string; subject: string };
  tlsFakeCert: { host: string };
  tlsApiserver: Record<string, never>;
  tlsInternet: { host: string; issuer: string };
  tlsPlainHttp: { port: number };
  tlsRejected: { reason: string };
  // Ingress
  ingressTlsRedirect: { host: string };
  ingressNoRule: { host: string; path: string };
  ingressNoRuleNoHost: { path: string };
  ingressDefaultBackend: { service: string };
  ingressRule: { ingress: string; host: string; path: string; pathType: string; backend: string };
  ingressNoBackend: { service: string };
  ingressBackend: { service: string; port: number };
  ingressNoReadyEndpoints: { service: string };
  ingressProxies: { addr: string; count: number; controller: string };
  ingressProxiesPod: { addr: string; pod: string; count: number; controller: string };
  // ping
  pingVip: { ip: string; service: string };
  pingLoadBalancer: { ip: string };
  pingNobody: { ip: string };
};

export type HopKey = keyof HopFacts;
export type HopFact = { [K in HopKey]: { key: K; vars: HopFacts[K] } }[HopKey];

/** The kinds of hop a trace shows, one label each (locales: trace.step.STEP). */
export type HopStep = 'dns' | 'vip' | 'nodeport' | 'loadbalancer' | 'ingress' | 'tls' | 'snat' | 'endpoint' | 'drop' | 'reject' | 'direct' | 'hostport' | 'node-hop' | 'external';

export interface TraceHop {
  step: HopStep;
  /** The fact as data; the UI words it in the learner's language (locales: trace.hop.KEY). */
  fact: HopFact;
}

/** One hop: its kind and the fact it states. */
export function hop<K extends HopKey>(step: HopStep, key: K, vars: HopFacts[K]): TraceHop {
  return { step, fact: { key, vars } as HopFact };
}

export interface TraceEndpoint {
  pod?: string;
  namespace?: string;
  ip: string;
  port: number;
  node?: string;
  /** 'random' | 'affinity' | 'local-only' | 'manual' | 'external' | 'headless' | 'ingress-round-robin' (ingress-nginx balancing over the backend's endpoints itself) */
  reason: string;
}

export interface Trace {
  id: number;
  /** Virtual time (ms) when the request was made. */
  time: number;
  tool: TraceTool;
  /** Where the request left from (see PlaceInfo), flattened to keep this layer independent. */
  from: { kind: 'laptop' | 'pod' | 'node'; name: string; ip: string; node?: string };
  /** What the learner asked for: a URL, a name, an IP. */
  target: string;
  lookups: TraceLookup[];
  hops: TraceHop[];
  /** The service the request went through, if any. */
  service?: { namespace: string; name: string; port: number; type: string };
  ingress?: { namespace: string; name: string; host: string; path: string; tls: boolean };
  endpoint?: TraceEndpoint;
  /** The source address the app saw (after SNAT, if any). */
  clientIpSeen?: string;
  httpStatus?: number;
  outcome: TraceOutcome;
}
