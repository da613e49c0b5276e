// DNS (§4): CoreDNS records, search-list expansion with ndots:5, nslookup (bind9 and
// busybox) and dig layouts, and what the laptop and nodes can resolve.
import { describe, expect, test } from 'vitest';
import { Harness, LAPTOP, kubiaService } from './harness.js';

function withDnsutils(h: Harness, ns = 'default') {
  h.apply({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'dnsutils', namespace: ns }, spec: { containers: [{ name: 'dnsutils', image: 'tutum/dnsutils', command: ['sleep', 'infinity'] }] } });
  h.advance(10);
  return h.pod('dnsutils', ns);
}

describe('nslookup (bind9)', () => {
  test('a service name resolves through the search list', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const vip = h.cluster.api.get('Service', 'default', 'kubia').spec!.clusterIP!;
    const r = await h.run(withDnsutils(h), 'nslookup kubia');
    expect(r).toEqual({ stdout: `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubia.default.svc.cluster.local\nAddress: ${vip}\n\n`, stderr: '', exitCode: 0 });
  });

  test('NXDOMAIN names the name as typed, exit 1', async () => {
    const h = new Harness();
    const r = await h.run(withDnsutils(h), 'nslookup nope');
    expect(r).toEqual({ stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find nope: NXDOMAIN\n\n", stderr: '', exitCode: 1 });
  });

  test('ExternalName: the CNAME line, then the target from the internet', async () => {
    const h = new Harness();
    h.apply({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'external-service' }, spec: { type: 'ExternalName', externalName: 'api.somecompany.com' } });
    const r = await h.run(withDnsutils(h), 'nslookup external-service');
    expect(r.stdout).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nexternal-service.default.svc.cluster.local\tcanonical name = api.somecompany.com.\nName:\tapi.somecompany.com\nAddress: 203.0.113.10\n\n');
  });

  test('reverse lookup of a ClusterIP gives the service name', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const vip = h.cluster.api.get('Service', 'default', 'kubia').spec!.clusterIP!;
    const r = await h.run(withDnsutils(h), `nslookup ${vip}`);
    expect(r.stdout).toBe(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n${vip.split('.').reverse().join('.')}.in-addr.arpa\tname = kubia.default.svc.cluster.local.\n\n`);
  });

  test('SRV records for a named port', async () => {
    const h = new Harness();
    h.apply({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia-named' }, spec: { selector: { app: 'kubia' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] } });
    const r = await h.run(withDnsutils(h), 'nslookup -type=srv _http._tcp.kubia-named.default.svc.cluster.local');
    expect(r.stdout).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n_http._tcp.kubia-named.default.svc.cluster.local\tservice = 0 100 80 kubia-named.default.svc.cluster.local.\n\n');
  });
});

describe('what a look-up records for the tutor', () => {
  test('each query names the name asked, whether it was answered, and the CNAME it went through', async () => {
    const h = new Harness();
    h.apply(kubiaService(), { apiVersion: 'v1', kind: 'Service', metadata: { name: 'external-service' }, spec: { type: 'ExternalName', externalName: 'api.somecompany.cmo' } });
    const from = withDnsutils(h);
    await h.run(from, 'nslookup kubia');
    expect(h.traces.at(-1)!.lookups.map((l) => [l.asked, l.name, l.answered])).toEqual([['kubia', 'kubia.default.svc.cluster.local', true]]);
    await h.run(from, 'curl -s http://kubia.default');
    expect(h.traces.at(-1)!.lookups.map((l) => [l.asked, l.answered])).toEqual([['kubia.default', false], ['kubia.default', true]]);
    // A CNAME to a name with no address is no answer to an A query.
    await h.run(from, 'nslookup external-service');
    const cname = h.traces.find((t) => t.tool === 'nslookup' && t.target === 'external-service')!.lookups[0];
    expect(cname).toMatchObject({ asked: 'external-service', answered: false, cname: 'api.somecompany.cmo' });
  });
});

describe('search list (ndots:5)', () => {
  test('each form of the name, and the queries tried in order', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const from = h.pod(h.pods()[0].metadata!.name!);
    for (const name of ['kubia', 'kubia.default', 'kubia.default.svc', 'kubia.default.svc.cluster.local', 'kubia.default.svc.cluster.local.']) {
      const r = await h.run(from, `curl -s http://${name}`);
      expect(r.stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
    }
    const tried = h.traces.map((t) => t.lookups.map((l) => `${l.name}:${l.result === 'NXDOMAIN' ? 'NX' : 'ok'}`));
    expect(tried[1]).toEqual(['kubia.default.default.svc.cluster.local:NX', 'kubia.default.svc.cluster.local:ok']);
    expect(tried[2]).toEqual(['kubia.default.svc.default.svc.cluster.local:NX', 'kubia.default.svc.svc.cluster.local:NX', 'kubia.default.svc.cluster.local:ok']);
    expect(tried[3].length).toBe(4);
    expect(tried[4]).toEqual(['kubia.default.svc.cluster.local:ok']);
  });

  test('a short name from another namespace does not find the service (curl exit 6)', async () => {
    const h = new Harness();
    h.apply(kubiaService(), { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'foo' } });
    const from = withDnsutils(h, 'foo');
    const r = await h.run(from, 'curl -sS http://kubia');
    expect(r).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: kubia\n', exitCode: 6 });
    expect(h.traces.at(-1)!.lookups.map((l) => l.name)).toEqual(['kubia.foo.svc.cluster.local', 'kubia.svc.cluster.local', 'kubia.cluster.local', 'kubia']);
    const ok = await h.run(from, 'curl -s http://kubia.default');
    expect(ok.stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
  });

  test('the laptop resolves only the internet and its /etc/hosts', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const r = await h.run(LAPTOP, 'curl -sS http://kubia');
    expect(r).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: kubia\n', exitCode: 6 });
    const api = await h.run(LAPTOP, 'curl -s http://api.somecompany.com');
    expect(api.stdout).toBe('{"service":"somecompany-api","status":"ok"}\n');
    const n = await h.run(LAPTOP, 'nslookup api.somecompany.com');
    expect(n.stdout).toBe('Server:\t\t192.168.65.1\nAddress:\t192.168.65.1#53\n\nNon-authoritative answer:\nName:\tapi.somecompany.com\nAddress: 203.0.113.10\n\n');
  });
});

