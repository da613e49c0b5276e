import { describe, expect, it } from 'vitest';
import { SCHEMAS, checkFields } from './schema.js';

describe('strict decoding', () => {
  it('reports every unknown field with its path, in document order', () => {
    const p = checkFields(SCHEMAS.Service, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { publishNotReadyEndpoints: true, ports: [{ port: 80, targetPrt: 8080 }] } });
    expect(p.unknown).toEqual(['spec.publishNotReadyEndpoints', 'spec.ports[0].targetPrt']);
  });

  it("words type mismatches like Go's encoding/json", () => {
    const p = checkFields(SCHEMAS.Service, { spec: { ports: [{ port: '80' }] } });
    expect(p.typeError).toBe('json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32');
  });

  it('accepts int-or-string ports and free-form label maps', () => {
    const p = checkFields(SCHEMAS.Service, { metadata: { labels: { a: 'b' } }, spec: { ports: [{ port: 80, targetPort: 'http' }] } });
    expect(p).toEqual({ unknown: [] });
  });
});
