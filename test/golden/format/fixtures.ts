// Hand-made kubernetes-types objects reproducing the fact sheet's examples
// (shared/reference/kubernetes-fidelity.md §1, §2): names, IPs and ages from the examples.
import type { Service, Endpoints, Pod, ReplicationController, Node, Secret, Event, Namespace } from 'kubernetes-types/core/v1.js';
import type { Ingress } from 'kubernetes-types/networking/v1.js';
import type { Kind, KindMap } from '../../../src/cluster/api/kinds.js';
import type { Lookup } from '../../../src/shell/format/index.js';

export const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
/** RFC 3339 timestamp `s` seconds before NOW. */
export const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const DAY = 86400;

const meta = (name: string, ageS: number, extra: Record<string, unknown> = {}) => ({ name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: ago(ageS), ...extra });

function svc(name: string, ageS: number, spec: Service['spec'], status: Service['status'] = { loadBalancer: {} }): Service {
  return { apiVersion: 'v1', kind: 'Service', metadata: meta(name, ageS), spec: { sessionAffinity: 'None', ...spec }, status };
}
const clusterIP = (ip: string) => ({ clusterIP: ip, clusterIPs: [ip], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' });
const tcp = (port: number, extra: Record<string, unknown> = {}) => ({ port, protocol: 'TCP', targetPort: 8080, ...extra });

export const services: Service[] = [
  svc('external-service', 30, { type: 'ExternalName', externalName: 'api.somecompany.com', ports: [tcp(80, { targetPort: 80 })] }),
  svc('kubernetes', 12 * DAY, { type: 'ClusterIP', ...clusterIP('10.96.0.1'), ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] }),
  svc('kubia', 7 * 60, { type: 'ClusterIP', ...clusterIP('10.111.249.153'), selector: { app: 'kubia' }, ports: [tcp(80)] }),
  svc('kubia-headless', 60, { type: 'ClusterIP', ...clusterIP('None'), selector: { app: 'kubia' }, ports: [tcp(80)] }),
  svc(
    'kubia-lb-ready',
    100,
    { type: 'LoadBalancer', ...clusterIP('10.101.22.34'), selector: { app: 'kubia' }, ports: [tcp(80, { nodePort: 32143 })], externalTrafficPolicy: 'Local', healthCheckNodePort: 31555 },
    { loadBalancer: { ingress: [{ ip: '130.211.53.173' }] } },
  ),
  svc('kubia-loadbalancer', 100, { type: 'LoadBalancer', ...clusterIP('10.101.22.33'), selector: { app: 'kubia' }, ports: [tcp(80, { nodePort: 31234 })], externalTrafficPolicy: 'Cluster' }),
  svc('kubia-named', 5 * 60, {
    type: 'ClusterIP',
    ...clusterIP('10.105.7.20'),
    selector: { app: 'kubia' },
    ports: [tcp(80, { name: 'http', targetPort: 'http' }), tcp(443, { name: 'https', targetPort: 'https' })],
  }),
  svc('kubia-nodeport', 200, { type: 'NodePort', ...clusterIP('10.108.36.98'), selector: { app: 'kubia' }, ports: [tcp(80, { nodePort: 30123 })], externalTrafficPolicy: 'Cluster' }),
  svc('kubia-nodeport-onlylocal', 190, { type: 'NodePort', ...clusterIP('10.100.40.11'), selector: { app: 'kubia' }, ports: [tcp(80, { nodePort: 30124 })], externalTrafficPolicy: 'Local' }),
];

const addr = (ip: string) => ({ ip });
function ep(name: string, ageS: number, subsets: Endpoints['subsets']): Endpoints {
  return { apiVersion: 'v1', kind: 'Endpoints', metadata: meta(name, ageS), ...(subsets ? { subsets } : {}) };
}
export const endpoints: Endpoints[] = [
  ep('external-service', 20, [{ addresses: [addr('11.11.11.11'), addr('22.22.22.22')], ports: [{ port: 80, protocol: 'TCP' }] }]),
  ep('kubernetes', 12 * DAY, [{ addresses: [addr('172.18.0.2')], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }]),
  ep('kubia', 7 * 60, [{ addresses: ['10.244.1.3', '10.244.1.7', '10.244.2.4'].map(addr), notReadyAddresses: [addr('10.244.2.5')], ports: [{ port: 8080, protocol: 'TCP' }] }]),
  ep('kubia-loadbalancer', 100, undefined),
  ep('kubia-named', 5 * 60, [
    {
      addresses: ['10.244.1.3', '10.244.1.7', '10.244.2.4'].map(addr),
      ports: [
        { name: 'http', port: 8080, protocol: 'TCP' },
        { name: 'https', port: 8443, protocol: 'TCP' },
      ],
    },
  ]),
];
/** Endpoints that back the describe examples but are not in the `get endpoints` table. */
export const extraEndpoints: Endpoints[] = [
  ep('kubia-lb-ready', 100, [{ addresses: ['10.244.1.3', '10.244.2.4'].map(addr), ports: [{ port: 8080, protocol: 'TCP' }] }]),
  ep('kubia-nodeport', 200, [{ addresses: ['10.244.1.3', '10.244.2.4'].map(addr), ports: [{ port: 8080, protocol: 'TCP' }] }]),
];

function pod(name: string, ageS: number, ip: string, node: string, opts: { ready?: boolean; restarts?: number; lastRestartAgoS?: number; labels?: Record<string, string> } = {}): Pod {
  const ready = opts.ready ?? true;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...meta(name, ageS),
      labels: opts.labels ?? { app: 'kubia' },
      ...(name === 'kubia-manual' ? {} : { ownerReferences: [{ apiVersion: 'v1', kind: 'ReplicationController', name: 'kubia', uid: 'uid-kubia', controller: true, blockOwnerDeletion: true }] }),
    },
    spec: { nodeName: node, containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ containerPort: 8080, protocol: 'TCP' }] }] },
    status: {
      phase: 'Running',
      podIP: ip,
      podIPs: [{ ip }],
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      containerStatuses: [
        {
          name: 'kubia',
          image: 'luksa/kubia:latest',
          imageID: 'docker.io/luksa/kubia@sha256:3f28e304dc0f63dc30f273a4202096f0fa0d08510bd2ee7e1032ce600616de24',
          ready,
          restartCount: opts.restarts ?? 0,
          started: true,
          state: { running: { startedAt: ago(ageS) } },
          lastState: opts.lastRestartAgoS ? { terminated: { exitCode: 137, reason: 'Error', finishedAt: ago(opts.lastRestartAgoS) } } : {},
        },
      ],
    },
  };
}
export const pods: Pod[] = [
  pod('kubia-5v8xq', 330, '10.244.1.3', 'worker1'),
  pod('kubia-manual', 3 * DAY + 3600, '10.244.1.7', 'worker1', { labels: { app: 'kubia', env: 'debug' } }),
  pod('kubia-qgtmw', 330, '10.244.2.4', 'worker2', { restarts: 1, lastRestartAgoS: 125 }),
  pod('kubia-zwk2b', 45, '10.244.2.5', 'worker2', { ready: false }),
];

