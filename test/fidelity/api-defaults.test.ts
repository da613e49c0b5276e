// What the 1.30 API server stores that nobody wrote, each with its source:
// - pkg/apis/core/v1 SetDefaults_EndpointPort: a hand-written Endpoints port gets protocol TCP;
// - pkg/controller/endpoint syncService: Endpoints of a service without a cluster IP carry
//   service.kubernetes.io/headless="" (removed again when it has one);
// - PodTemplateSpec.metadata is a struct, so a template's zero creationTimestamp is
//   serialized as null (`kubectl get rc -o yaml` shows `creationTimestamp: null`);
// - SetDefaults_ObjectFieldSelector: a fieldRef without apiVersion is v1.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('API defaults nobody wrote', () => {
  it('a hand-written Endpoints port gets protocol: TCP', async () => {
    const r = await runScript('kubectl create -f external-service.yaml\nkubectl create -f external-service-endpoints.yaml\nkubectl get ep external-service -o yaml');
    expect(r.stdout).toContain('  ports:\n  - port: 80\n    protocol: TCP\n');
  });

  it('headless Endpoints are labelled service.kubernetes.io/headless=""', async () => {
    const r = await runScript('kubectl create -f kubia-svc-headless.yaml\nsleep 2\nkubectl get ep kubia-headless -o yaml\nkubectl get ep kubia --show-labels');
    expect(r.session.cluster.api.get('Endpoints', 'default', 'kubia-headless').metadata?.labels).toEqual({ 'service.kubernetes.io/headless': '' });
    expect(r.stdout).toContain('  labels:\n    service.kubernetes.io/headless: ""\n');
  });

  it('a service with a cluster IP has no headless label on its Endpoints', async () => {
    const r = await runScript('kubectl create -f kubia-svc.yaml\nsleep 2');
    expect(r.session.cluster.api.get('Endpoints', 'default', 'kubia').metadata?.labels).toBeUndefined();
  });

  it('RC and Deployment templates print creationTimestamp: null', async () => {
    const r = await runScript('kubectl get rc kubia -o yaml\nkubectl get deploy coredns -n kube-system -o yaml');
    const templates = r.stdout.split('  template:\n    metadata:\n').slice(1);
    expect(templates).toHaveLength(2);
    for (const t of templates) expect(t.startsWith('      creationTimestamp: null\n')).toBe(true);
  });

  it('system pods\' fieldRef env has apiVersion: v1', async () => {
    const r = await runScript(`kubectl get pods -n ingress-nginx -o jsonpath='{.items[0].spec.containers[0].env[0].valueFrom.fieldRef}'`);
    expect(r.stdout).toBe('{"apiVersion":"v1","fieldPath":"metadata.name"}');
  });
});
