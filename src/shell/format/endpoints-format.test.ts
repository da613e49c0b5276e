import { describe, it, expect } from 'vitest';
import { formatEndpoints } from './endpoints-format.js';

const ips = (...xs: string[]) => xs.map((ip) => ({ ip }));

describe('formatEndpoints', () => {
  it('no subsets → <none>; only notReadyAddresses → empty', () => {
    expect(formatEndpoints({ metadata: {} })).toBe('<none>');
    expect(formatEndpoints({ subsets: [{ notReadyAddresses: ips('10.244.2.5'), ports: [{ port: 8080 }] }] })).toBe('');
  });

  it('three entries, then " + N more..." (3 pods × 2 ports)', () => {
    const ep = { subsets: [{ addresses: ips('10.244.1.3', '10.244.1.7', '10.244.2.4'), ports: [{ name: 'http', port: 8080 }, { name: 'https', port: 8443 }] }] };
    expect(formatEndpoints(ep)).toBe('10.244.1.3:8080,10.244.1.7:8080,10.244.2.4:8080 + 3 more...');
    expect(formatEndpoints(ep, new Set(['https']))).toBe('10.244.1.3:8443,10.244.1.7:8443,10.244.2.4:8443');
  });

  it('a subset without ports lists bare IPs', () => {
    expect(formatEndpoints({ subsets: [{ addresses: ips('10.244.1.3') }] })).toBe('10.244.1.3');
  });

  it('prints addresses in the order the Endpoints controller stored them (sorted by IP text there)', () => {
    expect(formatEndpoints({ subsets: [{ addresses: ips('10.244.10.5', '10.244.2.4'), ports: [{ port: 80 }] }] })).toBe('10.244.10.5:80,10.244.2.4:80');
  });
});
