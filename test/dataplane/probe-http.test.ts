// httpGet readiness probes reach the container's app like any client would: kubia-unhealthy
// answers 500 from its sixth request on, so its probe starts failing, and the app logs the
// kubelet's (node) address for every probe.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

const POD = `kubectl apply -f - <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: unhealthy
spec:
  containers:
  - name: app
    image: luksa/kubia-unhealthy
    ports:
    - containerPort: 8080
    readinessProbe:
      httpGet:
        path: /
        port: 8080
      periodSeconds: 5
YAML
`;

describe('httpGet readiness probes', () => {
  it('fail once kubia-unhealthy answers 500, with the kubelet’s event and the node IP in the app log', async () => {
    const r = await runScript(`${POD}sleep 10\nkubectl get pod unhealthy --no-headers\nsleep 30\nkubectl get pod unhealthy --no-headers\nkubectl get events --field-selector reason=Unhealthy -o jsonpath='{.items[0].message}'\necho\nkubectl logs unhealthy | sort | uniq -c | sort -rn | head -1\n`, { seed: 1 });
    const node = r.session.cluster.store.get('Pod', 'default', 'unhealthy')!.spec!.nodeName!;
    const nodeIp = r.session.cluster.store.get('Node', undefined, node)!.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^unhealthy +1\/1 +Running/);
    expect(lines[2]).toMatch(/^unhealthy +0\/1 +Running/);
    expect(lines[3]).toBe('Readiness probe failed: HTTP probe failed with statuscode: 500');
    expect(lines[4]).toMatch(new RegExp(`^ +\\d+ Received request from ::ffff:${nodeIp.replace(/\./g, '\\.')}$`));
  });
});
