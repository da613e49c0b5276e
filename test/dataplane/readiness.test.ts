// Readiness decides traffic (§6, §7, §11): over 300 requests without affinity every ready
// endpoint is hit and no unready one is; touching /var/ready brings a pod into rotation.
import { expect, test } from 'vitest';
import { Harness } from './harness.js';

const rc = {
  apiVersion: 'v1',
  kind: 'ReplicationController',
  metadata: { name: 'kubia-r' },
  spec: {
    replicas: 4,
    selector: { app: 'kubia-r' },
    template: {
      metadata: { labels: { app: 'kubia-r' } },
      spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ name: 'http', containerPort: 8080 }], readinessProbe: { exec: { command: ['ls', '/var/ready'] } } }] },
    },
  },
};
const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia-r' }, spec: { selector: { app: 'kubia-r' }, ports: [{ port: 80, targetPort: 'http' }] } };

test('property: 300 requests hit every ready endpoint and never an unready one', async () => {
  for (const seed of [1, 2, 3]) {
    const h = new Harness(seed);
    h.apply(rc, svc);
    h.advance(15);
    const pods = h.pods('app=kubia-r');
    expect(pods).toHaveLength(4);
    const ready = pods.slice(0, seed === 3 ? 1 : 2).map((p) => p.metadata!.name!);
    for (const name of ready) await h.cluster.containerFs('default', name)!.writeFile('/var/ready', '');
    h.advance(20);
    const client = h.pod(h.pods('app=kubia')[0].metadata!.name!);
    const hits = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const r = await h.run(client, 'curl -s http://kubia-r');
      const pod = /^You've hit (\S+)\n$/.exec(r.stdout)![1];
      hits.set(pod, (hits.get(pod) ?? 0) + 1);
    }
    expect([...hits.keys()].sort()).toEqual([...ready].sort());
  }
});

test('no pod ready: refused; touch /var/ready: the pod joins within one probe period', async () => {
  const h = new Harness();
  h.apply(rc, svc);
  h.advance(15);
  const client = h.pod(h.pods('app=kubia')[0].metadata!.name!);
  expect((await h.run(client, 'curl -s http://kubia-r')).exitCode).toBe(7);
  const target = h.pods('app=kubia-r')[2].metadata!.name!;
  await h.cluster.containerFs('default', target)!.writeFile('/var/ready', '');
  h.advance(10);
  const r = await h.run(client, 'curl -s http://kubia-r');
  expect(r).toEqual({ stdout: `You've hit ${target}\n`, stderr: '', exitCode: 0 });
});
