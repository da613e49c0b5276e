// Traffic through services (§7): ClusterIP reachability, random endpoints, session
// affinity, multi-port services, NodePort, LoadBalancer, externalTrafficPolicy, refused
// vs dropped connections, headless and selector-less services, and what the apps log.
import { describe, expect, test } from 'vitest';
import { Harness, LAPTOP, kubiaService } from './harness.js';

const ip = (h: Harness, svc: string, ns = 'default') => h.cluster.api.get('Service', ns, svc).spec!.clusterIP!;
const hitPod = (out: string) => /^You've hit (\S+)\n$/.exec(out)?.[1];

describe('ClusterIP', () => {
  test('answers from a pod with a random ready pod, and the app logs the client pod IP', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const [client] = h.pods();
    const from = h.pod(client.metadata!.name!);
    const r = await h.run(from, `curl -s http://${ip(h, 'kubia')}`);
    expect(r.exitCode).toBe(0);
    const hit = hitPod(r.stdout);
    expect(h.pods().map((p) => p.metadata!.name)).toContain(hit);
    expect(h.cluster.logs('default', hit!)).toContain(`Received request from ::ffff:${from.ip}\n`);
    const t = h.traces.at(-1)!;
    expect(t.service).toEqual({ namespace: 'default', name: 'kubia', port: 80, type: 'ClusterIP' });
    expect(t.endpoint?.pod).toBe(hit);
    expect(t.clientIpSeen).toBe(from.ip);
  });

  test('times out from the laptop: a ClusterIP is not routable outside the cluster', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const r = await h.run(LAPTOP, `curl -sS --connect-timeout 3 http://${ip(h, 'kubia')}`);
    expect(r).toEqual({ stdout: '', stderr: `curl: (28) Failed to connect to ${ip(h, 'kubia')} port 80 after 3000 ms: Timeout was reached\n`, exitCode: 28 });
    const m = await h.run(LAPTOP, `curl -sS -m 5 http://${ip(h, 'kubia')}`);
    expect(m.stderr).toBe('curl: (28) Connection timed out after 5000 milliseconds\n');
    expect(h.traces.at(-1)!.outcome).toBe('timeout');
  });

  test('a port the service does not have is refused at once', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const from = h.pod(h.pods()[0].metadata!.name!);
    const r = await h.run(from, `curl -sS http://${ip(h, 'kubia')}:81`);
    expect(r).toEqual({ stdout: '', stderr: `curl: (7) Failed to connect to ${ip(h, 'kubia')} port 81: Connection refused\n`, exitCode: 7 });
  });

  test('no ready endpoints: connection refused immediately, not a timeout', async () => {
    const h = new Harness();
    h.apply(kubiaService({ selector: { app: 'nothing-here' } }, 'empty'));
    const from = h.pod(h.pods()[0].metadata!.name!);
    // The kubia image's curl 7.38 ends no meter line before its message (7.88 does).
    const r = await h.run(from, 'curl http://empty');
    expect(r.exitCode).toBe(7);
    expect(r.stderr).toBe(
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
        '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
        "\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (7) Failed to connect to empty port 80: Connection refused\n",
    );
    expect(h.traces.at(-1)!.hops.map((x) => x.step)).toContain('reject');
  });

  test('ping a ClusterIP: 100% packet loss, exit 1; a pod IP answers', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const [a, b] = h.pods();
    const from = h.pod(a.metadata!.name!);
    const vip = ip(h, 'kubia');
    const r = await h.run(from, `ping -c 3 ${vip}`);
    expect(r).toEqual({ stdout: `PING ${vip} (${vip}) 56(84) bytes of data.\n\n--- ${vip} ping statistics ---\n3 packets transmitted, 0 received, 100% packet loss, time 2041ms\n`, stderr: '', exitCode: 1 });
    const podIp = b.status!.podIP!;
    const p = await h.run(from, `ping -c 2 ${podIp}`);
    expect(p.exitCode).toBe(0);
    expect(p.stdout).toMatch(new RegExp(`^PING ${podIp.replaceAll('.', '\\.')} \\(${podIp.replaceAll('.', '\\.')}\\) 56\\(84\\) bytes of data\\.\n64 bytes from ${podIp.replaceAll('.', '\\.')}: icmp_seq=1 ttl=6[34] time=[\\d.]+ ms\n64 bytes from [\\d.]+: icmp_seq=2 ttl=6[34] time=[\\d.]+ ms\n\n--- [\\d.]+ ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time \\d+ms\nrtt min/avg/max/mdev = [\\d./]+ ms\n$`));
    const n = await h.run(from, 'ping -c 1 nope');
    expect(n).toEqual({ stdout: '', stderr: 'ping: nope: Name or service not known\n', exitCode: 2 });
  });
});

