import { describe, expect, it } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1.js';
import { cluster, errorOf, kubiaSvc } from './helpers.js';

describe('API server', () => {
  const c = cluster();

  it('rejects unknown fields with the strict decoding message', () => {
    const e = errorOf(() => c.api.create(kubiaSvc('kubia-pnr', { publishNotReadyEndpoints: true })));
    expect(e.reason).toBe('BadRequest');
    expect(e.message).toBe('Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.publishNotReadyEndpoints"');
  });

  it('does not serve extensions/v1beta1 Ingress', () => {
    const e = errorOf(() => c.api.create({ apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: { name: 'kubia' }, spec: {} }));
    expect(e.name).toBe('NoKindMatchError');
    expect(e.message).toBe('no matches for kind "Ingress" in version "extensions/v1beta1"');
  });

  it('defaults a Service like the 1.30 server', () => {
    const s = c.api.create(kubiaSvc('kubia-defaults'), { dryRun: true }) as Service;
    expect(s.spec).toMatchObject({
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
      ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
    });
    expect(s.spec!.clusterIPs).toEqual([s.spec!.clusterIP]);
    expect(() => c.api.get('Service', 'default', 'kubia-defaults')).toThrow('services "kubia-defaults" not found');
  });

  it('allocates NodePorts and reports range and conflicts', () => {
    const np = c.api.create(kubiaSvc('kubia-nodeport', { type: 'NodePort', ports: [{ port: 80, targetPort: 8080, nodePort: 30123 }] })) as Service;
    expect(np.spec!.externalTrafficPolicy).toBe('Cluster');
    expect(np.spec!.ports![0].nodePort).toBe(30123);
    expect(errorOf(() => c.api.create(kubiaSvc('x', { type: 'NodePort', ports: [{ port: 80, nodePort: 30123 }] }))).message).toBe(
      'Service "x" is invalid: spec.ports[0].nodePort: Invalid value: 30123: provided port is already allocated',
    );
    expect(errorOf(() => c.api.create(kubiaSvc('x', { type: 'NodePort', ports: [{ port: 80, nodePort: 40000 }] }))).message).toBe(
      'Service "x" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
    c.api.delete('Service', 'default', 'kubia-nodeport');
    expect(() => c.api.create(kubiaSvc('kubia-nodeport', { type: 'NodePort', ports: [{ port: 80, nodePort: 30123 }] }))).not.toThrow();
  });

  it('reserves 10.96.0.1 and 10.96.0.10 and keeps clusterIP immutable', () => {
    expect(errorOf(() => c.api.create(kubiaSvc('x', { clusterIP: '10.96.0.10' }))).message).toBe(
      'Service "x" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated',
    );
    const s = structuredClone(c.api.get('Service', 'default', 'kubernetes')) as Service & { spec: { clusterIP: string; clusterIPs: string[] } };
    s.spec.clusterIP = '10.96.0.5';
    s.spec.clusterIPs = ['10.96.0.5'];
    expect(errorOf(() => c.api.update(s)).message).toBe('Service "kubernetes" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.0.5"}: may not change once set');
  });

  it('allocates a healthCheckNodePort only for LoadBalancer + Local', () => {
    const lb = c.api.create(kubiaSvc('kubia-lb-local', { type: 'LoadBalancer', externalTrafficPolicy: 'Local' })) as Service;
    expect(lb.spec!.healthCheckNodePort).toBeGreaterThanOrEqual(30000);
    const np = c.api.create(kubiaSvc('kubia-np-local', { type: 'NodePort', externalTrafficPolicy: 'Local' })) as Service;
    expect(np.spec!.healthCheckNodePort).toBeUndefined();
  });

  it('requires pathType on v1 ingresses and fills the default class', () => {
    const ing = (pathType?: string) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'kubia' },
      spec: { rules: [{ host: 'kubia.example.com', http: { paths: [{ path: '/', ...(pathType ? { pathType } : {}), backend: { service: { name: 'kubia', port: { number: 80 } } } }] } }] },
    });
    expect(errorOf(() => c.api.create(ing())).message).toBe('Ingress "kubia" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified');
    expect((c.api.create(ing('Prefix')) as { spec: { ingressClassName: string } }).spec.ingressClassName).toBe('nginx');
  });

  it('lists with label selectors and reports NotFound / AlreadyExists like the server', () => {
    expect(c.api.list('Pod', 'default', 'app=kubia')).toHaveLength(3);
    expect(c.api.list('Pod', 'default', 'app!=kubia')).toHaveLength(0);
    expect(errorOf(() => c.api.get('Ingress', 'default', 'nope')).message).toBe('ingresses.networking.k8s.io "nope" not found');
    c.api.create(kubiaSvc('kubia-dup'));
    expect(errorOf(() => c.api.create(kubiaSvc('kubia-dup'))).message).toBe('services "kubia-dup" already exists');
    // A fixed address is checked first, as the real registry allocates before storing.
    expect(errorOf(() => c.api.create(c.api.get('Service', 'default', 'kubernetes'))).message).toContain('provided IP is already allocated');
  });

  it('names generated pods with 5 characters of the safe alphabet', () => {
    for (const p of c.api.list('Pod', 'default')) expect(p.metadata!.name).toMatch(/^kubia-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    for (const p of c.api.list('Pod', 'kube-system', 'k8s-app=kube-dns')) expect(p.metadata!.name).toMatch(/^coredns-[bcdfghjklmnpqrstvwxz2456789]{9,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});

describe('service type changes', () => {
  it('NodePort → ClusterIP drops the carried-over nodePort and policy; → NodePort allocates again', () => {
    const c = cluster('empty');
    c.api.create(kubiaSvc('kubia', { type: 'NodePort', ports: [{ port: 80, targetPort: 8080, nodePort: 30123 }] }));
    const s = structuredClone(c.api.get('Service', 'default', 'kubia')) as Service & { spec: { type: string } };
    s.spec.type = 'ClusterIP';
    const updated = c.api.update(s) as Service;
    expect(updated.spec!.ports![0].nodePort).toBeUndefined();
    expect(updated.spec!.externalTrafficPolicy).toBeUndefined();
    // the port is free again
    expect(() => c.api.create(kubiaSvc('other', { type: 'NodePort', ports: [{ port: 80, nodePort: 30123 }] }))).not.toThrow();
    const back = structuredClone(updated) as Service & { spec: { type: string } };
    back.spec.type = 'LoadBalancer';
    const lb = c.api.update(back) as Service;
    expect(lb.spec!.ports![0].nodePort).toBeGreaterThanOrEqual(30000);
    expect(lb.spec!.externalTrafficPolicy).toBe('Cluster');
  });
});
