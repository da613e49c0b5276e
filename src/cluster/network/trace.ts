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

export interface TraceHop {
  /** e.g. 'dns', 'vip', 'nodeport', 'loadbalancer', 'ingress', 'tls', 'snat', 'endpoint', 'drop', 'reject' */
  step: string;
  /** A human-readable detail in English, for authors and logs (`kubetour play --json`). */
  detail: string;
  /** The same fact as data, which the UI renders in the learner's language (locales: trace.hop.KEY). */
  fact?: { key: string; vars: Record<string, string | number> };
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
