// `kubectl describe` layouts against the fact sheet's examples (§2.2–2.4), byte for byte.
import { describe as group, it, expect } from 'vitest';
import { describe } from '../../../src/shell/format/index.js';
import { NOW, services, endpoints, ingresses, fullPod, rcs, nodes, secrets, namespaces, deployments, replicaSets, ingressClasses, configMaps, events, lookup } from './fixtures.js';
import { expectGolden } from './golden.js';

const opts = { now: NOW, lookup };
const svc = (name: string) => services.find((s) => s.metadata?.name === name)!;

group('kubectl describe (fact sheet §2)', () => {
  it('describe svc kubia (§2.2)', () => {
    const out = describe('Service', svc('kubia'), opts);
    expect(out).toBe(`Name:              kubia
Namespace:         default
Labels:            <none>
Annotations:       <none>
Selector:          app=kubia
Type:              ClusterIP
IP Family Policy:  SingleStack
IP Families:       IPv4
IP:                10.111.249.153
IPs:               10.111.249.153
Port:              <unset>  80/TCP
TargetPort:        8080/TCP
Endpoints:         10.244.1.3:8080,10.244.1.7:8080,10.244.2.4:8080
Session Affinity:  None
Events:            <none>
`);
    expectGolden('describe-svc-kubia', out);
  });

  it('describe svc kubia-lb-ready (§2.2)', () => {
    const out = describe('Service', svc('kubia-lb-ready'), opts);
    expect(out).toBe(`Name:                     kubia-lb-ready
Namespace:                default
Labels:                   <none>
Annotations:              <none>
Selector:                 app=kubia
Type:                     LoadBalancer
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       10.101.22.34
IPs:                      10.101.22.34
LoadBalancer Ingress:     130.211.53.173
Port:                     <unset>  80/TCP
TargetPort:               8080/TCP
NodePort:                 <unset>  32143/TCP
Endpoints:                10.244.1.3:8080,10.244.2.4:8080
Session Affinity:         None
External Traffic Policy:  Local
HealthCheck NodePort:     31555
Events:
  Type    Reason                Age   From                Message
  ----    ------                ----  ----                -------
  Normal  EnsuringLoadBalancer  100s  service-controller  Ensuring load balancer
  Normal  EnsuredLoadBalancer   60s   service-controller  Ensured load balancer
`);
    expectGolden('describe-svc-kubia-lb-ready', out);
  });

  it('describe svc: named ports resolve per-port endpoints; ExternalName; headless; NodePort', () => {
    const named = describe('Service', svc('kubia-named'), opts);
    expect(named).toContain('Port:              http  80/TCP\nTargetPort:        http/TCP\nEndpoints:         10.244.1.3:8080,10.244.1.7:8080,10.244.2.4:8080\n');
    expect(named).toContain('Port:              https  443/TCP\nTargetPort:        https/TCP\nEndpoints:         10.244.1.3:8443,10.244.1.7:8443,10.244.2.4:8443\n');
    expectGolden('describe-svc-kubia-named', named);
    // The book's ExternalName service has no Endpoints object (§6); the fixture's external-service has one (§1.5).
    const ext = describe('Service', { ...svc('external-service'), metadata: { ...svc('external-service').metadata, name: 'external-name' } }, opts);
    expect(ext).toContain('Selector:          <none>\nType:              ExternalName\nIP Families:       <none>\nIP:                \nIPs:               <none>\nExternal Name:     api.somecompany.com\n');
    expect(ext).toContain('Endpoints:         <none>\n');
    expectGolden('describe-svc-external-service', ext);
    expectGolden('describe-svc-kubia-headless', describe('Service', svc('kubia-headless'), opts));
    expectGolden('describe-svc-kubia-nodeport', describe('Service', svc('kubia-nodeport'), opts));
  });

  it('describe ep kubia (§2.3)', () => {
    const out = describe('Endpoints', endpoints.find((e) => e.metadata?.name === 'kubia')!, opts);
    expect(out).toBe(`Name:         kubia
Namespace:    default
Labels:       <none>
Annotations:  <none>
Subsets:
  Addresses:          10.244.1.3,10.244.1.7,10.244.2.4
  NotReadyAddresses:  10.244.2.5
  Ports:
    Name     Port  Protocol
    ----     ----  --------
    <unset>  8080  TCP

Events:  <none>
`);
    expectGolden('describe-ep-kubia', out);
    const empty = describe('Endpoints', endpoints.find((e) => e.metadata?.name === 'kubia-loadbalancer')!, opts);
    expect(empty.endsWith('Subsets:\nEvents:  <none>\n')).toBe(true);
  });

  it('describe ing kubia (§2.4)', () => {
    const out = describe('Ingress', ingresses[0], opts);
    expect(out).toBe(`Name:             kubia
Labels:           <none>
Namespace:        default
Address:          192.168.49.2
Ingress Class:    nginx
Default backend:  <default>
TLS:
  tls-secret terminates kubia.example.com
Rules:
  Host               Path  Backends
  ----               ----  --------
  kubia.example.com  
                     /      kubia-nodeport:80 (10.244.1.3:8080,10.244.2.4:8080)
                     /foo   missing-svc:http (<error: endpoints "missing-svc" not found>)
  bar.example.com    
                     /   kubia:80 (10.244.1.3:8080,10.244.1.7:8080,10.244.2.4:8080)
Annotations:         nginx.ingress.kubernetes.io/rewrite-target: /
Events:              <none>
`);
    expectGolden('describe-ing-kubia', out);
    expectGolden('describe-ing-default-backend', describe('Ingress', ingresses[1], opts));
  });

  it('describe pod, rc, node, secret, namespace', () => {
    const pod = describe('Pod', fullPod, opts);
    expect(pod).toContain('    Readiness:      exec [ls /var/ready] delay=0s timeout=1s period=10s #success=1 #failure=3\n');
    expect(pod).toContain('Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\n');
    expectGolden('describe-pod', pod);
    expectGolden('describe-rc', describe('ReplicationController', rcs[0], opts));
    expectGolden('describe-node', describe('Node', nodes[1], opts));
    const sec = describe('Secret', secrets[0], opts);
    expect(sec).toBe(`Name:         tls-secret
Namespace:    default
Labels:       <none>
Annotations:  <none>

Type:  kubernetes.io/tls

Data
====
tls.crt:  1164 bytes
tls.key:  1704 bytes
`);
    expectGolden('describe-secret', sec);
    expectGolden('describe-namespace', describe('Namespace', namespaces[0], opts));
    expectGolden('describe-deployment', describe('Deployment', deployments[0], opts));
    expectGolden('describe-ingressclass', describe('IngressClass', ingressClasses[0], opts));
    expectGolden('describe-configmap', describe('ConfigMap', configMaps[0], opts));
    expectGolden('describe-event', describe('Event', events[0], opts));
    expectGolden('describe-replicaset', describe('ReplicaSet', replicaSets[0], opts));
  });
});
