import { describe, expect, it } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1.js';
import { containerEnvironment, serviceEnvName, serviceEnvVars } from './service-env.js';
import { lookupImage } from '../images.js';

const svc = (name: string, spec: Service['spec']): Service => ({ metadata: { name, namespace: 'default' }, spec });

describe('service environment variables (§3)', () => {
  it('transforms names', () => {
    expect(serviceEnvName('kubia-nodeport')).toBe('KUBIA_NODEPORT');
    expect(serviceEnvName('my.svc')).toBe('MY_SVC');
    expect(serviceEnvName('9lives')).toBe('_9LIVES');
  });

  it('gives the full family for a named multi-port service', () => {
    const vars = Object.fromEntries(
      serviceEnvVars(svc('kubia-named', { clusterIP: '10.105.7.20', ports: [{ name: 'http', port: 80, protocol: 'TCP' }, { name: 'https', port: 443, protocol: 'TCP' }] })),
    );
    expect(vars).toEqual({
      KUBIA_NAMED_SERVICE_HOST: '10.105.7.20',
      KUBIA_NAMED_SERVICE_PORT: '80',
      KUBIA_NAMED_SERVICE_PORT_HTTP: '80',
      KUBIA_NAMED_SERVICE_PORT_HTTPS: '443',
      KUBIA_NAMED_PORT: 'tcp://10.105.7.20:80',
      KUBIA_NAMED_PORT_80_TCP: 'tcp://10.105.7.20:80',
      KUBIA_NAMED_PORT_80_TCP_PROTO: 'tcp',
      KUBIA_NAMED_PORT_80_TCP_PORT: '80',
      KUBIA_NAMED_PORT_80_TCP_ADDR: '10.105.7.20',
      KUBIA_NAMED_PORT_443_TCP: 'tcp://10.105.7.20:443',
      KUBIA_NAMED_PORT_443_TCP_PROTO: 'tcp',
      KUBIA_NAMED_PORT_443_TCP_PORT: '443',
      KUBIA_NAMED_PORT_443_TCP_ADDR: '10.105.7.20',
    });
  });

  it('skips headless and ExternalName services', () => {
    expect(serviceEnvVars(svc('h', { clusterIP: 'None', ports: [{ port: 80 }] }))).toEqual([]);
    expect(serviceEnvVars(svc('e', { type: 'ExternalName', externalName: 'api.somecompany.com' }))).toEqual([]);
  });

  it('orders PATH, HOSTNAME, explicit env, services, image ENV, HOME — explicit env wins', () => {
    const env = containerEnvironment({
      podName: 'kubia-x2l9m',
      container: { name: 'kubia', env: [{ name: 'KUBIA_SERVICE_HOST', value: 'override' }, { name: 'GREETING', value: 'hi $(KUBIA_SERVICE_HOST)' }] },
      image: lookupImage('luksa/kubia'),
      services: [svc('kubia', { clusterIP: '10.111.249.153', ports: [{ port: 80, protocol: 'TCP' }] })],
    });
    const keys = Object.keys(env);
    expect(keys.slice(0, 4)).toEqual(['PATH', 'HOSTNAME', 'KUBIA_SERVICE_HOST', 'GREETING']);
    expect(keys.at(-1)).toBe('HOME');
    expect(env.KUBIA_SERVICE_HOST).toBe('override');
    expect(env.GREETING).toBe('hi override');
    expect(env.KUBIA_PORT).toBe('tcp://10.111.249.153:80');
    expect(env.HOSTNAME).toBe('kubia-x2l9m');
    expect(env.NODE_VERSION).toBeDefined();
  });
});
