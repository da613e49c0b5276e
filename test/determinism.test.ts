// Same seed and script → the same bytes; another seed → other pod names and addresses.
// The script touches every source of variety: generated names, pod and service IPs,
// NodePorts, load-balancer addresses, random endpoints, $RANDOM, file times, the clock.
import { describe, expect, test } from 'vitest';
import { runScript } from './helpers/shell.js';

const SCRIPT = `kubectl get pods -o wide
kubectl create -f kubia-svc.yaml
kubectl expose rc kubia --type=LoadBalancer --name kubia-http
kubectl get svc
sleep 30
kubectl get svc kubia-http
kubectl get endpoints kubia
POD=$(kubectl get pods -o name | head -1 | cut -d/ -f2)
kubectl exec $POD -- env | sort
for i in $(seq 5); do kubectl exec $POD -- curl -s http://kubia; done
echo $RANDOM
touch x; ls -l x
date
`;

describe('determinism', () => {
  test('the same seed and script give byte-identical output', async () => {
    const a = await runScript(SCRIPT, { seed: 42, echo: true });
    const b = await runScript(SCRIPT, { seed: 42, echo: true });
    expect(a.output).toBe(b.output);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe(b.stderr);
    expect(a.exitCode).toBe(b.exitCode);
    expect(a.session.internalErrors).toEqual([]);
  });

  test('another seed gives other pod names and IPs', async () => {
    const one = await runScript('kubectl get pods -o wide --no-headers', { seed: 1 });
    const two = await runScript('kubectl get pods -o wide --no-headers', { seed: 2 });
    const names = (s: string) => s.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0]);
    const ips = (s: string) => s.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[5]);
    expect(names(one.stdout)).toHaveLength(3);
    expect(names(one.stdout)).not.toEqual(names(two.stdout));
    expect(ips(one.stdout)).not.toEqual(ips(two.stdout));
    const svc1 = await runScript('kubectl create -f kubia-svc.yaml >/dev/null; kubectl get svc kubia --no-headers', { seed: 1 });
    const svc2 = await runScript('kubectl create -f kubia-svc.yaml >/dev/null; kubectl get svc kubia --no-headers', { seed: 2 });
    expect(svc1.stdout.split(/\s+/)[2]).not.toBe(svc2.stdout.split(/\s+/)[2]);
  });
});
