// Whole scripts through the shell (`kubetour shell --echo`), compared with golden
// transcripts: the document's services exercise end to end, and the error paths.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';
import { expectGolden } from '../golden/kubectl/golden.js';

const SERVICES = `kubectl get pods --show-labels
kubectl create -f kubia-svc.yaml
kubectl get svc
kubectl get svc kubia -o wide
kubectl describe svc kubia
kubectl get endpoints kubia
kubectl describe ep kubia
kubectl get svc,ep
kubectl get svc kubia -o jsonpath='{.spec.clusterIP}{"\\n"}'
kubectl get svc kubia -o yaml
kubectl apply -f kubia-svc.yaml
kubectl create -f kubia-svc-named-ports.yaml
kubectl create -f kubia-svc-nodeport.yaml
kubectl create -f kubia-svc-loadbalancer.yaml
kubectl get svc kubia-loadbalancer -w
kubectl describe svc kubia-loadbalancer
kubectl create -f kubia-svc-headless.yaml
kubectl create -f external-service.yaml
kubectl create -f external-service-endpoints.yaml
kubectl get svc
kubectl get ep
kubectl expose rc kubia --type=LoadBalancer --name kubia-http
kubectl expose rc kubia --type=LoadBalancer --name kubia-http
kubectl create service nodeport kubia-np --tcp=80:8080
kubectl scale rc kubia --replicas=4
kubectl get rc
kubectl get all
kubectl delete svc kubia-http kubia-np
kubectl delete pods --all
kubectl get pods
kubectl get nodes
kubectl get ns
kubectl cluster-info
kubectl version
`;

const ERRORS = `kubectl get svc nope
kubectl get svc kubernetes nope
kubectl get foo
kubectl gte pods
kubectl get pods --foo
kubectl create -f nofile.yaml
kubectl create -f kubia-ingress.yaml
kubectl create -f kubia-svc-publish-not-ready.yaml
kubectl create -f kubia-svc.yaml
kubectl create -f kubia-svc.yaml
kubectl create service clusterip kubia --tcp=80:8080
kubectl expose svc kubia
kubectl exec nope -- ls
kubectl exec kubia-manual
kubectl get svc -n foo
kubectl get
kubectl describe svc nope
kubectl delete svc nope
cat <<EOF | kubectl create -f -
apiVersion: v1
kind: Service
metadata:
  name: bad
spec:
  type: NodePort
  ports:
  - port: 80
    nodePort: 40000
EOF
`;

describe('kubectl through the shell (golden transcripts)', () => {
  it('the services exercise', async () => {
    const r = await runScript(SERVICES, { echo: true });
    expectGolden('services', r.output);
  }, 180_000);
  it('error paths', async () => {
    const r = await runScript(ERRORS, { echo: true });
    expectGolden('errors', r.output);
  }, 180_000);
  it('is deterministic: same seed, same bytes', async () => {
    const a = await runScript(SERVICES, { seed: 7 });
    const b = await runScript(SERVICES, { seed: 7 });
    expect(a.output).toBe(b.output);
  }, 180_000);
});
