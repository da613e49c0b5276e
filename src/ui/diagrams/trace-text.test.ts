// Every hop kind a request trace can hold reads as a sentence in both languages; in Korean
// mode no English sentence is left (names, addresses, commands and API terms excepted).
import { describe, expect, it } from 'vitest';
import { hop, type HopFacts, type HopKey, type HopStep, type Trace } from '../../cluster/network/trace.js';
import { uiT, type Lang } from '../i18n.js';
import { hopText, traceDiagram } from './diagrams.js';

/** One example per hop kind: the type makes a new kind fail to compile until it is listed. */
const EXAMPLES: { [K in HopKey]: HopFacts[K] } = {
  dnsQueryCoreDns: { ip: '10.96.0.10' },
  dnsQueryUpstream: { ip: '8.8.8.8' },
  dnsPinned: { host: 'kubia.example.com', port: 443, ip: '10.0.0.2' },
  dnsResolved: { host: 'kubia', ips: '10.111.249.153', name: 'kubia.default.svc.cluster.local' },
  dnsResolvedCname: { host: 'external-service', ips: '93.184.216.34', name: 'external-service.default.svc.cluster.local', cname: 'api.somecompany.com' },
  dnsHosts: { host: 'kubia.example.com', ips: '10.0.0.2' },
  dnsFailed: { host: 'kubia-htp' },
  noRoute: { ip: '10.111.249.153', client: 'laptop' },
  unreachableFrom: { ip: '10.44.0.1', client: 'laptop' },
  nothingListensOnClient: { addr: '127.0.0.1:8080', client: 'laptop' },
  nodePort: { addr: '10.0.0.3:30123', port: 30123, service: 'default/kubia-nodeport', node: 'worker1' },
  apiserverOnNode: { addr: '10.0.0.2:6443', node: 'control-plane' },
  hostPort: { addr: '10.0.0.3:9000', pod: 'kubia-hostport', node: 'worker1' },
  nothingOnNodePort: { port: 30999, node: 'worker1' },
  directToPod: { ip: '10.44.0.1', pod: 'default/kubia-7nog1' },
  ingressAddress: { ip: '10.0.0.50' },
  nobodyOwns: { ip: '10.9.9.9' },
  noSuchPort: { service: 'default/kubia', port: 8080, addr: '10.111.249.153:8080' },
  vip: { addr: '10.111.249.153:80', service: 'default/kubia' },
  hairpin: { ip: '10.44.0.1' },
  lbNoPort: { ip: '130.211.53.173', port: 8080, service: 'default/kubia-loadbalancer' },
  loadBalancer: { addr: '130.211.53.173:80', service: 'default/kubia-loadbalancer', node: 'worker1' },
  loadBalancerNodePort: { addr: '130.211.53.173:80', service: 'default/kubia-loadbalancer', node: 'worker1', nodePort: 32143 },
  snatLocal: { ip: '192.168.1.10' },
  snatCluster: { ip: '10.0.0.3' },
  snatClusterHop: { ip: '10.0.0.3', from: 'worker1', to: 'worker2' },
  nodeHop: { endpointNode: 'worker2', clientNode: 'worker1' },
  noEndpoints: { service: 'default/kubia:80' },
  noLocalEndpoints: { service: 'default/kubia-nodeport:80', node: 'worker1' },
  picked: { addr: '10.44.1.2:8080', pod: 'kubia-bz2tb', count: 3 },
  pickedLocal: { addr: '10.44.1.2:8080', pod: 'kubia-bz2tb', count: 1, node: 'worker2' },
  affinityStays: { client: '10.44.0.1', addr: '10.44.1.2:8080', timeout: 10800 },
  affinityPinned: { client: '10.44.0.1', addr: '10.44.1.2:8080', timeout: 10800 },
  endpointApiserver: { addr: '10.0.0.2:6443' },
  endpointNobody: { ip: '11.11.11.11' },
  podNotRunning: { pod: 'kubia-7nog1', phase: 'Pending' },
  podNothingListens: { addr: '10.44.0.1:8081', pod: 'kubia-7nog1' },
  external: { ip: '93.184.216.34', name: 'api.somecompany.com' },
  externalFromPod: { ip: '93.184.216.34', name: 'api.somecompany.com', node: '10.0.0.3' },
  tlsIngress: { secret: 'default/tls-secret', subject: 'CN=kubia.example.com' },
  tlsFakeCert: { host: 'kubia.example.com' },
  tlsApiserver: {},
  tlsInternet: { host: 'www.google.com', issuer: 'C=US; O=Google Trust Services; CN=WR2' },
  tlsPlainHttp: { port: 80 },
  tlsRejected: { reason: 'self-signed certificate' },
  ingressTlsRedirect: { host: 'kubia.example.com' },
  ingressNoRule: { host: 'kubia.example.co', path: '/' },
  ingressNoRuleNoHost: { path: '/' },
  ingressDefaultBackend: { service: 'kubia' },
  ingressRule: { ingress: 'default/kubia', host: 'kubia.example.com', path: '/', pathType: 'Prefix', backend: 'kubia-nodeport:80' },
  ingressNoBackend: { service: 'default/kubia-nodeprot' },
  ingressBackend: { service: 'default/kubia-nodeport', port: 80 },
  ingressNoReadyEndpoints: { service: 'default/kubia-nodeport' },
  ingressProxies: { addr: '10.44.1.2:8080', count: 3, controller: '10.44.2.9' },
  ingressProxiesPod: { addr: '10.44.1.2:8080', pod: 'kubia-bz2tb', count: 3, controller: '10.44.2.9' },
  pingVip: { ip: '10.111.249.153', service: 'default/kubia' },
  pingLoadBalancer: { ip: '130.211.53.173' },
  pingNobody: { ip: '10.9.9.9' },
};

