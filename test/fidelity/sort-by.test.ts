// `kubectl get --sort-by` as kubectl 1.30 behaves, read from the real kubectl.1.30 through
// `kubetour serve` (the differential test runs the same lines against it).
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

const names = (stdout: string) => stdout.trim().split('\n').slice(1).map((l) => l.split(/\s+/)[0]);

describe('kubectl get --sort-by', () => {
  it('orders pod IPs by their numbers, not as text', async () => {
    const r = await runScript('kubectl scale rc kubia --replicas=14\nkubectl get pods --sort-by=.status.podIP -o custom-columns=IP:.status.podIP');
    const ips = names(r.stdout.slice(r.stdout.indexOf('IP')));
    const numeric = [...ips].sort((a, b) => {
      const x = a.split('.').map(Number);
      const y = b.split('.').map(Number);
      return x.reduce((d, v, i) => d || v - y[i], 0);
    });
    expect(ips).toEqual(numeric);
  });

  it('orders service ports as numbers', async () => {
    const r = await runScript('kubectl get svc -A --sort-by=.spec.ports[0].port -o jsonpath={.items[*].spec.ports[0].port}');
    const ports = r.stdout.split(' ').map(Number);
    expect(ports).toEqual([...ports].sort((a, b) => a - b));
  });

  it('with two tables or more, fails as kubectl does (kubernetes/kubernetes#104318)', async () => {
    const r = await runScript('kubectl get pods,svc --sort-by=.metadata.name');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: couldn\'t find any field with path "{.metadata.name}" in the list of objects\n');
    expect(r.exitCode).toBe(1);
  });

  it('sorts several types together when printing -o name', async () => {
    const r = await runScript('kubectl get svc,pods -A --sort-by=.metadata.name -o name');
    const n = r.stdout.trim().split('\n').map((l) => l.split('/')[1]);
    expect(r.exitCode).toBe(0);
    expect(n[0] <= n[n.length - 1]).toBe(true);
  });

  it('a field no row has prints no table at all (kubernetes/kubectl#1343); with -o it is an error', async () => {
    const table = await runScript('kubectl get pods --sort-by=.spec.nope');
    expect(table.stdout).toBe('');
    expect(table.stderr).toBe('No resources found in default namespace.\n');
    expect(table.exitCode).toBe(0);
    const named = await runScript('kubectl get pods --sort-by=.spec.nope -o name');
    expect(named.stderr).toBe('error: couldn\'t find any field with path "{.spec.nope}" in the list of objects\n');
    expect(named.exitCode).toBe(1);
  });
});