describe('load balancing and affinity', () => {
  test('sessionAffinity ClientIP keeps a client on one pod until timeoutSeconds pass', async () => {
    const h = new Harness();
    h.apply(kubiaService({ sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } } }));
    const from = h.pod(h.pods()[0].metadata!.name!);
    const hits = new Set<string>();
    for (let i = 0; i < 30; i++) hits.add(hitPod((await h.run(from, 'curl -s http://kubia')).stdout)!);
    expect(hits.size).toBe(1);
    expect(h.traces.at(-1)!.endpoint?.reason).toBe('affinity');
    // After the timeout (with no traffic) the client is free to land elsewhere.
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      h.advance(61);
      seen.add(hitPod((await h.run(from, 'curl -s http://kubia')).stdout)!);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  test('without affinity, repeated requests spread randomly over the pods', async () => {
    const h = new Harness();
    h.apply(kubiaService());
    const from = h.pod(h.pods()[0].metadata!.name!);
    const order: string[] = [];
    for (let i = 0; i < 12; i++) order.push(hitPod((await h.run(from, 'curl -s http://kubia')).stdout)!);
    expect(new Set(order).size).toBe(3);
    // Random, not round-robin: some pod is hit twice in a row somewhere.
    expect(order.some((p, i) => i > 0 && order[i - 1] === p)).toBe(true);
  });
});

describe('multi-port and named ports', () => {
  test('named targetPort resolves per pod; the https port has no listener → refused', async () => {
    const h = new Harness();
    h.apply(
      { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'kubia-named' }, spec: { replicas: 2, selector: { app: 'kubia-named' }, template: { metadata: { labels: { app: 'kubia-named' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ name: 'http', containerPort: 8080 }, { name: 'https', containerPort: 8443 }] }] } } } },
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia-named' }, spec: { selector: { app: 'kubia-named' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }, { name: 'https', port: 443, targetPort: 'https' }] } },
    );
    h.advance(10);
    const from = h.pod(h.pods()[0].metadata!.name!);
    const ok = await h.run(from, 'curl -s http://kubia-named');
    expect(ok.stdout).toMatch(/^You've hit kubia-named-\w{5}\n$/);
    expect(h.traces.at(-1)!.endpoint?.port).toBe(8080);
    const https = await h.run(from, 'curl -sS http://kubia-named:443');
    expect(https).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to kubia-named port 443: Connection refused\n", exitCode: 7 });
  });
});

