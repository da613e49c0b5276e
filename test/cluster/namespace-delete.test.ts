// Namespace deletion at the API: the immortal namespaces (NamespaceLifecycle admission, which
// runs before the registry and also for dry runs), the `kubernetes` finalizer every namespace
// gets on create, and Terminating until the namespace controller has emptied it.
import { describe, expect, it } from 'vitest';
import type { Namespace } from 'kubernetes-types/core/v1.js';
import { cluster, errorOf } from './helpers.js';

describe('namespace deletion', () => {
  it('forbids deleting default, kube-system and kube-public, even as a dry run', () => {
    const c = cluster();
    for (const name of ['default', 'kube-system', 'kube-public']) {
      const e = errorOf(() => c.api.delete('Namespace', undefined, name));
      expect(e).toMatchObject({ reason: 'Forbidden', message: `namespaces "${name}" is forbidden: this namespace may not be deleted` });
      expect(errorOf(() => c.api.delete('Namespace', undefined, name, { dryRun: true })).reason).toBe('Forbidden');
    }
  });

  it('adds the kubernetes finalizer on create, marks Terminating, then goes once empty', () => {
    const c = cluster();
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'foo' }, spec: {} });
    expect(c.api.get('Namespace', undefined, 'foo').spec?.finalizers).toEqual(['kubernetes']);
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'foo' }, spec: { ports: [{ port: 80 }] } });
    const marked = c.api.delete('Namespace', undefined, 'foo');
    expect((marked as Namespace).status).toEqual({ phase: 'Terminating' });
    expect(marked.metadata?.deletionTimestamp).toBe(c.clock.iso());
    expect(errorOf(() => c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 't', namespace: 'foo' }, spec: { ports: [{ port: 80 }] } })).message).toBe(
      'services "t" is forbidden: unable to create new content in namespace foo because it is being terminated',
    );
    c.advance(1);
    expect(c.store.get('Namespace', undefined, 'foo')).toBeUndefined();
    expect(c.store.list('Service', 'foo')).toEqual([]);
  });
});
