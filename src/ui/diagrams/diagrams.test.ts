import { describe, expect, it } from 'vitest';
import { Store } from '../../cluster/store/store.js';
import { hop, type Trace } from '../../cluster/network/trace.js';
import { uiT } from '../i18n.js';
import { namedDiagram, traceDiagram } from './diagrams.js';

const L = { t: uiT('en') as any, plain: false };

function cluster() {
  const s = new Store();
  s.create('Service', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' }, spec: { clusterIP: '10.96.0.1', ports: [{ port: 443 }] } });
  s.create('Service', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia', namespace: 'default' },
    spec: { type: 'ClusterIP', clusterIP: '10.111.249.153', selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }] },
  });
  s.create('Service', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia-nodeport', namespace: 'default' },
    spec: { type: 'NodePort', clusterIP: '10.111.254.223', ports: [{ port: 80, targetPort: 8080, nodePort: 30123 }] },
  });
  s.create('Endpoints', {
    apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'kubia', namespace: 'default' },
    subsets: [{
      addresses: [
        { ip: '10.44.0.1', nodeName: 'worker1', targetRef: { kind: 'Pod', name: 'kubia-7nog1' } },
        { ip: '10.44.1.2', nodeName: 'worker2', targetRef: { kind: 'Pod', name: 'kubia-bz2tb' } },
      ],
      notReadyAddresses: [{ ip: '10.44.1.3', nodeName: 'worker2', targetRef: { kind: 'Pod', name: 'kubia-x2l9m' } }],
      ports: [{ port: 8080, protocol: 'TCP' }],
    }],
  });
  return s;
}

describe('namedDiagram', () => {
  it('draws client → service → pods on nodes from Endpoints', () => {
    expect(namedDiagram('services', cluster(), L)).toEqual([
      'Services and their pods',
      'client → svc/kubia 10.111.249.153 [80→8080] (ClusterIP)',
      '   ├─▶ kubia-7nog1 10.44.0.1:8080 @ worker1',
      '   ├─▶ kubia-bz2tb 10.44.1.2:8080 @ worker2',
      '   └─▶ kubia-x2l9m 10.44.1.3:8080 @ worker2  (not ready)',
      'client → node:30123 → svc/kubia-nodeport 10.111.254.223 [80→8080] (NodePort)',
      '   └─▶ no endpoints',
    ]);
  });
  it('picks NodePort services for a nodeport diagram, ASCII in plain mode', () => {
    const lines = namedDiagram('nodeport', cluster(), { ...L, plain: true });
    expect(lines[1]).toBe('client -> node:30123 -> svc/kubia-nodeport 10.111.254.223 [80->8080] (NodePort)');
    expect(lines[2]).toBe('   `-> no endpoints');
  });
});

describe('traceDiagram', () => {
  it('says how to make a trace when there is none', () => {
    expect(traceDiagram(undefined, L)[0]).toMatch(/No request traced yet/);
  });
  it('draws lookups, the service, hops, the endpoint and the outcome', () => {
    const t: Trace = {
      id: 3, time: 0, tool: 'curl', from: { kind: 'pod', name: 'kubia-7nog1', ip: '10.44.0.1', node: 'worker1' }, target: 'http://kubia',
      lookups: [{ name: 'kubia.default.svc.cluster.local', asked: 'kubia', type: 'A', result: '10.111.249.153', answered: true }],
      hops: [hop('vip', 'vip', { addr: '10.111.249.153:80', service: 'default/kubia' }), hop('endpoint', 'picked', { addr: '10.44.1.2:8080', pod: 'kubia-bz2tb', count: 3 })],
      service: { namespace: 'default', name: 'kubia', port: 80, type: 'ClusterIP' },
      endpoint: { pod: 'kubia-bz2tb', ip: '10.44.1.2', port: 8080, node: 'worker2', reason: 'random' },
      clientIpSeen: '10.44.0.1', httpStatus: 200, outcome: 'ok',
    };
    expect(traceDiagram(t, L)).toEqual([
      'Request 3: curl http://kubia',
      '   pod kubia-7nog1 10.44.0.1 @ worker1',
      '   ├─▶ DNS kubia.default.svc.cluster.local A → 10.111.249.153',
      '   ├─▶ svc/kubia.default :80 (ClusterIP)',
      "   ├─▶ vip: 10.111.249.153:80 is the ClusterIP of service default/kubia; kube-proxy's iptables rules rewrite the destination",
      '   ├─▶ endpoint: picked 10.44.1.2:8080 (pod kubia-bz2tb) at random among 3 ready endpoint(s)',
      '   ├─▶ kubia-bz2tb 10.44.1.2:8080 @ worker2 (picked at random)',
      '   └─▶ result: ok (HTTP 200)',
      '      the app saw client IP 10.44.0.1',
    ]);
  });
});

describe('namedDiagram without services', () => {
  it('shows the pods a Service could select', () => {
    const s = new Store();
    s.create('Pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kubia-f5cpb', namespace: 'default', labels: { app: 'kubia' } }, spec: { nodeName: 'worker1', containers: [] }, status: { podIP: '10.244.1.13' } });
    expect(namedDiagram('services', s, L)).toEqual([
      'Services and their pods',
      'client → ? (no Service yet; these pods could be selected)',
      '   └─▶ kubia-f5cpb 10.244.1.13 @ worker1  app=kubia',
    ]);
  });
});

describe('dns diagram', () => {
  it('lists what cluster DNS answers for each service', () => {
    const s = cluster();
    s.create('Service', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'external-service', namespace: 'default' }, spec: { type: 'ExternalName', externalName: 'api.somecompany.com', ports: [{ port: 80 }] } });
    expect(namedDiagram('dns', s, L)).toEqual([
      'DNS names (cluster DNS)',
      '   ├─▶ external-service.default.svc.cluster.local → CNAME api.somecompany.com',
      '   ├─▶ kubia.default.svc.cluster.local → 10.111.249.153',
      '   └─▶ kubia-nodeport.default.svc.cluster.local → 10.111.254.223',
      '   search list in a pod: default.svc.cluster.local svc.cluster.local cluster.local',
    ]);
  });
});

describe('/trace in the learner language', () => {
  it('renders hop facts in Korean, and a pod leaving the cluster is seen as its node', async () => {
    const { runScript } = await import('../../../test/helpers/shell.js');
    const r = await runScript("POD=$(kubectl get pods -l app=kubia -o jsonpath='{.items[0].metadata.name}')\nkubectl exec $POD -- curl -s -o /dev/null http://example.com");
    const trace = r.session.traces.at(-1)!;
    const node = r.session.cluster.api.list('Node').find((n) => n.metadata?.name === trace.from.node);
    const nodeIp = node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
    expect(nodeIp).toBeDefined();
    // The node masquerades the pod address, so the far end sees the node — never the pod's own IP.
    expect(trace.clientIpSeen).toBe(nodeIp);
    const ko = traceDiagram(trace, { t: uiT('ko') as any, plain: true }).join('\n');
    expect(ko).toContain(`노드가 파드 주소를 ${nodeIp} 주소로 바꿔서 내보내요`);
    expect(ko).toContain(`앱이 본 클라이언트 IP: ${nodeIp}`);
    expect(ko).not.toMatch(/masquerade|outside the cluster/);
    const en = traceDiagram(trace, L).join('\n');
    expect(en).toContain(`the node masquerades the pod address to ${nodeIp}`);
  });
});
