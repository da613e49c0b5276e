// managedFields of what the control plane writes itself, as a kube-apiserver 1.30 records
// them: each writer is named by its client's user-agent prefix (fieldmanager's
// prefixFromUserAgent): `kube-controller-manager` for the endpoints, EndpointSlice,
// replication, deployment and root-CA controllers, `kubelet` for pod status, mirror pods and
// node Leases, `kube-apiserver` for the `kubernetes` Service, Endpoints and EndpointSlice,
// `kubeadm` for its add-ons; status writes (UpdateStatus) are on the status subresource.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/shell/session.js';

type Entry = { manager: string; operation: string; subresource?: string; fieldsV1: Record<string, unknown> };
const entries = (s: Session, kind: Parameters<Session['cluster']['api']['list']>[0], ns: string | undefined, name?: string): Entry[][] =>
  s.cluster.api
    .list(kind, ns)
    .filter((o) => !name || o.metadata?.name === name || o.metadata?.labels?.['kubernetes.io/service-name'] === name)
    .map((o) => (o.metadata?.managedFields ?? []) as Entry[]);
const who = (e: Entry[]) => e.map((x) => `${x.manager}/${x.operation}${x.subresource ? `/${x.subresource}` : ''}`);

describe("the control plane's own writes in managedFields", () => {
  it('the endpoints and EndpointSlice controllers own what they write for a new Service', async () => {
    const s = Session.create({ seed: 1 });
    await s.run('kubectl create -f kubia-svc.yaml');
    s.cluster.advance(2);
    const [ep] = entries(s, 'Endpoints', 'default', 'kubia');
    expect(ep).toMatchObject([
      { manager: 'kube-controller-manager', operation: 'Update', fieldsV1: { 'f:metadata': { 'f:annotations': { '.': {}, 'f:endpoints.kubernetes.io/last-change-trigger-time': {} } }, 'f:subsets': {} } },
    ]);
    const [slice] = entries(s, 'EndpointSlice', 'default', 'kubia');
    expect(who(slice)).toEqual(['kube-controller-manager/Update']);
    expect(Object.keys(slice[0].fieldsV1)).toEqual(['f:addressType', 'f:endpoints', 'f:metadata', 'f:ports']);
  });

  it('status writes are on the status subresource: the RC, a Deployment, pods (kubelet)', () => {
    const s = Session.create({ seed: 1 });
    expect(entries(s, 'ReplicationController', 'default', 'kubia').map(who)).toEqual([['kubectl-create/Update', 'kube-controller-manager/Update/status']]);
    expect(entries(s, 'Deployment', 'ingress-nginx', 'ingress-nginx-controller').map(who)).toEqual([['kube-controller-manager/Update/status']]);
    for (const p of entries(s, 'Pod', 'default')) expect(who(p)).toEqual(['kube-controller-manager/Update', 'kubelet/Update/status']);
  });

  it('the API server keeps `kubernetes`; kubelets their Leases; the root-CA publisher its ConfigMaps', () => {
    const s = Session.create({ seed: 1 });
    expect(entries(s, 'Service', 'default', 'kubernetes').map(who)).toEqual([['kube-apiserver/Update']]);
    expect(entries(s, 'Endpoints', 'default', 'kubernetes').map(who)).toEqual([['kube-apiserver/Update']]);
    expect(entries(s, 'EndpointSlice', 'default', 'kubernetes').map(who)).toEqual([['kube-apiserver/Update']]);
    const leases = entries(s, 'Lease', 'kube-node-lease');
    expect(leases.map(who)).toEqual(leases.map(() => ['kubelet/Update']));
    expect(leases[0][0].fieldsV1).toEqual({
      'f:metadata': { 'f:ownerReferences': { '.': {}, [`k:{"uid":"${s.cluster.api.list('Node', undefined)[0].metadata!.uid}"}`]: {} } },
      'f:spec': { 'f:holderIdentity': {}, 'f:leaseDurationSeconds': {}, 'f:renewTime': {} },
    });
    expect(entries(s, 'ConfigMap', 'default', 'kube-root-ca.crt').map(who)).toEqual([['kube-controller-manager/Update']]);
    // kubeadm's add-ons, static pods' mirrors (the kubelet), the DaemonSet's pods, and the RC
    // the learner made with `kubectl create`.
    expect(entries(s, 'Service', 'kube-system', 'kube-dns').map(who)).toEqual([['kubeadm/Update']]);
    expect(entries(s, 'Deployment', 'kube-system', 'coredns').map(who)).toEqual([['kubeadm/Update', 'kube-controller-manager/Update/status']]);
    expect(entries(s, 'DaemonSet', 'kube-system', 'kube-proxy').map(who)).toEqual([['kube-controller-manager/Update/status', 'kubeadm/Update']]);
    expect(entries(s, 'Pod', 'kube-system', 'etcd-control-plane').map(who)).toEqual([['kubelet/Update', 'kubelet/Update/status']]);
    for (const p of entries(s, 'Pod', 'kube-system').filter((e) => e[0]?.manager === 'kube-controller-manager')) expect(who(p)).toEqual(['kube-controller-manager/Update', 'kubelet/Update/status']);
    expect(entries(s, 'ReplicationController', 'default', 'kubia').map(who)).toEqual([['kubectl-create/Update', 'kube-controller-manager/Update/status']]);
    // The API server makes the system namespaces; the `kubernetes` finalizer, added after
    // the field manager ran (PrepareForCreate), is nobody's. The label comes from defaulting.
    expect(entries(s, 'Namespace', undefined, 'kube-system')).toMatchObject([[{ manager: 'kube-apiserver', fieldsV1: { 'f:metadata': { 'f:labels': { '.': {}, 'f:kubernetes.io/metadata.name': {} } } } }]]);
    expect(Object.keys(entries(s, 'Namespace', undefined, 'default')[0][0].fieldsV1)).toEqual(['f:metadata']);
    // A ServiceAccount made with nothing but its name owns no field: no entry at all.
    expect(entries(s, 'ServiceAccount', 'default', 'default')).toEqual([[]]);
  });
});
