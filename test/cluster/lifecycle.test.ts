import { describe, expect, it } from 'vitest';
import type { Endpoints, Pod } from 'kubernetes-types/core/v1.js';
import { cluster, kubiaSvc } from './helpers.js';
import { LB_PROVISION_SECONDS } from '../../src/cluster/controllers/load-balancer.js';

const ready = (p: Pod) => p.status?.conditions?.find((c) => c.type === 'Ready')?.status;
const ips = (ep: Endpoints, field: 'addresses' | 'notReadyAddresses') => (ep.subsets ?? []).flatMap((s) => (s[field] ?? []).map((a) => a.ip));

describe('controllers over time', () => {
  it('LoadBalancer: <pending> for a few seconds, then a public IP, with service-controller events', () => {
    const c = cluster();
    c.api.create(kubiaSvc('kubia-loadbalancer', { type: 'LoadBalancer' }));
    c.advance(1);
    expect(c.api.get('Service', 'default', 'kubia-loadbalancer').status).toEqual({ loadBalancer: {} });
    c.advance(LB_PROVISION_SECONDS);
    const ing = c.api.get('Service', 'default', 'kubia-loadbalancer').status!.loadBalancer!.ingress!;
    expect(ing).toHaveLength(1);
    expect(ing[0].ip).toMatch(/^130\.211\.\d+\.\d+$/);
    const events = c.api.list('Event', 'default').filter((e) => e.involvedObject.name === 'kubia-loadbalancer');
    expect(events.map((e) => [e.type, e.reason, e.message, e.source!.component])).toEqual([
      ['Normal', 'EnsuringLoadBalancer', 'Ensuring load balancer', 'service-controller'],
      ['Normal', 'EnsuredLoadBalancer', 'Ensured load balancer', 'service-controller'],
    ]);
  });

  it('service env vars appear only in pods started after the service', () => {
    const c = cluster();
    const before = c.api.list('Pod', 'default')[0].metadata!.name!;
    c.api.create(kubiaSvc());
    c.advance(1);
    expect(c.containerEnv('default', before)!.KUBIA_SERVICE_HOST).toBeUndefined();
    for (const p of c.api.list('Pod', 'default')) c.api.delete('Pod', 'default', p.metadata!.name!);
    c.advance(1);
    const terminating = c.api.list('Pod', 'default').filter((p) => p.metadata!.deletionTimestamp);
    expect(terminating).toHaveLength(3); // kubia ignores SIGTERM: the grace period runs out
    c.advance(30);
    const pods = c.api.list('Pod', 'default');
    expect(pods).toHaveLength(3);
    const svcIp = c.api.get('Service', 'default', 'kubia').spec!.clusterIP;
    for (const p of pods) {
      const env = c.containerEnv('default', p.metadata!.name!)!;
      expect(env.KUBIA_SERVICE_HOST).toBe(svcIp);
      expect(env.KUBIA_SERVICE_PORT).toBe('80');
      expect(env.HOSTNAME).toBe(p.metadata!.name);
    }
  });

  it('readiness: 0/1 until /var/ready exists, Unhealthy events, endpoints move between lists', async () => {
    const c = cluster('empty');
    c.api.create({
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'kubia' },
      spec: {
        replicas: 3,
        selector: { app: 'kubia' },
        template: {
          metadata: { labels: { app: 'kubia' } },
          spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ name: 'http', containerPort: 8080 }], readinessProbe: { exec: { command: ['ls', '/var/ready'] } } }] },
        },
      },
    });
    c.api.create(kubiaSvc('kubia', { ports: [{ port: 80, targetPort: 'http' }] }));
    c.advance(5);
    const pods = c.api.list('Pod', 'default');
    expect(pods.map((p) => [p.status!.phase, ready(p)])).toEqual([
      ['Running', 'False'],
      ['Running', 'False'],
      ['Running', 'False'],
    ]);
    let ep = c.api.get('Endpoints', 'default', 'kubia');
    expect(ips(ep, 'addresses')).toEqual([]);
    expect(ips(ep, 'notReadyAddresses')).toHaveLength(3);
    const unhealthy = c.api.list('Event', 'default').filter((e) => e.reason === 'Unhealthy');
    expect(unhealthy).toHaveLength(3);
    expect(unhealthy[0].message).toBe("Readiness probe failed: ls: cannot access '/var/ready': No such file or directory");
    expect(unhealthy[0].type).toBe('Warning');
    const first = pods[0];
    await c.containerFs('default', first.metadata!.name!)!.writeFile('/var/ready', '');
    c.advance(10);
    expect(ready(c.api.get('Pod', 'default', first.metadata!.name!))).toBe('True');
    ep = c.api.get('Endpoints', 'default', 'kubia');
    expect(ips(ep, 'addresses')).toEqual([first.status!.podIP]);
    expect(ep.subsets![0].ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
    // Removing the file: unready after failureThreshold (3) failures.
    await c.containerFs('default', first.metadata!.name!)!.rm('/var/ready');
    c.advance(20);
    expect(ready(c.api.get('Pod', 'default', first.metadata!.name!))).toBe('True');
    c.advance(10);
    expect(ready(c.api.get('Pod', 'default', first.metadata!.name!))).toBe('False');
  });

  it('an unknown image gives ErrImagePull, then ImagePullBackOff', () => {
    const c = cluster('empty');
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'typo' }, spec: { containers: [{ name: 'typo', image: 'luksa/kubiaa' }] } });
    c.advance(3);
    expect(c.api.get('Pod', 'default', 'typo').status!.containerStatuses![0].state!.waiting!.reason).toBe('ErrImagePull');
    c.advance(10);
    expect(c.api.get('Pod', 'default', 'typo').status!.containerStatuses![0].state!.waiting!.reason).toBe('ImagePullBackOff');
  });

  it('services without a selector get no Endpoints; ExternalName none either; manual Endpoints stay', () => {
    const c = cluster();
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'external-service' }, spec: { ports: [{ port: 80 }] } });
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext-name' }, spec: { type: 'ExternalName', externalName: 'api.somecompany.com', ports: [{ port: 80 }] } });
    c.advance(1);
    expect(() => c.api.get('Endpoints', 'default', 'external-service')).toThrow('endpoints "external-service" not found');
    expect(() => c.api.get('Endpoints', 'default', 'ext-name')).toThrow('not found');
    c.api.create({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'external-service' }, subsets: [{ addresses: [{ ip: '11.11.11.11' }, { ip: '22.22.22.22' }], ports: [{ port: 80 }] }] });
    c.advance(1);
    expect(ips(c.api.get('Endpoints', 'default', 'external-service'), 'addresses')).toEqual(['11.11.11.11', '22.22.22.22']);
  });

  it('endpoints carry the service labels; scaling and relabelling pods behave like an RC', () => {
    const c = cluster();
    c.api.create({ ...kubiaSvc(), metadata: { name: 'kubia', labels: { tier: 'web' } } });
    const rc = structuredClone(c.api.get('ReplicationController', 'default', 'kubia')) as { spec: { replicas: number } };
    rc.spec.replicas = 5;
    c.api.update(rc);
    c.advance(3);
    const ep = c.api.get('Endpoints', 'default', 'kubia');
    expect(ep.metadata!.labels).toEqual({ tier: 'web' });
    expect(ips(ep, 'addresses')).toHaveLength(5);
    const sorted = [...ips(ep, 'addresses')].sort();
    expect(ips(ep, 'addresses')).toEqual(sorted);
    // A pod relabelled out of the selector is released and replaced.
    const victim = structuredClone(c.api.list('Pod', 'default')[0]) as Pod & { metadata: { labels: Record<string, string> } };
    victim.metadata.labels.app = 'foo';
    c.api.update(victim);
    c.advance(3);
    expect(c.api.list('Pod', 'default', 'app=kubia')).toHaveLength(5);
    expect(c.api.get('Pod', 'default', victim.metadata.name!).metadata!.ownerReferences).toBeUndefined();
  });
});

