// What the API server serves, posted back, decodes to the same object: every served kind
// has a decoding schema that knows all the fields it serves (strict decoding would refuse
// an unknown one), with their Go types, and keeps what Go serves as null (an EndpointSlice's
// endpoints and ports) null.
import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../../src/cluster/api/kinds.js';
import { SCHEMAS } from '../../src/cluster/api/schema.js';
import type { ApiServerImpl } from '../../src/cluster/api/server.js';
import { cluster as newCluster, errorOf } from './helpers.js';

/** A cluster whose API server's decoding (REST mapping and strict decoding) the test calls. */
const cluster = () => newCluster() as ReturnType<typeof newCluster> & { api: ApiServerImpl };

describe('served objects posted back', () => {
  it('every served kind has a decoding schema', () => {
    expect(Object.keys(KINDS).filter((k) => !SCHEMAS[k])).toEqual([]);
  });

  // A template's zero creationTimestamp (null) is dropped by decoding like any null and put
  // back by defaulting (api/defaults.ts), as Go's zero metav1.Time is.
  const withoutNullTimes = (v: unknown): unknown =>
    JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'creationTimestamp' && x === null ? undefined : x)));

  it('decode to themselves, kind by kind', () => {
    const c = cluster();
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'empty' }, spec: { ports: [{ port: 80 }], selector: { app: 'none' } } });
    c.advance(2);
    for (const kind of Object.keys(KINDS) as Kind[]) {
      for (const o of c.api.list(kind, undefined)) {
        const back = c.api.decode(structuredClone(o)).obj;
        expect({ kind, name: o.metadata?.name, obj: withoutNullTimes(back) }).toEqual({ kind, name: o.metadata?.name, obj: withoutNullTimes(o) });
      }
    }
  });

  it('an EndpointSlice without endpoints or ports has them null, as Go serves a nil list', () => {
    const c = cluster();
    const { obj } = c.api.decode({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 's' }, addressType: 'IPv4' });
    expect(obj).toEqual({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 's' }, addressType: 'IPv4', endpoints: null, ports: null });
  });

  it('unknown fields and wrong types are refused as the 1.30 API server words it', () => {
    const c = cluster();
    const refused = (o: object) => errorOf(() => c.api.decode(o)).message;
    expect(refused({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'l' }, spec: { holder: 'x' } })).toBe('Lease in version "v1" cannot be handled as a Lease: strict decoding error: unknown field "spec.holder"');
    expect(refused({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'l' }, spec: { leaseDurationSeconds: '40' } })).toBe(
      'Lease in version "v1" cannot be handled as a Lease: json: cannot unmarshal string into Go struct field LeaseSpec.spec.leaseDurationSeconds of type int32',
    );
    expect(refused({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'a' }, automount: true })).toBe('ServiceAccount in version "v1" cannot be handled as a ServiceAccount: strict decoding error: unknown field "automount"');
    expect(refused({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 's' }, addressType: 'IPv4', ports: [{ port: '80' }] })).toBe(
      'EndpointSlice in version "v1" cannot be handled as a EndpointSlice: json: cannot unmarshal string into Go struct field EndpointPort.ports.port of type int32',
    );
    expect(refused({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd' }, spec: { template: { spec: { containers: [{ name: 'c', imagee: 'x' }] } } } })).toBe(
      'DaemonSet in version "v1" cannot be handled as a DaemonSet: strict decoding error: unknown field "spec.template.spec.containers[0].imagee"',
    );
  });
});
