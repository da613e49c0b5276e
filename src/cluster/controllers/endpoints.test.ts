import { describe, expect, it } from 'vitest';
import type { Pod, Service } from 'kubernetes-types/core/v1.js';
import { computeSubsets, resolveTargetPort } from './endpoints.js';

const pod = (name: string, ip: string | undefined, ready: boolean, ports: { name?: string; containerPort: number }[] = [], extra: Partial<Pod['metadata']> = {}): Pod => ({
  metadata: { name, namespace: 'default', uid: `uid-${name}`, ...extra },
  spec: { nodeName: 'worker1', containers: [{ name: 'c', ports: ports.map((p) => ({ ...p, protocol: 'TCP' })) }] },
  status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});
const svc = (spec: Service['spec']): Service => ({ metadata: { name: 'kubia', namespace: 'default' }, spec });

describe('Endpoints controller rules (§6)', () => {
  it('ready pods go to addresses, others to notReadyAddresses, both sorted by IP text', () => {
    const s = computeSubsets(svc({ ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] }), [
      pod('a', '10.244.2.4', true),
      pod('b', '10.244.10.5', true),
      pod('c', '10.244.1.9', false),
    ]);
    expect(s).toHaveLength(1);
    expect(s[0].addresses!.map((a) => a.ip)).toEqual(['10.244.10.5', '10.244.2.4']);
    expect(s[0].notReadyAddresses!.map((a) => a.ip)).toEqual(['10.244.1.9']);
    expect(s[0].ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
    expect(s[0].addresses![0]).toEqual({ ip: '10.244.10.5', nodeName: 'worker1', targetRef: { kind: 'Pod', namespace: 'default', name: 'b', uid: 'uid-b' } });
  });

  it('skips pods without IP, terminating pods, and finished pods', () => {
    const done = pod('d', '10.244.1.4', true);
    done.status!.phase = 'Succeeded';
    const s = computeSubsets(svc({ ports: [{ port: 80, targetPort: 8080 }] }), [pod('a', undefined, true), pod('t', '10.244.1.3', true, [], { deletionTimestamp: '2026-11-26T09:00:00Z' }), done]);
    expect(s).toEqual([]);
  });

  it('publishNotReadyAddresses lists unready pods as addresses', () => {
    const s = computeSubsets(svc({ publishNotReadyAddresses: true, ports: [{ port: 80, targetPort: 8080 }] }), [pod('a', '10.244.1.3', false)]);
    expect(s[0].addresses!.map((a) => a.ip)).toEqual(['10.244.1.3']);
  });

  it('named targetPorts resolve per pod; pods without the name are left out; different numbers split subsets', () => {
    const service = svc({ ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] });
    const s = computeSubsets(service, [
      pod('a', '10.244.1.3', true, [{ name: 'http', containerPort: 8080 }]),
      pod('b', '10.244.2.3', true, [{ name: 'http', containerPort: 9090 }]),
      pod('c', '10.244.3.3', true, [{ name: 'web', containerPort: 8080 }]),
    ]);
    expect(s.map((x) => [x.addresses!.map((a) => a.ip), x.ports])).toEqual([
      [['10.244.1.3'], [{ name: 'http', port: 8080, protocol: 'TCP' }]],
      [['10.244.2.3'], [{ name: 'http', port: 9090, protocol: 'TCP' }]],
    ]);
    expect(resolveTargetPort(pod('x', '1.1.1.1', true, [{ name: 'http', containerPort: 8080 }]), { port: 80, targetPort: 'https' })).toBeUndefined();
  });

  it('a numeric targetPort is used even if the container does not declare it', () => {
    const s = computeSubsets(svc({ ports: [{ port: 80, targetPort: 1234 }] }), [pod('a', '10.244.1.3', true)]);
    expect(s[0].ports).toEqual([{ port: 1234, protocol: 'TCP' }]);
  });
});