describe('containers that exit', () => {
  it('a shell without a terminal crash-loops; sleep infinity runs; restartPolicy Never completes', () => {
    const c = cluster('empty');
    const pod = (name: string, container: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { ...extra, containers: [{ name, ...container }] } });
    pod('dnsutils', { image: 'tutum/dnsutils' });
    pod('sleeper', { image: 'tutum/dnsutils', command: ['sleep', 'infinity'] });
    pod('once', { image: 'busybox', command: ['nslookup', 'kubia'] }, { restartPolicy: 'Never' });
    c.advance(15);
    const cs = (n: string) => c.api.get('Pod', 'default', n).status!.containerStatuses![0];
    expect(cs('dnsutils').state!.waiting!.reason).toBe('CrashLoopBackOff');
    expect(cs('dnsutils').restartCount).toBe(1);
    expect(cs('dnsutils').lastState!.terminated!.reason).toBe('Completed');
    expect(cs('sleeper').state!.running).toBeDefined();
    expect(c.api.get('Pod', 'default', 'once').status!.phase).toBe('Succeeded');
    expect(cs('once').state!.terminated!.reason).toBe('Completed');
  });
});

describe('httpGet and tcpSocket readiness probes', () => {
  const rc = (probe: Record<string, unknown>) => ({
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name: 'kubia' },
    spec: {
      replicas: 1,
      selector: { app: 'kubia' },
      template: { metadata: { labels: { app: 'kubia' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ name: 'http', containerPort: 8080 }], readinessProbe: probe }] } },
    },
  });

  it('succeed on a port the image listens on (named ports resolved), refuse otherwise', () => {
    const c = cluster('empty');
    c.api.create(rc({ httpGet: { path: '/', port: 'http' }, initialDelaySeconds: 5 }));
    c.advance(4);
    expect(ready(c.api.list('Pod', 'default')[0])).toBe('False');
    c.advance(5);
    expect(ready(c.api.list('Pod', 'default')[0])).toBe('True');

    const d = cluster('empty');
    d.api.create(rc({ tcpSocket: { port: 8081 } }));
    d.advance(5);
    const p = d.api.list('Pod', 'default')[0];
    expect(ready(p)).toBe('False');
    const ev = d.api.list('Event', 'default').find((e) => e.reason === 'Unhealthy')!;
    expect(ev.message).toBe(`Readiness probe failed: dial tcp ${p.status!.podIP}:8081: connect: connection refused`);
  });

  it('asks the data plane hook for the HTTP status when one is installed', () => {
    const c = cluster('empty');
    c.setHttpProbeHook(() => ({ status: 500 }));
    c.api.create(rc({ httpGet: { path: '/', port: 8080 } }));
    c.advance(5);
    expect(ready(c.api.list('Pod', 'default')[0])).toBe('False');
    expect(c.api.list('Event', 'default').find((e) => e.reason === 'Unhealthy')!.message).toBe('Readiness probe failed: HTTP probe failed with statuscode: 500');
  });
});