describe('dig', () => {
  test('full answer for a cluster name; +short; no search list without +search', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const vip = h.cluster.api.get('Service', 'default', 'kubia').spec!.clusterIP!;
    const from = withDnsutils(h);
    const s = await h.run(from, 'dig +short kubia.default.svc.cluster.local');
    expect(s.stdout).toBe(`${vip}\n`);
    const full = await h.run(from, 'dig kubia.default.svc.cluster.local');
    expect(full.stdout).toContain(';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ');
    expect(full.stdout).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n;; WARNING: recursion requested but not available\n');
    expect(full.stdout).toContain(`;; QUESTION SECTION:\n;kubia.default.svc.cluster.local. IN\tA\n\n;; ANSWER SECTION:\nkubia.default.svc.cluster.local. 30 IN\tA\t${vip}\n`);
    expect(full.stdout).toContain(';; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)\n');
    const bare = await h.run(from, 'dig kubia');
    expect(bare.stdout).toContain('status: NXDOMAIN');
    const searched = await h.run(from, 'dig +short +search kubia');
    expect(searched.stdout).toBe(`${vip}\n`);
  });
});

describe('busybox nslookup', () => {
  test('busybox:1.28 prints the old layout with reverse names', async () => {
    const h = new Harness();
    h.apply(kubiaService(), { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'busybox' }, spec: { containers: [{ name: 'busybox', image: 'busybox:1.28', command: ['sleep', '3600'] }] } });
    h.advance(10);
    const vip = h.cluster.api.get('Service', 'default', 'kubia').spec!.clusterIP!;
    const r = await h.run(h.pod('busybox'), 'nslookup kubia');
    expect(r.stdout).toBe(`Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubia\nAddress 1: ${vip} kubia.default.svc.cluster.local\n`);
    const nope = await h.run(h.pod('busybox'), 'nslookup nope');
    expect(nope.stderr).toBe("nslookup: can't resolve 'nope'\n");
    expect(nope.exitCode).toBe(1);
  });
});

describe('host', () => {
  test('address, alias, not found', async () => {
    const h = new Harness();
    h.apply(kubiaService(), { apiVersion: 'v1', kind: 'Service', metadata: { name: 'external-service' }, spec: { type: 'ExternalName', externalName: 'api.somecompany.com' } });
    const vip = h.cluster.api.get('Service', 'default', 'kubia').spec!.clusterIP!;
    const from = withDnsutils(h);
    expect(await h.run(from, 'host kubia')).toEqual({ stdout: `kubia.default.svc.cluster.local has address ${vip}\n`, stderr: '', exitCode: 0 });
    expect((await h.run(from, 'host external-service')).stdout).toBe('external-service.default.svc.cluster.local is an alias for api.somecompany.com.\napi.somecompany.com has address 203.0.113.10\n');
    expect(await h.run(from, 'host nope')).toEqual({ stdout: 'Host nope not found: 3(NXDOMAIN)\n', stderr: '', exitCode: 1 });
  });
});

// bind9's nslookup follows a CNAME whose answer carries no address and reports the target's
// own failure: `** server can't find TARGET: NXDOMAIN`, exit 1 (ExternalName to a missing host).
describe('nslookup of an ExternalName whose target does not exist', () => {
  test('ends with the target’s NXDOMAIN and exit 1', async () => {
    const { runScript } = await import('../helpers/shell.js');
    const r = await runScript('kubectl create service externalname ext --external-name nowhere.invalid\nkubectl run dns --image=tutum/dnsutils -- sleep infinity\nsleep 5\nkubectl exec dns -- nslookup ext');
    expect(r.stdout.endsWith("ext.default.svc.cluster.local\tcanonical name = nowhere.invalid.\n** server can't find nowhere.invalid: NXDOMAIN\n\n")).toBe(true);
    expect(r.stderr).toBe('command terminated with exit code 1\n');
  });
});
