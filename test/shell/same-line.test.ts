// Controllers run between the commands of one line, as they would on a real cluster where
// they react within milliseconds.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('one line, several commands', () => {
  it('shows the endpoints of a service created earlier on the same line', async () => {
    const r = await runScript('kubectl create -f kubia-svc.yaml && kubectl get ep kubia -o jsonpath="{.subsets[0].addresses[*].ip}"\n', { seed: 1 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^service\/kubia created\n10\.244\.\d+\.\d+ 10\.244\.\d+\.\d+ 10\.244\.\d+\.\d+$/);
  });
});

describe('the default IngressClass', () => {
  it('is filled in on create only: apply dropping ingressClassName leaves the class unset', async () => {
    const ing = (cls: string) =>
      `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: kubia\nspec:\n${cls}  defaultBackend:\n    service:\n      name: kubia\n      port:\n        number: 80\n`;
    const r = await runScript(
      `kubectl apply -f - <<EOF\n${ing('  ingressClassName: nginx\n')}EOF\nkubectl apply -f - <<EOF\n${ing('')}EOF\nkubectl get ing kubia -o jsonpath='{.spec.ingressClassName}'\n`,
      { seed: 1 },
    );
    expect(r.stdout).toBe('ingress.networking.k8s.io/kubia created\ningress.networking.k8s.io/kubia configured\n');
    const created = await runScript(`kubectl create -f - <<EOF\n${ing('')}EOF\nkubectl get ing kubia -o jsonpath='{.spec.ingressClassName}'\n`, { seed: 1 });
    expect(created.stdout).toBe('ingress.networking.k8s.io/kubia created\nnginx');
  });
});
