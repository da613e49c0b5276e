import { describe, expect, it } from 'vitest';
import { checkPatchedFields, goPrint } from './patch.js';

describe('PATCH strict field validation', () => {
  it('prints values as Go %+v does', () => {
    expect(goPrint({ b: [1, 'x', null], a: { z: true, y: 1.5 } })).toBe('map[a:map[y:1.5 z:true] b:[1 x <nil>]]');
  });

  it('names the field `patch`, with the directives the merge consumed taken out', () => {
    const live = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia' }, spec: { ports: [{ port: 80 }] } };
    const merged = { ...live, spec: { ports: [{ port: 80, targetPort: 9090 }], foo: 1 } };
    const patch = { spec: { '$setElementOrder/ports': [{ port: 80 }], ports: [{ port: 80, targetPort: 9090 }], foo: 1 } };
    let err: any;
    try {
      checkPatchedFields('Service', merged, patch, live);
    } catch (e) {
      err = e;
    }
    expect(err.reason).toBe('Invalid');
    expect(err.message).toBe(' "" is invalid: patch: Invalid value: "map[spec:map[foo:1]]": strict decoding error: unknown field "spec.foo"');
    expect(err.causes).toEqual([{ path: 'patch', type: 'Invalid value', value: '"map[spec:map[foo:1]]"', detail: 'strict decoding error: unknown field "spec.foo"' }]);
    expect(() => checkPatchedFields('Service', live, {}, live)).not.toThrow();
  });
});
