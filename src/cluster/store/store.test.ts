import { describe, expect, it } from 'vitest';
import { Store } from './store.js';
import { ApiError } from '../api/errors.js';
import type { Service } from 'kubernetes-types/core/v1.js';

const svc = (name: string, ns = 'default'): Service => ({ apiVersion: 'v1' as const, kind: 'Service' as const, metadata: { name, namespace: ns }, spec: {} });

describe('Store', () => {
  it('lists in namespace/name order and filters by namespace', () => {
    const s = new Store();
    s.create('Service', svc('b'));
    s.create('Service', svc('a', 'kube-system'));
    s.create('Service', svc('a'));
    expect(s.list('Service').map((o) => `${o.metadata!.namespace}/${o.metadata!.name}`)).toEqual(['default/a', 'default/b', 'kube-system/a']);
    expect(s.list('Service', 'default')).toHaveLength(2);
  });

  it('select gives what list(kind, namespace).filter gives, in the same order', () => {
    const s = new Store();
    for (const n of ['m', 'b', 'z', 'a2', 'a10', 'k']) s.create('Service', svc(n));
    s.create('Service', svc('b', 'kube-system'));
    const keep = (o: { metadata?: { name?: string } }) => o.metadata!.name! !== 'k';
    expect(s.select('Service', 'default', keep)).toEqual(s.list('Service', 'default').filter(keep));
    expect(s.select('Service', 'nowhere', keep)).toEqual([]);
  });

  it('bumps resourceVersion, freezes objects and emits watch events', () => {
    const s = new Store();
    const events: string[] = [];
    s.watch((e) => events.push(`${e.type} ${e.object.metadata!.name}`));
    const a = s.create('Service', svc('a'));
    expect(Object.isFrozen(a.metadata)).toBe(true);
    const b = s.update('Service', { ...structuredClone(a), spec: { type: 'NodePort' } });
    expect(Number(b.metadata!.resourceVersion)).toBeGreaterThan(Number(a.metadata!.resourceVersion));
    s.update('Service', structuredClone(b)); // no change: no event
    s.delete('Service', 'default', 'a');
    expect(events).toEqual(['ADDED a', 'MODIFIED a', 'DELETED a']);
  });

  it('reports AlreadyExists and NotFound with the API server wording', () => {
    const s = new Store();
    s.create('Service', svc('kubia'));
    expect(() => s.create('Service', svc('kubia'))).toThrow('services "kubia" already exists');
    try {
      s.delete('Ingress', 'default', 'x');
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).message).toBe('ingresses.networking.k8s.io "x" not found');
    }
  });
});