export const ingresses: Ingress[] = [
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { ...meta('kubia', 600), annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/' } },
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: ['kubia.example.com'], secretName: 'tls-secret' }],
      rules: [
        {
          host: 'kubia.example.com',
          http: {
            paths: [
              { path: '/', pathType: 'Prefix', backend: { service: { name: 'kubia-nodeport', port: { number: 80 } } } },
              { path: '/foo', pathType: 'Prefix', backend: { service: { name: 'missing-svc', port: { name: 'http' } } } },
            ],
          },
        },
        { host: 'bar.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'kubia', port: { number: 80 } } } }] } },
      ],
    },
    status: { loadBalancer: { ingress: [{ ip: '192.168.49.2' }] } },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: meta('noclass', 30),
    spec: { defaultBackend: { service: { name: 'kubia', port: { number: 80 } } } },
    status: { loadBalancer: {} },
  },
];

export const rcs: ReplicationController[] = [
  {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { ...meta('kubia', 331), labels: { app: 'kubia' } },
    spec: {
      replicas: 3,
      selector: { app: 'kubia' },
      template: { metadata: { labels: { app: 'kubia' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ containerPort: 8080, protocol: 'TCP' }] }] } },
    },
    status: { replicas: 3, readyReplicas: 2, availableReplicas: 2, fullyLabeledReplicas: 3 },
  },
];

