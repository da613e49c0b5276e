// kube-apiserver keeps `default/kubernetes` (pkg/controlplane/controller/kubernetesservice):
// its reconciler runs every 10 s and recreates the Service (ClusterIP 10.96.0.1, 443/TCP) and
// the Endpoints of the API server (172.18.0.2:6443 here) after they were deleted.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('the kubernetes Service', () => {
  it('comes back after delete all --all, with its endpoints', async () => {
    const before = (await runScript('kubectl get svc kubernetes -o jsonpath={.metadata.uid}')).stdout;
    const r = await runScript('kubectl delete svc kubernetes\nkubectl get svc kubernetes\nsleep 10\nkubectl delete all --all\nsleep 15\nkubectl get svc,ep\nkubectl get svc kubernetes -o jsonpath={.metadata.uid}');
    expect(r.stdout).toContain('service "kubernetes" deleted\n');
    expect(r.stderr).toBe('Error from server (NotFound): services "kubernetes" not found\n');
    expect(r.stdout.split('\n').at(-1)).not.toBe(before);
    expect(r.stdout).toMatch(/\nservice\/kubernetes +ClusterIP +10\.96\.0\.1 +<none> +443\/TCP +[\dms]+\n/);
    expect(r.stdout).toMatch(/\nendpoints\/kubernetes +172\.18\.0\.2:6443 +[\dms]+\n/);
  });
});
