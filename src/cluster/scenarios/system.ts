// The parts every scenario shares, built as a kubeadm cluster would have them twelve days
// before the session starts: nodes, namespaces, the `kubernetes` service, CoreDNS and
// kube-dns, kube-proxy and the control-plane static pods, ingress-nginx with its
// IngressClass, and the per-namespace `kube-root-ca.crt` ConfigMap.
import type { Node } from 'kubernetes-types/core/v1.js';
import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { Lease } from 'kubernetes-types/coordination/v1.js';
import type { Cluster } from '../cluster.js';
import { uuid } from '../runtime/allocators.js';
import { kubernetesEndpoints, kubernetesService } from '../controllers/kubernetes-service.js';
import { withControllerWrite } from '../api/managed-fields.js';

export const CONTROL_PLANE_IP = '172.18.0.2';

export interface NodePlan {
  name: string;
  ip: string;
  index: number;
  controlPlane: boolean;
}

export function nodePlans(workers: number): NodePlan[] {
  const plans: NodePlan[] = [{ name: 'control-plane', ip: CONTROL_PLANE_IP, index: 0, controlPlane: true }];
  for (let i = 1; i <= workers; i++) plans.push({ name: `worker${i}`, ip: `172.18.${Math.floor((i + 2) / 256)}.${(i + 2) % 256}`, index: i, controlPlane: false });
  return plans;
}

function hexOf(c: Cluster, n: number): string {
  let s = '';
  const r = c.rng.fork('machine');
  for (let i = 0; i < n; i++) s += r.int(0, 15).toString(16);
  return s;
}

function makeNode(c: Cluster, p: NodePlan): Node {
  const now = c.clock.iso();
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': p.name,
    'kubernetes.io/os': 'linux',
  };
  if (p.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const cond = (type: string, status: string, reason: string, message: string) => ({ type, status, lastHeartbeatTime: now, lastTransitionTime: now, reason, message });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: p.name,
      uid: uuid(c.rng.fork(`node:${p.name}`)),
      creationTimestamp: now,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: `10.244.${p.index}.0/24`,
      podCIDRs: [`10.244.${p.index}.0/24`],
      ...(p.controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: p.ip },
        { type: 'Hostname', address: p.name },
      ],
      capacity: { cpu: '4', 'ephemeral-storage': '102625208Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '16375848Ki', pods: '110' },
      allocatable: { cpu: '4', 'ephemeral-storage': '102625208Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '16375848Ki', pods: '110' },
      conditions: [
        cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: `${hexOf(c, 8)}-${hexOf(c, 4)}-${hexOf(c, 4)}-${hexOf(c, 4)}-${hexOf(c, 12)}`,
        containerRuntimeVersion: 'containerd://1.7.15',
        kernelVersion: '6.8.0-1015-gcp',
        kubeProxyVersion: 'v1.30.0',
        kubeletVersion: 'v1.30.0',
        machineID: hexOf(c, 32),
        operatingSystem: 'linux',
        osImage: 'Ubuntu 22.04.4 LTS',
        systemUUID: `${hexOf(c, 8)}-${hexOf(c, 4)}-${hexOf(c, 4)}-${hexOf(c, 4)}-${hexOf(c, 12)}`,
      },
    },
  };
}

export function createNamespace(c: Cluster, name: string): void {
  // The API server makes the system namespaces itself (its loopback client: kube-apiserver).
  const system = ['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(name);
  c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, system ? { fieldManager: 'kube-apiserver' } : {});
}

