// The API server's JSON lists a struct's fields in their Go declaration order and a map's
// keys sorted; a list's items carry no kind or apiVersion. (Compared with kube-apiserver
// responses, e.g. `{"kind":"ServiceList","apiVersion":"v1","metadata":{…},"items":[{"metadata":{"name":…`.)
import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster.js';
import { rawGet } from './raw.js';
import { inGoOrder } from './go-order.js';
import { SCHEMAS } from './schema.js';

describe("Go's field order", () => {
  it('orders a struct by declaration, a map by key; untyped parts keep their order', () => {
    const svc = { status: { loadBalancer: {} }, spec: { type: 'ClusterIP', ports: [{ targetPort: 80, port: 80, name: 'http' }], selector: { b: '1', a: '2' } }, metadata: { labels: { z: '1', a: '2' }, name: 'x' }, apiVersion: 'v1', kind: 'Service' };
    expect(JSON.stringify(inGoOrder(SCHEMAS.Service, svc))).toBe(
      '{"kind":"Service","apiVersion":"v1","metadata":{"name":"x","labels":{"a":"2","z":"1"}},"spec":{"ports":[{"name":"http","port":80,"targetPort":80}],"selector":{"a":"2","b":"1"},"type":"ClusterIP"},"status":{"loadBalancer":{}}}',
    );
  });

  it('get --raw: an object starts with kind and apiVersion; list items have neither', () => {
    const c = Cluster.create({ seed: 1, scenario: 'kubia' });
    const one = rawGet(c, '/api/v1/namespaces/default/services/kubernetes', '127.0.0.1:6443');
    expect(one.startsWith('{"kind":"Service","apiVersion":"v1","metadata":{"name":"kubernetes","namespace":"default","uid":')).toBe(true);
    expect(one).toContain('"managedFields":[{"manager":"kube-apiserver","operation":"Update","apiVersion":"v1","time":');
    expect(one).toContain('"spec":{"ports":[{"name":"https","protocol":"TCP","port":443,"targetPort":6443}],"clusterIP":"10.96.0.1","clusterIPs":["10.96.0.1"],"type":"ClusterIP","sessionAffinity":"None",');
    const list = JSON.parse(rawGet(c, '/api/v1/namespaces/default/pods', '127.0.0.1:6443')) as { items: Record<string, unknown>[] };
    expect(Object.keys(list)).toEqual(['kind', 'apiVersion', 'metadata', 'items']);
    for (const p of list.items) expect(Object.keys(p)).toEqual(['metadata', 'spec', 'status']);
    expect(Object.keys(list.items[0].status as object)).toEqual(['phase', 'conditions', 'hostIP', 'hostIPs', 'podIP', 'podIPs', 'startTime', 'containerStatuses', 'qosClass']);
    const node = JSON.parse(rawGet(c, '/api/v1/nodes/worker1', '127.0.0.1:6443')) as { status: { nodeInfo: object } };
    expect(Object.keys(node.status)).toEqual(['capacity', 'allocatable', 'conditions', 'addresses', 'daemonEndpoints', 'nodeInfo']);
    expect(Object.keys(node.status.nodeInfo)).toEqual(['machineID', 'systemUUID', 'bootID', 'kernelVersion', 'osImage', 'containerRuntimeVersion', 'kubeletVersion', 'kubeProxyVersion', 'operatingSystem', 'architecture']);
    const ds = JSON.parse(rawGet(c, '/apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy', '127.0.0.1:6443')) as { status: object };
    expect(Object.keys(ds.status)).toEqual(['currentNumberScheduled', 'numberMisscheduled', 'desiredNumberScheduled', 'numberReady', 'observedGeneration', 'updatedNumberScheduled', 'numberAvailable']);
  });
});