function node(name: string, roles: string[], internalIP: string): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, uid: `uid-${name}`, creationTimestamp: ago(12 * DAY), labels: Object.fromEntries([['kubernetes.io/hostname', name], ...roles.map((r) => [`node-role.kubernetes.io/${r}`, ''])]) },
    spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] },
    status: {
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: ago(60), lastTransitionTime: ago(12 * DAY) }],
      addresses: [
        { type: 'InternalIP', address: internalIP },
        { type: 'Hostname', address: name },
      ],
      capacity: { cpu: '2', memory: '4025788Ki', pods: '110' },
      allocatable: { cpu: '2', memory: '4025788Ki', pods: '110' },
      nodeInfo: {
        machineID: 'a1b2',
        systemUUID: 'c3d4',
        bootID: 'e5f6',
        kernelVersion: '6.1.0-18-amd64',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        operatingSystem: 'linux',
        architecture: 'amd64',
        containerRuntimeVersion: 'containerd://1.7.13',
        kubeletVersion: 'v1.30.0',
        kubeProxyVersion: 'v1.30.0',
      },
    },
  };
}
export const nodes: Node[] = [node('control-plane', ['control-plane'], '172.18.0.2'), node('worker1', [], '172.18.0.3')];

export const secrets: Secret[] = [
  {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: meta('tls-secret', 660),
    type: 'kubernetes.io/tls',
    data: { 'tls.crt': Buffer.alloc(1164, 65).toString('base64'), 'tls.key': Buffer.alloc(1704, 66).toString('base64') },
  },
];

export const namespaces: Namespace[] = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', creationTimestamp: ago(12 * DAY), labels: { 'kubernetes.io/metadata.name': 'default' } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } },
];

function event(name: string, kind: string, objName: string, reason: string, message: string, firstS: number, lastS = firstS, count = 1, component = 'service-controller'): Event {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: 'default', creationTimestamp: ago(firstS) },
    involvedObject: { kind, name: objName, namespace: 'default', uid: `uid-${objName}`, apiVersion: 'v1' },
    reason,
    message,
    source: { component },
    firstTimestamp: ago(firstS),
    lastTimestamp: ago(lastS),
    count,
    type: 'Normal',
  };
}
export const events: Event[] = [
  event('kubia-lb-ready.1', 'Service', 'kubia-lb-ready', 'EnsuringLoadBalancer', 'Ensuring load balancer', 100),
  event('kubia-lb-ready.2', 'Service', 'kubia-lb-ready', 'EnsuredLoadBalancer', 'Ensured load balancer', 60),
  event('kubia-zwk2b.1', 'Pod', 'kubia-zwk2b', 'Unhealthy', 'Readiness probe failed: ls: cannot access /var/ready: No such file or directory', 600, 120, 3, 'kubelet'),
];

