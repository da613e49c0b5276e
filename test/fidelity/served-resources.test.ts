// Resources a kubeadm 1.30 cluster serves beyond the Service basics, and that a learner
// meets when looking around: ServiceAccounts (the ServiceAccount controller keeps `default`
// in every namespace), the kube-proxy DaemonSet (apps/v1) that owns the kube-proxy pods,
// EndpointSlices (discovery.k8s.io/v1; the EndpointSlice controller keeps one per Service,
// labelled kubernetes.io/service-name and endpointslice.kubernetes.io/managed-by), and the
// kubelets' Leases in kube-node-lease (coordination.k8s.io/v1, renewed every 10 s).
// Printer columns are kubectl 1.30's (pkg/printers/internalversion/printers.go:
// printServiceAccount, printDaemonSet, printEndpointSlice with formatDiscoveryPorts /
// formatDiscoveryEndpoints, printLease); the same objects through `kubetour serve` print
// byte for byte the same with the real kubectl.1.30.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('served resources', () => {
  it('get sa: default in every namespace, recreated when deleted', async () => {
    const r = await runScript('kubectl get sa\nkubectl delete sa default\nkubectl get sa default -o name\nkubectl create namespace team\nkubectl get sa -n team');
    expect(r.stdout).toMatch(/^NAME +SECRETS +AGE\ndefault +0 +12d\n/);
    expect(r.stdout).toContain('serviceaccount "default" deleted\nserviceaccount/default\n');
    expect(r.stdout).toMatch(/namespace\/team created\nNAME +SECRETS +AGE\ndefault +0 +\d+s\n$/);
  });

  it('get ds -n kube-system: kube-proxy owns the kube-proxy pods; get all lists it', async () => {
    const r = await runScript('kubectl get ds -n kube-system\nkubectl get pods -n kube-system -l k8s-app=kube-proxy -o jsonpath="{.items[0].metadata.ownerReferences[0].uid}={.items[0].metadata.ownerReferences[0].kind}"; echo\nkubectl get ds kube-proxy -n kube-system -o jsonpath={.metadata.uid}');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE');
    expect(lines[1]).toBe('kube-proxy   4         4         4       4            4           kubernetes.io/os=linux   12d');
    const [uid, kind] = lines[2].split('=');
    expect(kind).toBe('DaemonSet');
    expect(lines[3]).toBe(uid);
    expect((await runScript('kubectl get all -n kube-system')).stdout).toMatch(/\nNAME +DESIRED +CURRENT +READY +UP-TO-DATE +AVAILABLE +NODE SELECTOR +AGE\ndaemonset\.apps\/kube-proxy +4 +4 +4 +4 +4 +kubernetes\.io\/os=linux +12d\n/);
  });

  it('get endpointslices: one per Service, following its endpoints, removed with it', async () => {
    const r = await runScript(
      'kubectl expose rc kubia --port 80 --target-port 8080\nkubectl get endpointslices -l kubernetes.io/service-name=kubia\n' +
        'kubectl get endpointslices -l kubernetes.io/service-name=kubia -o jsonpath="{.items[0].metadata.labels}"; echo\n' +
        'kubectl scale rc kubia --replicas=5\nsleep 10\nkubectl get endpointslices -l kubernetes.io/service-name=kubia\n' +
        'kubectl delete svc kubia\nkubectl get endpointslices',
    );
    expect(r.stdout).toMatch(/\nNAME +ADDRESSTYPE +PORTS +ENDPOINTS +AGE\nkubia-[a-z0-9]{5} +IPv4 +8080 +10\.244\.\d+\.\d+,10\.244\.\d+\.\d+,10\.244\.\d+\.\d+ +\d+s\n/);
    expect(r.stdout).toContain('{"app":"kubia","endpointslice.kubernetes.io/managed-by":"endpointslice-controller.k8s.io","kubernetes.io/service-name":"kubia"}\n');
    // Five addresses: three shown, then formatDiscoveryEndpoints' "+ 2 more...".
    expect(r.stdout).toMatch(/\nkubia-[a-z0-9]{5} +IPv4 +8080 +(10\.244\.\d+\.\d+,){2}10\.244\.\d+\.\d+ \+ 2 more\.\.\. +\d+s\n/);
    expect(r.stdout).toMatch(/service "kubia" deleted\nNAME +ADDRESSTYPE +PORTS +ENDPOINTS +AGE\nkubernetes +IPv4 +6443 +172\.18\.0\.2 +12d\n$/);
  });

  it('a Service without pods has a slice with no endpoints (<unset>); manual Endpoints are mirrored', async () => {
    const r = await runScript(
      'kubectl create service clusterip nopods --tcp=80:8080\nkubectl get endpointslices -l kubernetes.io/service-name=nopods\n' +
        "cat > ext.yaml <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: ext\nspec:\n  ports:\n  - port: 80\n---\napiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ext\nsubsets:\n- addresses:\n  - ip: 11.11.11.11\n  ports:\n  - port: 80\nEOF\n" +
        'kubectl apply -f ext.yaml\nkubectl get endpointslices -l kubernetes.io/service-name=ext -o jsonpath="{.items[0].metadata.labels.endpointslice\\.kubernetes\\.io/managed-by} {.items[0].metadata.ownerReferences[0].kind}"; echo\nkubectl get endpointslices -l kubernetes.io/service-name=ext',
    );
    expect(r.stdout).toMatch(/^service\/nopods created\nNAME +ADDRESSTYPE +PORTS +ENDPOINTS +AGE\nnopods-[a-z0-9]{5} +IPv4 +<unset> +<unset> +\d+s\n/);
    expect(r.stdout).toContain('\nendpointslicemirroring-controller.k8s.io Endpoints\n');
    expect(r.stdout).toMatch(/\next-[a-z0-9]{5} +IPv4 +80 +11\.11\.11\.11 +\d+s\n$/);
  });

  it('get leases -n kube-node-lease: one per node, held by it, renewed every 10 s', async () => {
    const r = await runScript('kubectl get leases -n kube-node-lease\nkubectl get lease worker1 -n kube-node-lease -o jsonpath={.spec.renewTime}; echo\nsleep 25\nkubectl get lease worker1 -n kube-node-lease -o jsonpath={.spec.renewTime}');
    expect(r.stdout).toMatch(/^NAME +HOLDER +AGE\ncontrol-plane +control-plane +12d\nworker1 +worker1 +12d\nworker2 +worker2 +12d\nworker3 +worker3 +12d\n/);
    const [first, later] = r.stdout.trim().split('\n').slice(-2);
    expect(first).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(Date.parse(later) - Date.parse(first)).toBe(20_000);
  });
});
