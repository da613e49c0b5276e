import { describe, expect, it } from 'vitest';
import { cluster } from './helpers.js';
import { EPOCH_MS } from '../../src/cluster/runtime/clock.js';

const snapshot = (seed: number) => {
  const c = cluster('kubia', seed);
  return JSON.stringify(['Pod', 'Service', 'Endpoints', 'Event', 'Node'].map((k) => c.api.list(k as 'Pod')));
};

describe('scenarios', () => {
  it('kubia: 3 workers + tainted control plane, system services, RC kubia Running and Ready', () => {
    const c = cluster();
    expect(c.clock.now()).toBe(EPOCH_MS);
    expect(c.api.list('Node').map((n) => n.metadata!.name)).toEqual(['control-plane', 'worker1', 'worker2', 'worker3']);
    expect(c.api.list('Namespace').map((n) => n.metadata!.name)).toEqual(['default', 'ingress-nginx', 'kube-node-lease', 'kube-public', 'kube-system']);
    expect(c.api.get('Service', 'default', 'kubernetes').spec!.clusterIP).toBe('10.96.0.1');
    const dns = c.api.get('Service', 'kube-system', 'kube-dns');
    expect(dns.spec!.clusterIP).toBe('10.96.0.10');
    expect(dns.spec!.ports!.map((p) => `${p.name} ${p.port}/${p.protocol}`)).toEqual(['dns 53/UDP', 'dns-tcp 53/TCP', 'metrics 9153/TCP']);
    expect(c.api.get('Endpoints', 'default', 'kubernetes').subsets).toEqual([{ addresses: [{ ip: '172.18.0.2' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }]);
    const pods = c.api.list('Pod', 'default');
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.status!.phase).toBe('Running');
      expect(p.status!.conditions!.find((x) => x.type === 'Ready')!.status).toBe('True');
      expect(p.spec!.nodeName).toMatch(/^worker[123]$/);
      expect(p.status!.podIP).toMatch(new RegExp(`^10\\.244\\.${p.spec!.nodeName!.slice(-1)}\\.\\d+$`));
    }
    expect(new Set(pods.map((p) => p.spec!.nodeName)).size).toBe(3);
    const workload = c.api.list('Pod').filter((p) => p.spec!.nodeName === 'control-plane' && !p.spec!.hostNetwork);
    expect(workload).toEqual([]);
    expect(c.api.get('ReplicationController', 'default', 'kubia').status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(c.api.get('IngressClass', undefined, 'nginx').metadata!.annotations!['ingressclass.kubernetes.io/is-default-class']).toBe('true');
    expect(c.ingressAddress()).toMatch(/^130\.211\./);
    expect(c.api.get('Node', undefined, 'control-plane').metadata!.creationTimestamp).toBe('2026-11-14T09:00:00Z');
    expect(c.api.get('ReplicationController', 'default', 'kubia').metadata!.creationTimestamp).toBe('2026-11-26T08:55:00Z');
    expect(c.logs('default', pods[0].metadata!.name!)).toBe('Kubia server starting...\n');
  });

  it('empty: the system without kubia', () => {
    const c = cluster('empty');
    expect(c.api.list('Pod', 'default')).toEqual([]);
    expect(c.api.list('Pod', 'kube-system', 'k8s-app=kube-dns')).toHaveLength(2);
  });

  it('is deterministic: same seed, same bytes; another seed, other names and IPs', () => {
    expect(snapshot(1)).toBe(snapshot(1));
    const a = cluster('kubia', 1).api.list('Pod', 'default');
    const b = cluster('kubia', 2).api.list('Pod', 'default');
    expect(a.map((p) => p.metadata!.name)).not.toEqual(b.map((p) => p.metadata!.name));
    expect(a.map((p) => p.status!.podIP)).not.toEqual(b.map((p) => p.status!.podIP));
  });

  it('rejects an unknown scenario', () => {
    expect(() => cluster('nope')).toThrow('unknown scenario "nope"');
  });
});