const SYSTEM_TOLERATIONS = [
  { key: 'CriticalAddonsOnly', operator: 'Exists' },
  { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
];

function staticPod(c: Cluster, name: string, image: string, node: Node, component: string, port?: number): void {
  // A static pod's mirror in the API is made by its node's kubelet.
  c.api.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${name}-${node.metadata!.name}`,
      namespace: 'kube-system',
      labels: { component, tier: 'control-plane' },
      annotations: { 'kubernetes.io/config.source': 'file' },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.metadata!.name!, uid: node.metadata!.uid!, controller: true }],
    },
    spec: {
      nodeName: node.metadata!.name,
      hostNetwork: true,
      priorityClassName: 'system-node-critical',
      priority: 2000001000,
      tolerations: [{ operator: 'Exists', effect: 'NoExecute' }],
      containers: [{ name, image, command: [name], ...(port ? { ports: [] } : {}) }],
    },
  }, { fieldManager: 'kubelet' });
}

const KUBE_PROXY_COMMAND = ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'];

/**
 * kubeadm's kube-proxy DaemonSet, which owns the kube-proxy pod of every node. No
 * DaemonSet controller runs here: its pods are made with the system and its status says
 * each node runs one, ready.
 */
function kubeProxyDaemonSet(uid: string, created: string, nodes: number): DaemonSet {
  const labels = { 'k8s-app': 'kube-proxy' };
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'kube-proxy', namespace: 'kube-system', uid, creationTimestamp: created, generation: 1, labels, annotations: { 'deprecated.daemonset.template.generation': '1' } },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          hostNetwork: true,
          priorityClassName: 'system-node-critical',
          serviceAccountName: 'kube-proxy',
          tolerations: [{ operator: 'Exists' }],
          containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.30.0', imagePullPolicy: 'IfNotPresent', command: KUBE_PROXY_COMMAND }],
        },
      },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      revisionHistoryLimit: 10,
    },
    status: { currentNumberScheduled: nodes, desiredNumberScheduled: nodes, numberAvailable: nodes, numberMisscheduled: 0, numberReady: nodes, observedGeneration: 1, updatedNumberScheduled: nodes },
  };
}

/** Each kubelet's heartbeat Lease in kube-node-lease (named after its node, held by it, 40 s). */
function nodeLeases(c: Cluster, nodes: readonly Node[]): void {
  for (const n of nodes) {
    const name = n.metadata!.name!;
    const lease: Lease = {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name, namespace: 'kube-node-lease', uid: uuid(c.rng.fork(`lease:${name}`)), creationTimestamp: n.metadata!.creationTimestamp, ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: n.metadata!.uid! }] },
      spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: microTime(c.clock.iso()) },
    };
    // The node's kubelet made it (and renews it: controllers/node-leases.ts).
    c.store.create('Lease', withControllerWrite('Lease', lease, undefined, { manager: 'kubelet', time: c.clock.iso() }));
  }
}

/** metav1.MicroTime's wire form: RFC 3339 with six fraction digits. */
export function microTime(iso: string): string {
  return iso.replace(/(\.\d+)?Z$/, (_, f: string | undefined) => `${(f ?? '.').padEnd(7, '0')}Z`);
}

/** Builds the shared system at the current (virtual) time. `workers` sizes the cluster. */
export function buildSystem(c: Cluster, workers = 3): void {
  const nodes = nodePlans(workers).map((p) => c.store.create('Node', makeNode(c, p)) as Node);
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system', 'ingress-nginx']) createNamespace(c, ns);

  // The API server makes both itself (controllers/kubernetes-service.ts), as kube-apiserver.
  c.api.create(kubernetesService(), { fieldManager: 'kube-apiserver' });
  const ep = kubernetesEndpoints(CONTROL_PLANE_IP, uuid(c.rng.fork('ep:kubernetes')), c.clock.iso());
  c.store.create('Endpoints', withControllerWrite('Endpoints', ep, undefined, { manager: 'kube-apiserver', time: c.clock.iso() }));

  const cp = nodes[0];
  staticPod(c, 'etcd', 'registry.k8s.io/etcd:3.5.12-0', cp, 'etcd');
  staticPod(c, 'kube-apiserver', 'registry.k8s.io/kube-apiserver:v1.30.0', cp, 'kube-apiserver');
  staticPod(c, 'kube-controller-manager', 'registry.k8s.io/kube-controller-manager:v1.30.0', cp, 'kube-controller-manager');
  staticPod(c, 'kube-scheduler', 'registry.k8s.io/kube-scheduler:v1.30.0', cp, 'kube-scheduler');
  const dsUid = uuid(c.rng.fork('ds:kube-proxy'));
  // kubeadm made it; the DaemonSet controller wrote its status.
  const ds = withControllerWrite('DaemonSet', kubeProxyDaemonSet(dsUid, c.clock.iso(), nodes.length), undefined, { manager: 'kubeadm', time: c.clock.iso() });
  c.store.create('DaemonSet', withControllerWrite('DaemonSet', ds, { ...ds, status: undefined }, { manager: 'kube-controller-manager', time: c.clock.iso(), subresource: 'status' }));
  nodeLeases(c, nodes);
  // The accounts kubeadm's add-ons run as (the ServiceAccount controller adds `default`).
  for (const [ns, name] of [['kube-system', 'coredns'], ['kube-system', 'kube-proxy'], ['ingress-nginx', 'ingress-nginx']]) {
    c.store.create('ServiceAccount', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: ns, uid: uuid(c.rng.fork(`sa:${ns}/${name}`)), creationTimestamp: c.clock.iso() } });
  }
  // The DaemonSet controller's pods.
  for (const n of nodes) {
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: 'kube-proxy-',
        namespace: 'kube-system',
        labels: { 'controller-revision-hash': '7d5f8c6b4d', 'k8s-app': 'kube-proxy', 'pod-template-generation': '1' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'kube-proxy', uid: dsUid, controller: true, blockOwnerDeletion: true }],
      },
      spec: {
        nodeName: n.metadata!.name,
        hostNetwork: true,
        priorityClassName: 'system-node-critical',
        priority: 2000001000,
        serviceAccountName: 'kube-proxy',
        tolerations: [{ operator: 'Exists' }],
        containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.30.0', command: KUBE_PROXY_COMMAND }],
      },
    }, { fieldManager: 'kube-controller-manager' });
  }

  // kubeadm's CoreDNS add-on: its Service and Deployment.
  c.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      namespace: 'kube-system',
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    },
    spec: {
      clusterIP: '10.96.0.10',
      selector: { 'k8s-app': 'kube-dns' },
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
    },
  }, { fieldManager: 'kubeadm' });
  c.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-dns' } },
        spec: {
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          tolerations: SYSTEM_TOLERATIONS,
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          dnsPolicy: 'Default',
          containers: [
            {
              name: 'coredns',
              image: 'registry.k8s.io/coredns/coredns:v1.11.1',
              imagePullPolicy: 'IfNotPresent',
              args: ['-conf', '/etc/coredns/Corefile'],
              ports: [
                { name: 'dns', containerPort: 53, protocol: 'UDP' },
                { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
              ],
              readinessProbe: { httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' } },
              livenessProbe: { httpGet: { path: '/health', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 60, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 5 },
            },
          ],
        },
      },
    },
  }, { fieldManager: 'kubeadm' });

  const ingressLabels = { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/part-of': 'ingress-nginx', 'app.kubernetes.io/version': '1.10.1' };
  const selector = { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' };
  c.api.create({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: { name: 'nginx', labels: ingressLabels, annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
    spec: { controller: 'k8s.io/ingress-nginx' },
  });
  c.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'ingress-nginx-controller', namespace: 'ingress-nginx', labels: ingressLabels },
    spec: {
      type: 'LoadBalancer',
      selector,
      ports: [
        { name: 'http', port: 80, protocol: 'TCP', targetPort: 'http', appProtocol: 'http' },
        { name: 'https', port: 443, protocol: 'TCP', targetPort: 'https', appProtocol: 'https' },
      ],
    },
  });
  c.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'ingress-nginx-controller-admission', namespace: 'ingress-nginx', labels: ingressLabels },
    spec: { selector, ports: [{ name: 'https-webhook', port: 443, protocol: 'TCP', targetPort: 'webhook', appProtocol: 'https' }] },
  });
  c.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'ingress-nginx-controller', namespace: 'ingress-nginx', labels: ingressLabels },
    spec: {
      replicas: 1,
      revisionHistoryLimit: 10,
      selector: { matchLabels: selector },
      template: {
        metadata: { labels: ingressLabels },
        spec: {
          serviceAccountName: 'ingress-nginx',
          terminationGracePeriodSeconds: 300,
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          containers: [
            {
              name: 'controller',
              image: 'registry.k8s.io/ingress-nginx/controller:v1.10.1',
              imagePullPolicy: 'IfNotPresent',
              args: ['/nginx-ingress-controller', '--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller', '--election-id=ingress-nginx-leader', '--controller-class=k8s.io/ingress-nginx', '--ingress-class=nginx', '--configmap=$(POD_NAMESPACE)/ingress-nginx-controller'],
              env: [
                { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                { name: 'LD_PRELOAD', value: '/usr/local/lib/libmimalloc.so' },
              ],
              ports: [
                { name: 'http', containerPort: 80, protocol: 'TCP' },
                { name: 'https', containerPort: 443, protocol: 'TCP' },
                { name: 'webhook', containerPort: 8443, protocol: 'TCP' },
              ],
              readinessProbe: { httpGet: { path: '/healthz', port: 10254, scheme: 'HTTP' }, initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
            },
          ],
        },
      },
    },
  });
}