/** A Deployment with its ReplicaSet and pods (describe deploy / rs, get deploy / rs). */
export const deployments: import('kubernetes-types/apps/v1.js').Deployment[] = [
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { ...meta('kubia-deploy', 600), labels: { app: 'kubia-deploy' }, annotations: { 'deployment.kubernetes.io/revision': '1' } },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'kubia-deploy' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      minReadySeconds: 0,
      template: { metadata: { labels: { app: 'kubia-deploy' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia:v1', ports: [{ containerPort: 8080, protocol: 'TCP' }] }] } },
    },
    status: {
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.', lastTransitionTime: ago(590), lastUpdateTime: ago(590) },
        { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "kubia-deploy-6d8f7b9c5" has successfully progressed.', lastTransitionTime: ago(600), lastUpdateTime: ago(590) },
      ],
    },
  },
];
export const replicaSets: import('kubernetes-types/apps/v1.js').ReplicaSet[] = [
  {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      ...meta('kubia-deploy-6d8f7b9c5', 600),
      labels: { app: 'kubia-deploy', 'pod-template-hash': '6d8f7b9c5' },
      annotations: { 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4', 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'kubia-deploy', uid: 'uid-kubia-deploy', controller: true, blockOwnerDeletion: true }],
    },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'kubia-deploy', 'pod-template-hash': '6d8f7b9c5' } },
      template: { metadata: { labels: { app: 'kubia-deploy', 'pod-template-hash': '6d8f7b9c5' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia:v1', ports: [{ containerPort: 8080, protocol: 'TCP' }] }] } },
    },
    status: { replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 3, availableReplicas: 3, observedGeneration: 1 },
  },
];

export const ingressClasses: import('kubernetes-types/networking/v1.js').IngressClass[] = [
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: { name: 'nginx', uid: 'uid-nginx', creationTimestamp: ago(12 * DAY), labels: { 'app.kubernetes.io/name': 'ingress-nginx' }, annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
    spec: { controller: 'k8s.io/ingress-nginx' },
  },
];
export const configMaps: import('kubernetes-types/core/v1.js').ConfigMap[] = [
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('kube-root-ca.crt', 12 * DAY), data: { 'ca.crt': '-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n' } },
];

/** The kubelets' heartbeat Leases, renewed at NOW (describe node's Lease section reads them). */
export const leases: import('kubernetes-types/coordination/v1.js').Lease[] = nodes.map((n) => ({
  apiVersion: 'coordination.k8s.io/v1',
  kind: 'Lease',
  metadata: { name: n.metadata!.name, namespace: 'kube-node-lease' },
  spec: { holderIdentity: n.metadata!.name, leaseDurationSeconds: 40, renewTime: new Date(NOW).toISOString().replace('.000Z', '.000000Z') },
}));

const ALL: Partial<{ [K in Kind]: KindMap[K][] }> = {
  Lease: leases,
  Service: services,
  Endpoints: [...endpoints, ...extraEndpoints],
  Pod: pods,
  Ingress: ingresses,
  ReplicationController: rcs,
  Node: nodes,
  Secret: secrets,
  Event: events,
  Namespace: namespaces,
  Deployment: deployments,
  ReplicaSet: replicaSets,
  IngressClass: ingressClasses,
  ConfigMap: configMaps,
};

/** A Lookup over the fixtures, as kubectl-commands backs it with the store. */
export const lookup: Lookup = {
  get<K extends Kind>(kind: K, namespace: string | undefined, name: string) {
    return ((ALL[kind] ?? []) as KindMap[K][]).find((o) => o.metadata?.name === name && (namespace === undefined || !o.metadata?.namespace || o.metadata.namespace === namespace));
  },
  list<K extends Kind>(kind: K, namespace: string | undefined) {
    return ((ALL[kind] ?? []) as KindMap[K][]).filter((o) => namespace === undefined || o.metadata?.namespace === namespace);
  },
};

/** A pod as the API server stores it after admission: service account, token volume, default tolerations, a readiness probe. */
export const fullPod: Pod = {
  ...pods[3],
  spec: {
    ...pods[3].spec!,
    priority: 0,
    serviceAccountName: 'default',
    containers: [
      {
        ...pods[3].spec!.containers[0],
        readinessProbe: { exec: { command: ['ls', '/var/ready'] }, initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
        volumeMounts: [{ name: 'kube-api-access-8mq4z', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }],
      },
    ],
    volumes: [
      {
        name: 'kube-api-access-8mq4z',
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
            { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
          ],
        },
      },
    ],
    tolerations: [
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ],
  },
  status: {
    ...pods[3].status,
    hostIP: '172.18.0.4',
    startTime: ago(45),
    conditions: [
      { type: 'PodReadyToStartContainers', status: 'True' },
      { type: 'Initialized', status: 'True' },
      { type: 'Ready', status: 'False' },
      { type: 'ContainersReady', status: 'False' },
      { type: 'PodScheduled', status: 'True' },
    ],
    containerStatuses: [{ ...pods[3].status!.containerStatuses![0], containerID: 'containerd://9f1c2b7e5d4a' }],
  },
};

