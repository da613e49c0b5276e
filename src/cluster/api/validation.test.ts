import { describe, expect, it } from 'vitest';
import { dns1035Label, portName } from './validation.js';
import { validateIngress, validateService } from './validate-kinds.js';
import { formatFieldError, invalidError } from './errors.js';
import type { ServicePort } from 'kubernetes-types/core/v1.js';

const msgs = (errs: ReturnType<typeof validateService>) => errs.map(formatFieldError);

describe('validation messages (§5.2)', () => {
  it('port names follow IsValidPortName, in order', () => {
    expect(portName('web_port')).toEqual(['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)']);
    expect(portName('HTTP')).toEqual(['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'must contain at least one letter (a-z)']);
    expect(portName('a-very-long-port-name')).toEqual(['must be no more than 15 characters']);
    expect(portName('a--b')).toEqual(['must not contain consecutive hyphens']);
    expect(portName('-ab')).toEqual(['must not begin or end with a hyphen']);
    expect(portName('123')).toEqual(['must contain at least one letter (a-z)']);
  });

  it('service names are DNS-1035 labels, with the double space after the first example', () => {
    expect(dns1035Label('Kubia_svc')[0]).toContain("(e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
  });

  it('service port checks', () => {
    expect(msgs(validateService({ spec: { ports: [{ port: 70000, targetPort: 70000 }] } }))).toEqual([
      'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
    expect(msgs(validateService({ spec: { ports: [{ name: 'http', port: 80 }, { name: 'http', port: 81 }] } }))).toEqual(['spec.ports[1].name: Duplicate value: "http"']);
    expect(msgs(validateService({ spec: { ports: [{ port: 80 }, { name: 'b', port: 81 }] } }))).toEqual(['spec.ports[0].name: Required value']);
    expect(msgs(validateService({ spec: { type: 'ClusterIP', ports: [{ port: 80, nodePort: 30100 }] } }))).toEqual([
      "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
    ]);
    expect(msgs(validateService({ spec: {} }))).toEqual(['spec.ports: Required value']);
    expect(msgs(validateService({ spec: { clusterIP: 'None' } }))).toEqual([]);
  });

  it('ingress v1 requires pathType', () => {
    const errs = validateIngress({ spec: { rules: [{ host: 'kubia.example.com', http: { paths: [{ path: '/', backend: { service: { name: 'kubia', port: { number: 80 } } } } as never] } }] } });
    expect(invalidError('Ingress', 'kubia', errs).message).toBe('Ingress "kubia" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified');
  });

  it('several causes are listed one per line after a trailing space', () => {
    const e = invalidError('Service', 'kubia', [
      { path: 'spec.ports[0].name', type: 'Required value' },
      { path: 'spec.ports[1].name', type: 'Required value' },
    ]);
    expect(e.message).toBe('Service "kubia" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value');
  });
});

// validation.go (1.30) ValidateService: duplicate (protocol, port) pairs, the key printed with %#v.
describe('duplicate service ports', () => {
  it('rejects the same port and protocol twice, whatever the names', () => {
    expect(msgs(validateService({ spec: { ports: [{ name: 'a', port: 80, protocol: 'TCP' }, { name: 'b', port: 80, protocol: 'TCP' }] } }))).toEqual([
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ]);
    expect(msgs(validateService({ spec: { ports: [{ name: 'a', port: 53, protocol: 'TCP' }, { name: 'b', port: 53, protocol: 'UDP' }] } }))).toEqual([]);
    // Unset ports are Go's zero value in the duplicate's %#v.
    expect(msgs(validateService({ spec: { ports: [{ name: 'a', targetPort: 8080 }, { name: 'b', targetPort: 8443 }] as ServicePort[] } })).at(-1)).toBe(
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:0, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    );
  });
});
