// managedFields as kube-apiserver 1.30's field manager records them (structured-merge-diff).
import { describe, expect, it } from 'vitest';
import { appliedFields, changedFields, createdFields, recordWrite, statusFields } from './managed-fields.js';

const svc = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'kubia', namespace: 'default' },
  spec: { ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }], selector: { app: 'kubia' }, sessionAffinity: 'None', type: 'ClusterIP', internalTrafficPolicy: 'Cluster' },
  status: { loadBalancer: {} },
};

describe('managed fields', () => {
  it('a create owns every field it sent; `.` marks what the zero value lacks', () => {
    expect(createdFields('Service', svc)).toEqual({
      'f:spec': {
        'f:internalTrafficPolicy': {},
        'f:ports': { '.': {}, 'k:{"port":80,"protocol":"TCP"}': { '.': {}, 'f:port': {}, 'f:protocol': {}, 'f:targetPort': {} } },
        'f:selector': {},
        'f:sessionAffinity': {},
        'f:type': {},
      },
    });
  });
  it('an update owns what it changed; others lose it', () => {
    const labeled = { ...svc, metadata: { ...svc.metadata, labels: { x: 'y' } } };
    expect(changedFields('Service', labeled, svc)).toEqual({ 'f:metadata': { 'f:labels': { '.': {}, 'f:x': {} } } });
    const created = recordWrite(undefined, { manager: 'kubectl-create', operation: 'Update', apiVersion: 'v1', time: 't1', fields: createdFields('Service', svc) });
    const patched = recordWrite(created, { manager: 'kubectl-patch', operation: 'Update', apiVersion: 'v1', time: 't2', fields: { 'f:spec': { 'f:sessionAffinity': {} } } });
    expect(patched!.map((e) => e.manager)).toEqual(['kubectl-create', 'kubectl-patch']);
    expect(patched![0].fieldsV1['f:spec']['f:sessionAffinity']).toBeUndefined();
  });
  it('a server-side apply owns its configuration, listed before updates', () => {
    const applied = appliedFields('Service', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia' }, spec: { ports: [{ port: 80, targetPort: 8080 }], selector: { app: 'kubia' } } });
    expect(applied).toEqual({ 'f:spec': { 'f:ports': { 'k:{"port":80,"protocol":"TCP"}': { '.': {}, 'f:port': {}, 'f:targetPort': {} } }, 'f:selector': {} } });
    const created = recordWrite(undefined, { manager: 'kubectl-create', operation: 'Update', apiVersion: 'v1', time: 't1', fields: createdFields('Service', svc) });
    expect(recordWrite(created, { manager: 'kubectl', operation: 'Apply', apiVersion: 'v1', time: 't2', fields: applied })!.map((e) => e.manager)).toEqual(['kubectl', 'kubectl-create']);
  });
});

describe('status writes', () => {
  it('the kubelet owns the status it wrote, and drops what it removed', () => {
    const before = { conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: 'x' }] };
    const after = { conditions: [{ type: 'Ready', status: 'True' }], podIP: '10.244.1.5' };
    const first = statusFields('Pod', before, {});
    const entries = recordWrite(undefined, { manager: 'kubelet', operation: 'Update', subresource: 'status', apiVersion: 'v1', time: 't1', ...first });
    const second = statusFields('Pod', after, before);
    const next = recordWrite(entries, { manager: 'kubelet', operation: 'Update', subresource: 'status', apiVersion: 'v1', time: 't2', ...second });
    expect(next).toEqual([
      {
        apiVersion: 'v1',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:status': { 'f:conditions': { '.': {}, 'k:{"type":"Ready"}': { '.': {}, 'f:status': {}, 'f:type': {} } }, 'f:podIP': {} } },
        manager: 'kubelet',
        operation: 'Update',
        subresource: 'status',
        time: 't2',
      },
    ]);
  });
});