describe('NodePort, LoadBalancer and externalTrafficPolicy', () => {
  const nodeport = (name: string, port: number, etp?: 'Local') => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { type: 'NodePort', ...(etp ? { externalTrafficPolicy: etp } : {}), selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080, nodePort: port }] } });

  test('the NodePort answers on every node, from the laptop; the app sees a node or bridge address (SNAT)', async () => {
    const h = new Harness();
    h.apply(nodeport('kubia-nodeport', 30123));
    const nodes = h.cluster.api.list('Node');
    for (const n of nodes) {
      const nodeIp = n.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
      const r = await h.run(LAPTOP, `curl -s http://${nodeIp}:30123`);
      expect(r.exitCode).toBe(0);
      const hit = hitPod(r.stdout)!;
      const t = h.traces.at(-1)!;
      const hitPodObj = h.cluster.api.get('Pod', 'default', hit);
      const expected = hitPodObj.spec!.nodeName === n.metadata!.name ? hitPodObj.status!.podIP!.replace(/\.\d+$/, '.1') : nodeIp;
      expect(t.clientIpSeen).toBe(expected);
      expect(h.cluster.logs('default', hit).trimEnd().split('\n').at(-1)).toBe(`Received request from ::ffff:${expected}`);
      expect(t.clientIpSeen).not.toBe(LAPTOP.ip);
    }
  });

  test('externalTrafficPolicy Local: a node without a local pod drops (timeout); others keep the client IP', async () => {
    const h = new Harness();
    h.apply(nodeport('kubia-nodeport-onlylocal', 30124, 'Local'));
    const podNodes = new Set(h.pods().map((p) => p.spec!.nodeName));
    for (const n of h.cluster.api.list('Node')) {
      const nodeIp = n.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
      const r = await h.run(LAPTOP, `curl -sS --connect-timeout 2 http://${nodeIp}:30124`);
      if (podNodes.has(n.metadata!.name)) {
        const hit = hitPod(r.stdout)!;
        expect(h.cluster.api.get('Pod', 'default', hit).spec!.nodeName).toBe(n.metadata!.name);
        expect(h.cluster.logs('default', hit)).toContain(`Received request from ::ffff:${LAPTOP.ip}\n`);
      } else {
        expect(r).toEqual({ stdout: '', stderr: `curl: (28) Failed to connect to ${nodeIp} port 30124 after 2000 ms: Timeout was reached\n`, exitCode: 28 });
      }
    }
  });

  test('a LoadBalancer is pending at first, then its external IP answers from the laptop', async () => {
    const h = new Harness();
    h.apply({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia-loadbalancer' }, spec: { type: 'LoadBalancer', selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }] } });
    expect(h.cluster.api.get('Service', 'default', 'kubia-loadbalancer').status?.loadBalancer?.ingress).toBeUndefined();
    h.advance(30);
    const lb = h.cluster.api.get('Service', 'default', 'kubia-loadbalancer').status!.loadBalancer!.ingress![0].ip!;
    const r = await h.run(LAPTOP, `curl -s http://${lb}`);
    expect(r.stdout).toMatch(/^You've hit kubia-\w{5}\n$/);
    expect(h.traces.at(-1)!.hops.map((x) => x.step)).toEqual(expect.arrayContaining(['loadbalancer', 'snat', 'endpoint']));
  });
});

describe('headless, ExternalName, selector-less', () => {
  test('a headless service resolves to the ready pod IPs', async () => {
    const h = new Harness();
    h.apply(kubiaService({ clusterIP: 'None' }, 'kubia-headless'), { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'dnsutils' }, spec: { containers: [{ name: 'dnsutils', image: 'tutum/dnsutils', command: ['sleep', 'infinity'] }] } });
    h.advance(10);
    const r = await h.run(h.pod('dnsutils'), 'nslookup kubia-headless');
    const ips = h.pods().map((p) => p.status!.podIP!).sort();
    const printed = [...r.stdout.matchAll(/^Address: (\S+)$/gm)].map((m) => m[1]).sort();
    expect(printed).toEqual(ips);
    expect(r.stdout.startsWith('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubia-headless.default.svc.cluster.local\nAddress: ')).toBe(true);
    expect(r.exitCode).toBe(0);
  });

  test('ExternalName is a CNAME only; HTTP still says Host: external-service, which the target does not serve', async () => {
    const h = new Harness();
    h.apply({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'external-service' }, spec: { type: 'ExternalName', externalName: 'api.somecompany.com', ports: [{ port: 80 }] } });
    const from = h.pod(h.pods()[0].metadata!.name!);
    const ns = await h.run(from, 'curl -s http://external-service');
    expect(ns.stdout).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n');
    const ok = await h.run(from, 'curl -s -H "Host: api.somecompany.com" http://external-service');
    expect(ok.stdout).toBe('{"service":"somecompany-api","status":"ok"}\n');
    expect(h.traces.at(-1)!.lookups[0]).toEqual({ name: 'external-service.default.svc.cluster.local', asked: 'external-service', type: 'A', result: 'CNAME api.somecompany.com, 203.0.113.10', answered: true, cname: 'api.somecompany.com' });
  });

  test('a selector-less service with manual Endpoints sends traffic to those addresses', async () => {
    const h = new Harness();
    h.apply(
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'external-service' }, spec: { ports: [{ port: 80 }] } },
      { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'external-service' }, subsets: [{ addresses: [{ ip: '11.11.11.11' }, { ip: '22.22.22.22' }], ports: [{ port: 80 }] }] },
    );
    const from = h.pod(h.pods()[0].metadata!.name!);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) seen.add((await h.run(from, 'curl -s http://external-service')).stdout);
    expect([...seen].sort()).toEqual(['Hello from the external server at 11.11.11.11\n', 'Hello from the external server at 22.22.22.22\n']);
    expect(h.traces.at(-1)!.endpoint?.reason).toBe('manual');
    // The packet leaves the cluster through the pod's node, which masquerades it: the far end
    // sees the node's address, never the pod's (pod CIDRs are not routed outside a cluster).
    const nodeIp = h.cluster.api.get('Node', '', from.node!).status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
    expect(h.traces.at(-1)!.clientIpSeen).toBe(nodeIp);
  });
});

describe('apps', () => {
  test('kubia-unhealthy answers 500 from the 6th request on', async () => {
    const h = new Harness();
    h.apply({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'sick', labels: { app: 'sick' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia-unhealthy', ports: [{ containerPort: 8080 }] }] } });
    h.advance(10);
    const podIp = h.cluster.api.get('Pod', 'default', 'sick').status!.podIP!;
    const from = h.pod(h.pods()[0].metadata!.name!);
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) codes.push((await h.run(from, `curl -s -w ' %{http_code}' http://${podIp}:8080`)).stdout);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("You've hit sick\n 200"));
    expect(codes.slice(5)).toEqual(Array(2).fill("I'm not well. Please restart me! 500"));
  });
});

describe('special destinations', () => {
  test('localhost inside a pod is the pod itself; the kubernetes service reaches the API server (403 for anonymous)', async () => {
    const h = new Harness();
    const [p] = h.pods();
    const from = h.pod(p.metadata!.name!);
    const self = await h.run(from, 'curl -s http://localhost:8080');
    expect(self.stdout).toBe(`You've hit ${from.name}\n`);
    expect(h.cluster.logs('default', from.name)).toContain('Received request from ::ffff:127.0.0.1\n');
    const api = await h.run(from, 'curl -sk https://kubernetes');
    expect(api.stdout).toBe('{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "forbidden: User \\"system:anonymous\\" cannot get path \\"/\\"",\n  "reason": "Forbidden",\n  "details": {},\n  "code": 403\n}');
    const strict = await h.run(from, 'curl -sS https://kubernetes');
    expect(strict.exitCode).toBe(60);
    expect(strict.stderr.split('\n')[0]).toBe('curl: (60) SSL certificate problem: unable to get local issuer certificate');
  });
});
