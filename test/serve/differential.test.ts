// The differential test: the document's commands, typed into a real kubectl 1.30 talking to
// `kubetour serve`, print byte for byte what the built-in kubectl prints on the same seed —
// stdout, stderr and the exit code. A difference is a bug in one of the two.
import { afterAll, describe, expect, it } from 'vitest';
import { findKubectl, Pair } from './real-kubectl.js';

const kubectl = findKubectl();

/** Scripts covering the document's commands; `{podN}` is the Nth pod's name at that line. */
const SCRIPTS: Record<string, string[]> = {
  'get and describe': [
    'kubectl describe pod {pod0}',
    'kubectl describe rc kubia',
    'kubectl describe svc kubernetes',
    'kubectl describe node worker1',
    'kubectl get pods',
    'kubectl get pods -o wide',
    'kubectl get rc,svc',
    'kubectl get all',
    'kubectl get nodes',
    'kubectl get pods --show-labels',
    'kubectl get pods -l app=kubia -L app',
    'kubectl get po -A',
    'kubectl get pods --field-selector status.phase=Running',
    'kubectl get endpoints kubernetes -o yaml',
    'kubectl get pod {pod0} -o json',
    'kubectl get svc nope',
    'kubectl explain svc.spec.ports',
    'kubectl explain pods.spec.containers.readinessProbe',
    'kubectl explain ingress.spec --recursive',
    'kubectl explain svc.spec.nope',
    'kubectl get sa -A',
    'kubectl get ds -n kube-system -o wide',
    'kubectl describe ds kube-proxy -n kube-system',
    'kubectl get endpointslices -A',
    'kubectl describe endpointslices -n kube-system',
    'kubectl get endpointslice kubernetes -o yaml',
    'kubectl get leases -n kube-node-lease',
    'kubectl describe sa default',
    'kubectl api-resources',
    'kubectl api-versions',
    'kubectl get all -n kube-system',
    'kubectl get service.v1.',
    'kubectl get services.v1',
    'kubectl get deployments.v1.apps',
    'kubectl get ingresses.v1.networking.k8s.io',
    'kubectl get ing.net',
    'kubectl get --raw /healthz',
    'kubectl get --raw /version',
    'kubectl get --raw /api/v1/namespaces/default/pods',
    'kubectl get --raw /api/v1/namespaces/default/services/kubernetes',
    'kubectl get --raw /apis/apps/v1/namespaces/kube-system/daemonsets',
    'kubectl get --raw /nope',
    'kubectl get --raw /api/v1/namespaces/default/pods/nope',
  ],
  'create, expose, exec and curl': [
    'kubectl create -f kubia-svc.yaml',
    'kubectl create -f kubia-svc.yaml',
    'kubectl describe svc kubia',
    'kubectl get svc kubia',
    'kubectl get endpoints kubia',
    'kubectl exec {pod0} -- curl -s http://kubia',
    'kubectl exec {pod1} -- curl -s http://kubia.default.svc.cluster.local',
    'kubectl exec {pod0} -- env',
    'kubectl exec {pod0} -- sh -c "exit 3"',
    'kubectl exec {pod0} -- nosuchprogram',
    'kubectl expose rc kubia --name kubia-http --port=80 --target-port=8080 --type=NodePort',
    'kubectl get svc',
    'kubectl delete svc kubia-http',
  ],
  'apply, label, scale, logs and delete': [
    'kubectl apply -f kubia-svc-nodeport.yaml',
    'kubectl apply -f kubia-svc-nodeport.yaml',
    'kubectl get svc kubia-nodeport -o wide',
    'kubectl label pod {pod0} env=debug',
    'kubectl label pod {pod0} env=prod',
    'kubectl label pod {pod0} env=prod --overwrite',
    'kubectl get pods -L env',
    'kubectl scale rc kubia --replicas=4',
    'kubectl get pods',
    'kubectl logs {pod0}',
    'kubectl logs {pod0} --tail=1',
    'kubectl delete pod {pod0}',
    'kubectl get pods',
    'kubectl delete svc kubia-nodeport',
    'kubectl delete svc kubia-nodeport',
    'kubectl apply -f kubia-ingress.yaml',
  ],
  'dry runs, patches, server-side apply, namespaces': [
    'kubectl create -f kubia-svc.yaml --dry-run=server',
    'kubectl get svc',
    'kubectl create service clusterip bad_name --tcp=80:8080',
    'kubectl expose pod nosuch --port=80',
    'kubectl apply --server-side -f kubia-svc.yaml',
    'kubectl get svc kubia -o yaml',
    `kubectl patch svc kubia -p '{"spec":{"sessionAffinity":"ClientIP"}}'`,
    `kubectl patch svc kubia --type=json -p '[{"op":"replace","path":"/spec/sessionAffinity","value":"None"}]'`,
    `kubectl patch svc kubia --type=merge -p '{"metadata":{"labels":{"x":"y"}}}'`,
    `kubectl patch svc kubia -p '{"spec":{"bogus":1}}'`,
    'kubectl get svc kubia --show-labels',
    'kubectl apply -f kubia-svc-named-ports.yaml',
    'kubectl describe endpoints kubia',
    'kubectl create namespace custom',
    'kubectl get pods -n custom',
    'kubectl delete ns custom',
    'kubectl delete rc kubia --cascade=orphan',
    'kubectl get rc,pods',
    'kubectl create -f kubia-manual.yaml',
    'kubectl get pod kubia-manual -o wide',
    'kubectl apply -f kubia-svc-loadbalancer.yaml',
    'kubectl get svc kubia-loadbalancer',
    'kubectl get events',
    'kubectl create deployment web --image=nginx --replicas=2',
    'kubectl get rs',
  ],
  'sort-by': [
    'kubectl scale rc kubia --replicas=14',
    'kubectl get pods --sort-by=.status.podIP -o wide',
    'kubectl get pods --sort-by=.metadata.name',
    'kubectl get pods --sort-by=.spec.nodeName -o wide',
    'kubectl get pods --sort-by=.metadata.creationTimestamp',
    'kubectl get pods --sort-by=.status.containerStatuses[0].restartCount',
    'kubectl get pods -A --sort-by=.metadata.labels.app',
    'kubectl get pods -A --sort-by={.metadata.namespace}',
    'kubectl get svc -A --sort-by=.spec.clusterIP',
    'kubectl get svc -A --sort-by=.spec.ports[0].port',
    'kubectl get svc -A --sort-by=.spec.ports[0].port -o name',
    'kubectl get pods,svc --sort-by=.metadata.name -o name',
    'kubectl get pods,svc --sort-by=.metadata.name',
    'kubectl get pod {pod0} {pod1} --sort-by=.metadata.name',
    'kubectl get svc kubernetes --sort-by=.metadata.name',
    'kubectl get svc -A --sort-by=.spec.nope',
    'kubectl get nodes --sort-by=.status.capacity.memory',
    'kubectl get nodes --sort-by=.status.allocatable.cpu -o name',
    'kubectl get pods --sort-by=.spec.nope',
    'kubectl get pods --sort-by=.spec.nope -o name',
    'kubectl get svc kubernetes --sort-by=.spec.nope',
    "kubectl get pods --sort-by='{.a' -o name",
    'kubectl get pods -n nons --sort-by=.spec.nope -o json',
  ],
  'go-template and jsonpath-as-json': [
    `kubectl get pods -o 'go-template={{range .items}}{{.metadata.name}} {{.status.podIP}}{{"\\n"}}{{end}}'`,
    `kubectl get svc kubernetes -o 'go-template={{.metadata.labels}}|{{.spec.ports}}|{{.spec.nope}}|{{.metadata.nope.bar}}'`,
    `kubectl get svc kubernetes -o 'go-template={{printf "%s:%v %5.1f|%-6s|%q|%d" .metadata.name (index .spec.ports 0).port 2.25 "ab" "x" 3}}'`,
    `kubectl get svc kubernetes -o 'go-template={{len .spec.ports}} {{index .metadata.labels "component"}} {{index .metadata.labels "zzz"}}'`,
    `kubectl get svc kubernetes -o 'go-template={{if eq .spec.type "ClusterIP"}}yes{{else}}no{{end}} {{with .nope}}x{{else}}none{{end}}'`,
    `kubectl get svc kubernetes -o 'go-template={{range $k, $v := .metadata.labels}}{{$k}}={{$v}};{{end}}{{- " " -}} {{$n := .metadata.name}}{{$n | len}}'`,
    `kubectl get svc kubernetes -o 'go-template={{and .spec.type .spec.nope}}|{{or .spec.nope "d"}}|{{not .spec.type}}|{{print 1 2 "a" "b" 3}}|{{1.5}} {{1e6}} {{-3}}'`,
    `kubectl get svc kubernetes -o 'go-template={{if exists . "spec" "type"}}E{{end}}{{lt 1 2}} {{gt "b" "a"}}'`,
    `kubectl get pods -o 'go-template={{range .items}}{{.metadata.name}}{{break}}{{end}}'`,
    `kubectl get svc kubernetes -o 'go-template={{.}}'`,
    `kubectl get svc kubernetes -o 'go-template={{index .spec.ports 3}}'`,
    `kubectl get svc kubernetes -o 'go-template={{if eq (index .spec.ports 0).port 443.0}}yes{{end}}'`,
    `kubectl get svc kubernetes -o 'go-template={{range .spec.type}}x{{end}}'`,
    `kubectl get svc kubernetes -o 'go-template={{.spec.type.x}}'`,
    `kubectl get svc kubernetes -o 'go-template={{.metadata.name'`,
    `kubectl get svc kubernetes -o 'go-template={{.metadata.name}}{{end}}'`,
    `kubectl get svc kubernetes -o 'go-template={{nosuch .x}}'`,
    `kubectl get svc kubernetes -o 'template={{.kind}}'`,
    'kubectl get pods -o go-template=',
    'kubectl get pods -o jsonpath-as-json={.items[*].metadata.name}',
    `kubectl get svc -o 'jsonpath-as-json=x{.items[*].spec.ports}y'`,
    `kubectl get pods -o 'jsonpath-as-json={range .items[*]}{.metadata.name}{end}'`,
    `kubectl get svc kubernetes -o 'jsonpath-as-json={.metadata.name}{.spec.clusterIP}'`,
    `kubectl get pods -o 'jsonpath-as-json={.nope}'`,
    'kubectl get pods -o jsonpath-as-json=',
  ],
  'managed fields': [
    'kubectl create -f kubia-svc.yaml',
    'kubectl get svc kubia -o yaml',
    'kubectl get svc kubia -o yaml --show-managed-fields',
    'kubectl label svc kubia x=y',
    'kubectl annotate svc kubia a=b',
    'kubectl get svc kubia -o json --show-managed-fields',
    'kubectl apply -f kubia-svc-nodeport.yaml',
    'kubectl apply -f kubia-svc-nodeport.yaml',
    'kubectl get svc kubia-nodeport -o yaml --show-managed-fields',
    `kubectl patch svc kubia -p '{"spec":{"sessionAffinity":"ClientIP"}}'`,
    'kubectl get svc kubia -o yaml --show-managed-fields',
    'kubectl run mf --image=nginx',
    'kubectl get pod mf -o yaml --show-managed-fields',
    `kubectl get pods -l app=kubia -o 'jsonpath={.items[0].metadata.managedFields[*].manager}'`,
    'kubectl expose rc kubia --name=mf-exposed --port=80 --target-port=8080',
    `kubectl get svc mf-exposed -o 'jsonpath={.metadata.managedFields}'`,
    'kubectl apply --server-side -f kubia-svc.yaml',
    'kubectl get svc kubia -o yaml --show-managed-fields',
  ],
  'watch and follow': ['kubectl scale rc kubia --replicas=2', 'kubectl get pods -w', 'kubectl logs -f {pod0}'],
};

// Each script has its own server and sessions, so they run side by side.
describe.skipIf(!kubectl).concurrent('real kubectl 1.30 against kubetour serve', () => {
  const pairs: Pair[] = [];
  afterAll(async () => {
    for (const p of pairs) await p.close();
  });
  for (const [name, lines] of Object.entries(SCRIPTS)) {
    it(name, { timeout: 300_000 }, async () => {
      const pair = await Pair.start(kubectl!, 1);
      pairs.push(pair);
      for (const line of lines) {
        const r = await pair.run(line);
        expect({ line: r.line, ...r.real }).toEqual({ line: r.line, ...r.builtIn });
      }
    });
  }
});

describe.skipIf(!!kubectl)('real kubectl 1.30 against kubetour serve', () => {
  it('SKIPPED: no kubectl found ($KUBETOUR_KUBECTL, /usr/lib/google-cloud-sdk/bin/kubectl.1.30, kubectl.1.30 or kubectl on PATH)', () => {
    expect(kubectl).toBeUndefined();
  });
});
