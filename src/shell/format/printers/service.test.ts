import { describe, it, expect } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1.js';
import { serviceExternalIP, servicePortsString } from './service.js';

const lb = (ips: string[], externalIPs?: string[]): Service => ({
  spec: { type: 'LoadBalancer', externalIPs },
  status: { loadBalancer: { ingress: ips.map((ip) => ({ ip })) } },
});

describe('service cells', () => {
  it('EXTERNAL-IP: LB IPs de-duplicated and sorted as text, clipped to 13 chars + ... unless wide', () => {
    expect(serviceExternalIP(lb(['130.211.53.173']), false)).toBe('130.211.53.173');
    expect(serviceExternalIP(lb(['35.2.2.2', '104.1.1.1', '35.2.2.2']), true)).toBe('104.1.1.1,35.2.2.2');
    expect(serviceExternalIP(lb(['35.2.2.2', '104.1.1.1']), false)).toBe('104.1.1.1,35....');
    expect(serviceExternalIP(lb([]), false)).toBe('<pending>');
    expect(serviceExternalIP(lb([], ['1.2.3.4']), false)).toBe('1.2.3.4');
    expect(serviceExternalIP({ spec: { type: 'ClusterIP' } }, false)).toBe('<none>');
    expect(serviceExternalIP({ spec: { type: 'ExternalName', externalName: 'api.somecompany.com' } }, false)).toBe('api.somecompany.com');
  });

  it('PORT(S): nodePort, never targetPort, joined without spaces', () => {
    expect(servicePortsString([{ port: 80, nodePort: 30123, protocol: 'TCP', targetPort: 8080 }, { port: 443, protocol: 'TCP' }])).toBe('80:30123/TCP,443/TCP');
    expect(servicePortsString([])).toBe('');
  });
});
