// The apply patch against what kubectl v1.30 sent to a loopback stub API server for the same
// live object, last-applied configuration and file.
import { describe, expect, it } from 'vitest';
import { patchJson, threeWayPatch } from './three-way-patch.js';
import { LAST_APPLIED, withLastApplied } from './write.js';

describe('threeWayPatch', () => {
  it('changes, additions, deletions, $patch: delete and $setElementOrder as kubectl 1.30 builds them', () => {
    const lastApplied = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { annotations: {}, labels: { app: 'kubia' }, name: 'kubia', namespace: 'default' },
      spec: { ports: [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'https', port: 443, targetPort: 8443 }], selector: { app: 'kubia' } },
    };
    const live = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { annotations: { [LAST_APPLIED]: `${JSON.stringify(lastApplied)}\n` }, labels: { app: 'kubia' }, name: 'kubia', namespace: 'default', uid: 'u1', resourceVersion: '5' },
      spec: {
        clusterIP: '10.96.1.2',
        clusterIPs: ['10.96.1.2'],
        ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 8080 }, { name: 'https', port: 443, protocol: 'TCP', targetPort: 8443 }],
        selector: { app: 'kubia' },
        type: 'ClusterIP',
        sessionAffinity: 'None',
      },
      status: { loadBalancer: {} },
    };
    const file = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubia', labels: { tier: 'web' }, namespace: 'default' },
      spec: { publishNotReadyEndpoints: true, ports: [{ name: 'metrics', port: 9100, targetPort: 9100 }, { name: 'http', port: 80, targetPort: 9090 }], selector: { app: 'kubia' } },
    };
    expect(patchJson(threeWayPatch(lastApplied, withLastApplied(file), live))).toBe(
      '{"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"Service\\",\\"metadata\\":{\\"annotations\\":{},\\"labels\\":{\\"tier\\":\\"web\\"},\\"name\\":\\"kubia\\",\\"namespace\\":\\"default\\"},\\"spec\\":{\\"ports\\":[{\\"name\\":\\"metrics\\",\\"port\\":9100,\\"targetPort\\":9100},{\\"name\\":\\"http\\",\\"port\\":80,\\"targetPort\\":9090}],\\"publishNotReadyEndpoints\\":true,\\"selector\\":{\\"app\\":\\"kubia\\"}}}\\n"},"labels":{"app":null,"tier":"web"}},"spec":{"$setElementOrder/ports":[{"port":9100},{"port":80}],"ports":[{"name":"metrics","port":9100,"targetPort":9100},{"port":80,"targetPort":9090},{"$patch":"delete","port":443}],"publishNotReadyEndpoints":true}}',
    );
  });
});
