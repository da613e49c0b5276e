// `kubectl get` tables against the fact sheet's examples (§1.3–1.7), byte for byte.
import { describe, it, expect } from 'vitest';
import { printTable, noResourcesMessage } from '../../../src/shell/format/index.js';
import { NOW, services, endpoints, pods, ingresses, rcs, nodes, secrets, events, namespaces, deployments, replicaSets, ingressClasses, configMaps } from './fixtures.js';
import { expectGolden } from './golden.js';

const opts = { now: NOW };

describe('kubectl get tables (fact sheet §1)', () => {
  it('get svc (§1.4)', () => {
    const out = printTable('Service', services, opts);
    expect(out).toBe(`NAME                       TYPE           CLUSTER-IP       EXTERNAL-IP           PORT(S)          AGE
external-service           ExternalName   <none>           api.somecompany.com   80/TCP           30s
kubernetes                 ClusterIP      10.96.0.1        <none>                443/TCP          12d
kubia                      ClusterIP      10.111.249.153   <none>                80/TCP           7m
kubia-headless             ClusterIP      None             <none>                80/TCP           60s
kubia-lb-ready             LoadBalancer   10.101.22.34     130.211.53.173        80:32143/TCP     100s
kubia-loadbalancer         LoadBalancer   10.101.22.33     <pending>             80:31234/TCP     100s
kubia-named                ClusterIP      10.105.7.20      <none>                80/TCP,443/TCP   5m
kubia-nodeport             NodePort       10.108.36.98     <none>                80:30123/TCP     3m20s
kubia-nodeport-onlylocal   NodePort       10.100.40.11     <none>                80:30124/TCP     3m10s
`);
    expectGolden('get-svc', out);
  });

  it('get svc -o wide adds SELECTOR', () => expectGolden('get-svc-wide', printTable('Service', services, { ...opts, wide: true })));

  it('get endpoints (§1.5)', () => {
    const out = printTable('Endpoints', endpoints, opts);
    expect(out).toBe(`NAME                 ENDPOINTS                                                     AGE
external-service     11.11.11.11:80,22.22.22.22:80                                 20s
kubernetes           172.18.0.2:6443                                               12d
kubia                10.244.1.3:8080,10.244.1.7:8080,10.244.2.4:8080               7m
kubia-loadbalancer   <none>                                                        100s
kubia-named          10.244.1.3:8080,10.244.1.7:8080,10.244.2.4:8080 + 3 more...   5m
`);
    expectGolden('get-endpoints', out);
  });

  it('get ingress (§1.6), blank ADDRESS still padded', () => {
    const out = printTable('Ingress', ingresses, opts);
    expect(out).toBe(`NAME      CLASS    HOSTS                               ADDRESS        PORTS     AGE
kubia     nginx    kubia.example.com,bar.example.com   192.168.49.2   80, 443   10m
noclass   <none>   *                                                  80        30s
`);
    expectGolden('get-ingress', out);
  });

  it('get pods -o wide (§1.3)', () => {
    const out = printTable('Pod', pods, { ...opts, wide: true });
    expect(out).toBe(`NAME           READY   STATUS    RESTARTS       AGE     IP           NODE      NOMINATED NODE   READINESS GATES
kubia-5v8xq    1/1     Running   0              5m30s   10.244.1.3   worker1   <none>           <none>
kubia-manual   1/1     Running   0              3d1h    10.244.1.7   worker1   <none>           <none>
kubia-qgtmw    1/1     Running   1 (2m5s ago)   5m30s   10.244.2.4   worker2   <none>           <none>
kubia-zwk2b    0/1     Running   0              45s     10.244.2.5   worker2   <none>           <none>
`);
    expectGolden('get-pods-wide', out);
  });

  it('get pods --show-labels (§1.3)', () => {
    const out = printTable('Pod', pods.slice(0, 2), { ...opts, showLabels: true });
    expect(out).toBe(`NAME           READY   STATUS    RESTARTS   AGE     LABELS
kubia-5v8xq    1/1     Running   0          5m30s   app=kubia
kubia-manual   1/1     Running   0          3d1h    app=kubia,env=debug
`);
  });

  it('get rc, nodes, secrets (§1.7)', () => {
    const rc = printTable('ReplicationController', rcs, opts);
    expect(rc).toBe(`NAME    DESIRED   CURRENT   READY   AGE
kubia   3         3         2       5m31s
`);
    const no = printTable('Node', nodes, opts);
    expect(no).toBe(`NAME            STATUS   ROLES           AGE   VERSION
control-plane   Ready    control-plane   12d   v1.30.0
worker1         Ready    <none>          12d   v1.30.0
`);
    const sec = printTable('Secret', secrets, opts);
    expect(sec).toBe(`NAME         TYPE                DATA   AGE
tls-secret   kubernetes.io/tls   2      11m
`);
    expectGolden('get-rc', rc);
    expectGolden('get-rc-wide', printTable('ReplicationController', rcs, { ...opts, wide: true }));
    expectGolden('get-nodes', no);
    expectGolden('get-nodes-wide', printTable('Node', nodes, { ...opts, wide: true }));
    expectGolden('get-secrets', sec);
  });

  it('get pods -A, --no-headers, several kinds', () => {
    expectGolden('get-pods-all-namespaces', printTable('Pod', pods, { ...opts, allNamespaces: true }));
    expectGolden('get-svc-no-headers', printTable('Service', services.slice(0, 3), { ...opts, noHeaders: true }));
    expectGolden('get-pods-label-columns', printTable('Pod', pods, { ...opts, labelColumns: ['app', 'env'] }));
    expectGolden('get-svc-with-kind', printTable('Service', services.slice(1, 3), { ...opts, withKind: true }));
  });

  it('get events and namespaces', () => {
    expectGolden('get-events', printTable('Event', events, opts));
    expectGolden('get-namespaces', printTable('Namespace', namespaces, opts));
    expectGolden('get-ingressclasses', printTable('IngressClass', ingressClasses, opts));
    expectGolden('get-configmaps', printTable('ConfigMap', configMaps, opts));
    expectGolden('get-deployments-wide', printTable('Deployment', deployments, { ...opts, wide: true }));
    expectGolden('get-replicasets-wide', printTable('ReplicaSet', replicaSets, { ...opts, wide: true }));
  });

  it('empty lists print nothing; the caller prints the stderr line', () => {
    expect(printTable('Service', [], opts)).toBe('');
    expect(noResourcesMessage('default')).toBe('No resources found in default namespace.\n');
    expect(noResourcesMessage()).toBe('No resources found\n');
  });
});

describe('server-side table generation', () => {
  it('never clips EXTERNAL-IP: the API server generates tables with Wide: true', () => {
    const two = { ...services[4], status: { loadBalancer: { ingress: [{ ip: '130.211.53.173' }, { ip: '35.1.2.3' }] } } };
    expect(printTable('Service', [two], opts)).toContain('   130.211.53.173,35.1.2.3   ');
  });
});
