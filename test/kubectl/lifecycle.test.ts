// Deleting namespaces and pods, orphaning, and apply on an existing object whose file has an
// unknown field — through the whole shell (runScript), on the kubia scenario.
// Texts checked against kubectl v1.30 on a loopback stub API server, and kube-apiserver
// 1.30 sources (namespace lifecycle admission, the PATCH handler's strict field validation).
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('kubectl delete namespace', () => {
  it('refuses the namespaces the NamespaceLifecycle admission plugin keeps', async () => {
    const r = await runScript('kubectl delete ns default kube-system kube-public');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted\n' +
        'Error from server (Forbidden): namespaces "kube-system" is forbidden: this namespace may not be deleted\n' +
        'Error from server (Forbidden): namespaces "kube-public" is forbidden: this namespace may not be deleted\n',
    );
    expect(r.exitCode).toBe(1);
    const one = await runScript('kubectl delete ns default', { session: r.session });
    expect(one.stderr).toBe('Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted\n');
    expect(r.session.cluster.store.get('Namespace', undefined, 'default')?.status?.phase).toBe('Active');
  });

  it('goes through Terminating while the contents go, then disappears', async () => {
    const r = await runScript(['kubectl create ns foo', 'kubectl run x --image=luksa/kubia -n foo', 'sleep 5', 'kubectl delete ns foo --wait=false', 'kubectl get ns foo -o jsonpath={.status.phase}', 'kubectl get pods -n foo'].join('\n'));
    expect(r.stdout).toContain('namespace "foo" deleted\nTerminating');
    expect(r.stdout).toMatch(/x {6}1\/1 {5}Terminating {3}0 {10}\d+s\n$/);
    const ns = r.session.cluster.store.get('Namespace', undefined, 'foo');
    expect(ns?.metadata?.deletionTimestamp).toBeDefined();
    expect(ns?.spec?.finalizers).toEqual(['kubernetes']);
    const wait = await runScript('kubectl delete ns foo\nkubectl get ns foo', { session: r.session });
    expect(wait.stdout).toBe('namespace "foo" deleted\n');
    expect(wait.stderr).toBe('Error from server (NotFound): namespaces "foo" not found\n');
  });
});

describe('kubectl delete pods --all', () => {
  it('prints a line per pod, waits out the grace period, and the RC has replacements running', async () => {
    const r = await runScript('kubectl get pods -o name\nkubectl delete pods --all\nkubectl get pods');
    const names = r.stdout.split('\n').filter((l) => l.startsWith('pod/')).map((l) => l.slice(4));
    expect(names).toHaveLength(3);
    const after = r.stdout.split('\n').slice(3 + 3);
    expect(r.stdout).toContain(names.map((n) => `pod "${n}" deleted\n`).join(''));
    expect(after[0]).toBe('NAME          READY   STATUS    RESTARTS   AGE');
    // kubia's node ignores SIGTERM: the full 30 s grace period passes before delete returns.
    expect(after.slice(1, 4).every((l) => /^kubia-\w{5} {3}1\/1 {5}Running {3}0 {10}3\ds$/.test(l))).toBe(true);
    for (const n of names) expect(after.join('\n')).not.toContain(n);
  });

  it('--cascade=orphan (and the old --cascade=false) leaves the pods, without owner', async () => {
    const r = await runScript('kubectl delete rc kubia --cascade=false\nkubectl get pods -o jsonpath={.items[*].metadata.ownerReferences}');
    expect(r.stdout).toBe('replicationcontroller "kubia" deleted\n');
    expect(r.stderr).toBe('warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n');
    expect(r.session.cluster.store.list('Pod', 'default')).toHaveLength(3);
    const bad = await runScript('kubectl delete svc kubia --cascade=bogus');
    expect(bad.stderr).toBe('error: invalid cascade value (bogus). Must be "background", "foreground", or "orphan"\n');
    expect(bad.exitCode).toBe(1);
  });
});

const PNR_FILE = `cat > kubia-svc.yaml <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  publishNotReadyEndpoints: true
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: kubia
EOF`;

describe('kubectl apply on an existing object with an unknown field', () => {
  it('fails in the PATCH handler: "The request is invalid", the patch printed as Go prints maps', async () => {
    const r = await runScript(`${PNR_FILE}\nkubectl create service clusterip kubia --tcp=80:8080\nkubectl apply -f kubia-svc.yaml`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'Warning: resource services/kubia is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n' +
        'The request is invalid: patch: Invalid value: "map[metadata:map[annotations:map[kubectl.kubernetes.io/last-applied-configuration:{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"Service\\",\\"metadata\\":{\\"annotations\\":{},\\"name\\":\\"kubia\\",\\"namespace\\":\\"default\\"},\\"spec\\":{\\"ports\\":[{\\"port\\":80,\\"targetPort\\":8080}],\\"publishNotReadyEndpoints\\":true,\\"selector\\":{\\"app\\":\\"kubia\\"}}}\\n]] spec:map[publishNotReadyEndpoints:true]]": strict decoding error: unknown field "spec.publishNotReadyEndpoints"\n',
    );
    expect(r.session.cluster.store.get('Service', 'default', 'kubia')?.metadata?.annotations).toBeUndefined();
  });

  it('a new object still fails on create, with the decoder message', async () => {
    const r = await runScript(`${PNR_FILE}\nkubectl apply -f kubia-svc.yaml`);
    expect(r.stderr).toBe('Error from server (BadRequest): error when creating "kubia-svc.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.publishNotReadyEndpoints"\n');
  });
});
