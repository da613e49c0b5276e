// The document's exercises end to end through the scripted shell (`kubetour shell`).
import { describe, expect, test } from 'vitest';
import { runScript } from '../helpers/shell.js';

const POD = "$(kubectl get pods -l app=kubia -o jsonpath='{.items[0].metadata.name}')";

describe('through kubetour shell', () => {
  test('expose the RC, curl the service from a pod, see the request in the logs; traces are recorded', async () => {
    const r = await runScript(`kubectl expose rc kubia --port=80 --target-port=8080\nkubectl exec ${POD} -- curl -s http://kubia\n`);
    expect(r.exitCode).toBe(0);
    const hit = /You've hit (kubia-\w{5})\n$/.exec(r.stdout)![1];
    const logs = await runScript(`kubectl logs ${hit}`, { session: r.session });
    expect(logs.stdout).toMatch(/^Kubia server starting\.\.\.\nReceived request from ::ffff:10\.244\.\d+\.\d+\n$/);
  });

  test('every request leaves a trace on the session (the Session wires network.onTrace)', async () => {
    const r = await runScript(`kubectl expose rc kubia --port=80 --target-port=8080\nkubectl exec ${POD} -- curl -s http://kubia\n`);
    const hit = /You've hit (kubia-\w{5})\n$/.exec(r.stdout)![1];
    const curlTraces = r.session.traces.filter((t) => t.tool === 'curl');
    expect(curlTraces).toHaveLength(1);
    expect(curlTraces[0].endpoint?.pod).toBe(hit);
    expect(r.session.records.at(-1)!.traces).toHaveLength(1);
  });

  test('the old exec form without -- still runs the command (1.30 deprecation warning)', async () => {
    // (without `--`, a `-s` would be taken by kubectl itself — the reason the separator exists)
    const r = await runScript(`kubectl expose rc kubia --port=80 --target-port=8080\nkubectl exec ${POD} curl http://kubia\n`);
    expect(r.stdout).toMatch(/You've hit kubia-\w{5}\n$/);
    expect(r.stderr).toContain('kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n');
  });

  test('from the laptop a ClusterIP times out', async () => {
    const r = await runScript("kubectl expose rc kubia --port=80 --target-port=8080\ncurl -sS --connect-timeout 3 http://$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')\n");
    expect(r.exitCode).toBe(28);
    expect(r.stderr).toMatch(/curl: \(28\) Failed to connect to 10\.\d+\.\d+\.\d+ port 80 after 3000 ms: Timeout was reached\n$/);
  });

  test('nslookup inside the dnsutils pod; exit status passes through kubectl exec', async () => {
    const r = await runScript('kubectl expose rc kubia --port=80 --target-port=8080\nkubectl run dnsutils --image=tutum/dnsutils --command -- sleep infinity\nsleep 10\nkubectl exec dnsutils -- nslookup kubia\n');
    expect(r.stdout).toMatch(/Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10#53\n\nName:\tkubia\.default\.svc\.cluster\.local\nAddress: 10\.\d+\.\d+\.\d+\n\n$/);
    const nope = await runScript('kubectl exec dnsutils -- nslookup nope', { session: r.session });
    expect(nope.stdout).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find nope: NXDOMAIN\n\n");
    expect(nope.stderr).toBe('command terminated with exit code 1\n');
    expect(nope.exitCode).toBe(1);
  });

  test('the TLS exercise: openssl, kubectl create secret tls, an Ingress, /etc/hosts, curl -k', async () => {
    const script = [
      'kubectl expose rc kubia --name kubia-nodeport --type=NodePort --port=80 --target-port=8080',
      'openssl genrsa -out tls.key 2048',
      'openssl req -new -x509 -key tls.key -out tls.cert -days 360 -subj /CN=kubia.example.com',
      'kubectl create secret tls tls-secret --cert=tls.cert --key=tls.key',
      `kubectl apply -f - <<EOF
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: kubia
spec:
  ingressClassName: nginx
  tls:
  - hosts:
    - kubia.example.com
    secretName: tls-secret
  rules:
  - host: kubia.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: kubia-nodeport
            port:
              number: 80
EOF`,
      'sleep 10',
      "echo \"$(kubectl get ingress kubia -o jsonpath='{.status.loadBalancer.ingress[0].ip}') kubia.example.com\" >> /etc/hosts",
      'curl -sk https://kubia.example.com',
    ].join('\n');
    const r = await runScript(script);
    expect(r.stdout).toContain('secret/tls-secret created\n');
    expect(r.stdout).toContain('ingress.networking.k8s.io/kubia created\n');
    expect(r.stdout).toMatch(/You've hit kubia-\w{5}\n$/);
    const v = await runScript('curl -s https://kubia.example.com; echo "exit=$?"', { session: r.session });
    expect(v.stdout).toBe('exit=60\n');
    const dates = await runScript('openssl x509 -in tls.cert -noout -dates', { session: r.session });
    expect(dates.stdout).toMatch(/^notBefore=Nov 26 09:0\d:\d\d 2026 GMT\nnotAfter=Nov 21 09:0\d:\d\d 2027 GMT\n$/);
  });
});

test('determinism: the same seed gives the same bytes for requests, lookups and pings', async () => {
  const script = `kubectl expose rc kubia --port=80 --target-port=8080\nfor i in 1 2 3 4 5 6; do kubectl exec ${POD} -- curl -s http://kubia; done\nkubectl exec ${POD} -- curl -sv http://kubia\nkubectl exec ${POD} -- ping -c 2 kubia\n`;
  const a = await runScript(script, { seed: 7 });
  const b = await runScript(script, { seed: 7 });
  expect(a.output).toBe(b.output);
  expect(JSON.stringify(a.session.traces)).toBe(JSON.stringify(b.session.traces));
});