const STEPS: HopStep[] = ['dns', 'vip', 'nodeport', 'loadbalancer', 'ingress', 'tls', 'snat', 'endpoint', 'drop', 'reject', 'direct', 'hostport', 'node-hop', 'external'];

/**
 * Words that stay as they are in Korean text: Kubernetes API names and field values, protocol
 * and tool names. A Latin word outside this list in a Korean sentence is untranslated English.
 */
const KEEP = new Set(
  ('CoreDNS kube-dns DNS CNAME NXDOMAIN kube-proxy kube-apiserver iptables ClusterIP NodePort hostPort ' +
    'externalTrafficPolicy Local Cluster sessionAffinity ClientIP SNAT SYN TLS CA HTTP HTTPS TCP UDP ICMP echo ' +
    'ingress-nginx defaultBackend VIP IP etc hosts resolve Host').split(' '),
);

/** The Latin words of a rendered sentence once the example's own values are taken out. */
function strayWords(text: string, vars: Record<string, unknown>): string[] {
  let rest = text;
  for (const v of Object.values(vars).map(String).filter(Boolean).sort((a, b) => b.length - a.length)) rest = rest.split(v).join(' ');
  return (rest.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((w) => !KEEP.has(w));
}

describe('trace hop text', () => {
  for (const lang of ['ko', 'en'] as Lang[]) {
    const L = { t: uiT(lang) as (k: string, v?: Record<string, unknown>) => string };
    it(`words every hop kind in ${lang}, with every value it names`, () => {
      for (const [key, vars] of Object.entries(EXAMPLES) as [HopKey, Record<string, string | number>][]) {
        const text = hopText(hop('dns', key, vars as never), L);
        expect(text, key).not.toMatch(/trace\.|\{\{|undefined/);
        for (const v of Object.values(vars)) expect(text, `${key} names ${v}`).toContain(String(v));
      }
    });
    it(`labels every hop step, outcome and endpoint reason in ${lang}`, () => {
      for (const step of STEPS) expect(L.t(`trace.step.${step}`)).not.toMatch(/^trace\./);
      for (const o of ['ok', 'http-error', 'refused', 'timeout', 'nxdomain', 'no-route', 'tls-error', 'bad-input']) expect(L.t(`trace.outcome.${o}`)).not.toMatch(/^trace\./);
      for (const r of ['random', 'affinity', 'local-only', 'manual', 'external', 'headless', 'ingress-round-robin']) expect(L.t(`trace.reason.${r}`)).not.toMatch(/^trace\./);
    });
  }

  it('leaves no English sentence in Korean mode', () => {
    const L = { t: uiT('ko') as (k: string, v?: Record<string, unknown>) => string };
    const stray: string[] = [];
    for (const [key, vars] of Object.entries(EXAMPLES) as [HopKey, Record<string, string | number>][]) {
      const words = strayWords(L.t(`trace.hop.${key}`, vars), vars);
      if (words.length) stray.push(`${key}: ${words.join(' ')}`);
    }
    for (const step of STEPS) {
      const words = strayWords(L.t(`trace.step.${step}`), {});
      if (words.length) stray.push(`step ${step}: ${words.join(' ')}`);
    }
    expect(stray).toEqual([]);
  });

  it('never puts a Korean particle right after a value (the value decides 이/가, 을/를)', () => {
    const AFTER_VAR = /\}\}[*`"'」)\]]*(을|를|이|가|은|는|와|과|으로|로|랑|이랑)(?![가-힣])/;
    const ko = uiT('ko') as (k: string, o?: Record<string, unknown>) => unknown;
    const hops = ko('trace.hop', { returnObjects: true, interpolation: { skipOnVariables: true } }) as Record<string, string>;
    expect(Object.entries(hops).filter(([, v]) => AFTER_VAR.test(v))).toEqual([]);
  });

  it('draws a whole trace in Korean', () => {
    const t: Trace = {
      id: 4, time: 0, tool: 'curl', from: { kind: 'pod', name: 'kubia-7nog1', ip: '10.44.0.1', node: 'worker1' }, target: 'https://kubia.example.com',
      lookups: [],
      hops: [hop('dns', 'dnsResolved', EXAMPLES.dnsResolved), hop('ingress', 'ingressNoRule', EXAMPLES.ingressNoRule)],
      httpStatus: 404, outcome: 'http-error',
    };
    expect(traceDiagram(t, { t: uiT('ko') as never, plain: true })).toEqual([
      '요청 4: curl https://kubia.example.com',
      '   파드 kubia-7nog1 10.44.0.1 @ worker1',
      '   |-> DNS: kubia 이름은 kubia.default.svc.cluster.local 이름으로 풀려 10.111.249.153 주소를 얻었어요',
      '   |-> 인그레스: 호스트 kubia.example.co, 경로 /에 맞는 인그레스 규칙이 없어서 기본 백엔드가 404로 답해요',
      '   `-> 결과: HTTP 오류 (HTTP 404)',
    ]);
  });
});
