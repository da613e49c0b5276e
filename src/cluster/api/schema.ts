// Strict decoding: the field tree of every served kind, so unknown fields are rejected the
// way the 1.30 API server does (`strict decoding error: unknown field "spec.x"`), and
// wrongly typed values give Go's `json: cannot unmarshal …` text. Subtrees the tutorial
// never touches are typed `any` (accepted as-is) to keep this file readable.

export type Schema =
  | { t: 'string' }
  | { t: 'int'; go?: string }
  | { t: 'bool' }
  /** `nullable`: a struct without omitempty (metav1.Time), which Go serves as `null` when zero. */
  | { t: 'any'; nullable?: boolean }
  | { t: 'intOrString' }
  | { t: 'obj'; go: string; fields: Record<string, Schema> }
  /** `nullable`: a list without omitempty, which Go serves as `null` when it is nil (absent or null). */
  | { t: 'arr'; of: Schema; nullable?: boolean }
  | { t: 'map'; of: Schema };

const str: Schema = { t: 'string' };
const i32: Schema = { t: 'int', go: 'int32' };
const i64: Schema = { t: 'int', go: 'int64' };
const bool: Schema = { t: 'bool' };
const any: Schema = { t: 'any' };
/** A metav1.Time held by value: absent or null, it is served as null. */
const time: Schema = { t: 'any', nullable: true };
const ios: Schema = { t: 'intOrString' };
const strs: Schema = { t: 'arr', of: str };
const strMap: Schema = { t: 'map', of: str };
const obj = (go: string, fields: Record<string, Schema>): Schema => ({ t: 'obj', go, fields });
const arr = (of: Schema): Schema => ({ t: 'arr', of });

const ownerRef = obj('OwnerReference', { apiVersion: str, kind: str, name: str, uid: str, controller: bool, blockOwnerDeletion: bool });
export const objectMeta = obj('ObjectMeta', {
  name: str,
  generateName: str,
  namespace: str,
  selfLink: str,
  uid: str,
  resourceVersion: str,
  generation: i64,
  creationTimestamp: any,
  deletionTimestamp: any,
  deletionGracePeriodSeconds: i64,
  labels: strMap,
  annotations: strMap,
  ownerReferences: arr(ownerRef),
  finalizers: strs,
  managedFields: arr(
    obj('ManagedFieldsEntry', { manager: str, operation: str, apiVersion: str, time: any, fieldsType: str, fieldsV1: any, subresource: str }),
  ),
});
const labelSelector = obj('LabelSelector', {
  matchLabels: strMap,
  matchExpressions: arr(obj('LabelSelectorRequirement', { key: str, operator: str, values: strs })),
});

const probe = obj('Probe', {
  exec: obj('ExecAction', { command: strs }),
  httpGet: obj('HTTPGetAction', { path: str, port: ios, host: str, scheme: str, httpHeaders: arr(obj('HTTPHeader', { name: str, value: str })) }),
  tcpSocket: obj('TCPSocketAction', { port: ios, host: str }),
  grpc: obj('GRPCAction', { port: i32, service: str }),
  initialDelaySeconds: i32,
  timeoutSeconds: i32,
  periodSeconds: i32,
  successThreshold: i32,
  failureThreshold: i32,
  terminationGracePeriodSeconds: i64,
});
const envVar = obj('EnvVar', { name: str, value: str, valueFrom: any });
const containerPort = obj('ContainerPort', { name: str, hostPort: i32, containerPort: i32, protocol: str, hostIP: str });
const container = obj('Container', {
  name: str,
  image: str,
  command: strs,
  args: strs,
  workingDir: str,
  ports: arr(containerPort),
  envFrom: any,
  env: arr(envVar),
  resources: any,
  resizePolicy: any,
  restartPolicy: str,
  volumeMounts: arr(obj('VolumeMount', { name: str, readOnly: bool, recursiveReadOnly: str, mountPath: str, subPath: str, mountPropagation: str, subPathExpr: str })),
  volumeDevices: any,
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: any,
  terminationMessagePath: str,
  terminationMessagePolicy: str,
  imagePullPolicy: str,
  securityContext: any,
  stdin: bool,
  stdinOnce: bool,
  tty: bool,
});
const keyToPath = obj('KeyToPath', { key: str, path: str, mode: i32 });
const downwardApiFile = obj('DownwardAPIVolumeFile', {
  path: str,
  fieldRef: obj('ObjectFieldSelector', { apiVersion: str, fieldPath: str }),
  resourceFieldRef: any,
  mode: i32,
});
/** A pod volume: its name, then the one source (VolumeSource, inline), in Go's field order. */
const volume = obj('Volume', {
  name: str,
  hostPath: obj('HostPathVolumeSource', { path: str, type: str }),
  emptyDir: obj('EmptyDirVolumeSource', { medium: str, sizeLimit: any }),
  gcePersistentDisk: any,
  awsElasticBlockStore: any,
  gitRepo: any,
  secret: obj('SecretVolumeSource', { secretName: str, items: arr(keyToPath), defaultMode: i32, optional: bool }),
  nfs: any,
  iscsi: any,
  glusterfs: any,
  persistentVolumeClaim: obj('PersistentVolumeClaimVolumeSource', { claimName: str, readOnly: bool }),
  rbd: any,
  flexVolume: any,
  cinder: any,
  cephfs: any,
  flocker: any,
  downwardAPI: obj('DownwardAPIVolumeSource', { items: arr(downwardApiFile), defaultMode: i32 }),
  fc: any,
  azureFile: any,
  configMap: obj('ConfigMapVolumeSource', { name: str, items: arr(keyToPath), defaultMode: i32, optional: bool }),
  vsphereVolume: any,
  quobyte: any,
  azureDisk: any,
  photonPersistentDisk: any,
  projected: obj('ProjectedVolumeSource', {
    sources: arr(
      obj('VolumeProjection', {
        secret: obj('SecretProjection', { name: str, items: arr(keyToPath), optional: bool }),
        downwardAPI: obj('DownwardAPIProjection', { items: arr(downwardApiFile) }),
        configMap: obj('ConfigMapProjection', { name: str, items: arr(keyToPath), optional: bool }),
        serviceAccountToken: obj('ServiceAccountTokenProjection', { audience: str, expirationSeconds: i64, path: str }),
        clusterTrustBundle: any,
      }),
    ),
    defaultMode: i32,
  }),
  portworxVolume: any,
  scaleIO: any,
  storageos: any,
  csi: any,
  ephemeral: any,
});
export const podSpec = obj('PodSpec', {
  volumes: arr(volume),
  initContainers: arr(container),
  containers: arr(container),
  ephemeralContainers: any,
  restartPolicy: str,
  terminationGracePeriodSeconds: i64,
  activeDeadlineSeconds: i64,
  dnsPolicy: str,
  nodeSelector: strMap,
  serviceAccountName: str,
  serviceAccount: str,
  automountServiceAccountToken: bool,
  nodeName: str,
  hostNetwork: bool,
  hostPID: bool,
  hostIPC: bool,
  shareProcessNamespace: bool,
  securityContext: any,
  imagePullSecrets: arr(obj('LocalObjectReference', { name: str })),
  hostname: str,
  subdomain: str,
  affinity: any,
  schedulerName: str,
  tolerations: arr(obj('Toleration', { key: str, operator: str, value: str, effect: str, tolerationSeconds: i64 })),
  hostAliases: arr(obj('HostAlias', { ip: str, hostnames: strs })),
  priorityClassName: str,
  priority: i32,
  dnsConfig: obj('PodDNSConfig', { nameservers: strs, searches: strs, options: arr(obj('PodDNSConfigOption', { name: str, value: str })) }),
  readinessGates: any,
  runtimeClassName: str,
  enableServiceLinks: bool,
  preemptionPolicy: str,
  overhead: any,
  topologySpreadConstraints: any,
  setHostnameAsFQDN: bool,
  os: any,
  hostUsers: bool,
  schedulingGates: any,
  resourceClaims: any,
});
const templateSpec = obj('PodTemplateSpec', { metadata: objectMeta, spec: podSpec });

const containerState = obj('ContainerState', {
  waiting: obj('ContainerStateWaiting', { reason: str, message: str }),
  running: obj('ContainerStateRunning', { startedAt: time }),
  terminated: obj('ContainerStateTerminated', { exitCode: i32, signal: i32, reason: str, message: str, startedAt: time, finishedAt: time, containerID: str }),
});
/** core/v1 ContainerStatus as of 1.30. */
const containerStatus = obj('ContainerStatus', {
  name: str,
  state: containerState,
  lastState: containerState,
  ready: bool,
  restartCount: i32,
  image: str,
  imageID: str,
  containerID: str,
  started: bool,
  allocatedResources: any,
  resources: any,
  volumeMounts: any,
});
/** core/v1 PodStatus as of 1.30. */
const podStatus = obj('PodStatus', {
  phase: str,
  conditions: arr(obj('PodCondition', { type: str, status: str, lastProbeTime: time, lastTransitionTime: time, reason: str, message: str })),
  message: str,
  reason: str,
  nominatedNodeName: str,
  hostIP: str,
  hostIPs: arr(obj('HostIP', { ip: str })),
  podIP: str,
  podIPs: arr(obj('PodIP', { ip: str })),
  startTime: any,
  initContainerStatuses: arr(containerStatus),
  containerStatuses: arr(containerStatus),
  qosClass: str,
  ephemeralContainerStatuses: arr(containerStatus),
  resize: str,
  resourceClaimStatuses: any,
});

const servicePort = obj('ServicePort', { name: str, protocol: str, appProtocol: str, port: i32, targetPort: ios, nodePort: i32 });
const lbIngress = obj('LoadBalancerIngress', { ip: str, hostname: str, ipMode: str, ports: any });
const serviceSpec = obj('ServiceSpec', {
  ports: arr(servicePort),
  selector: strMap,
  clusterIP: str,
  clusterIPs: strs,
  type: str,
  externalIPs: strs,
  sessionAffinity: str,
  loadBalancerIP: str,
  loadBalancerSourceRanges: strs,
  externalName: str,
  externalTrafficPolicy: str,
  healthCheckNodePort: i32,
  publishNotReadyAddresses: bool,
  sessionAffinityConfig: obj('SessionAffinityConfig', { clientIP: obj('ClientIPConfig', { timeoutSeconds: i32 }) }),
  ipFamilies: strs,
  ipFamilyPolicy: str,
  allocateLoadBalancerNodePorts: bool,
  loadBalancerClass: str,
  internalTrafficPolicy: str,
  trafficDistribution: str,
});

const ingressBackend = obj('IngressBackend', {
  service: obj('IngressServiceBackend', { name: str, port: obj('ServiceBackendPort', { name: str, number: i32 }) }),
  resource: obj('TypedLocalObjectReference', { apiGroup: str, kind: str, name: str }),
});

const objectReference = obj('ObjectReference', { kind: str, namespace: str, name: str, uid: str, apiVersion: str, resourceVersion: str, fieldPath: str });
const endpointAddress = obj('EndpointAddress', { ip: str, hostname: str, nodeName: str, targetRef: objectReference });

/** discovery/v1 Endpoint: its conditions are pointers, its hints say which zones it serves. */
const sliceEndpoint = obj('Endpoint', {
  addresses: strs,
  conditions: obj('EndpointConditions', { ready: bool, serving: bool, terminating: bool }),
  hostname: str,
  targetRef: objectReference,
  deprecatedTopology: strMap,
  nodeName: str,
  zone: str,
  hints: obj('EndpointHints', { forZones: arr(obj('ForZone', { name: str })) }),
});

/** A top-level object: TypeMeta (kind, then apiVersion, as Go declares them), ObjectMeta, its own fields. */
const top = (go: string, fields: Record<string, Schema>): Schema => obj(go, { kind: str, apiVersion: str, metadata: objectMeta, ...fields });

/** Top-level schema per kind; the `go` name appears in unmarshal errors. */
export const SCHEMAS: Record<string, Schema> = {
  Pod: top('Pod', { spec: podSpec, status: podStatus }),
  Service: top('Service', { spec: serviceSpec, status: obj('ServiceStatus', { loadBalancer: obj('LoadBalancerStatus', { ingress: arr(lbIngress) }), conditions: any }) }),
  Endpoints: top('Endpoints', {
    subsets: arr(
      obj('EndpointSubset', {
        addresses: arr(endpointAddress),
        notReadyAddresses: arr(endpointAddress),
        ports: arr(obj('EndpointPort', { name: str, port: i32, protocol: str, appProtocol: str })),
      }),
    ),
  }),
  ReplicationController: top('ReplicationController', {
    spec: obj('ReplicationControllerSpec', { replicas: i32, minReadySeconds: i32, selector: strMap, template: templateSpec }),
    status: any,
  }),
  ReplicaSet: top('ReplicaSet', {
    spec: obj('ReplicaSetSpec', { replicas: i32, minReadySeconds: i32, selector: labelSelector, template: templateSpec }),
    status: any,
  }),
  Deployment: top('Deployment', {
    spec: obj('DeploymentSpec', {
      replicas: i32,
      selector: labelSelector,
      template: templateSpec,
      strategy: obj('DeploymentStrategy', { type: str, rollingUpdate: obj('RollingUpdateDeployment', { maxUnavailable: ios, maxSurge: ios }) }),
      minReadySeconds: i32,
      revisionHistoryLimit: i32,
      paused: bool,
      progressDeadlineSeconds: i32,
    }),
    status: any,
  }),
  Node: top('Node', {
    spec: obj('NodeSpec', {
      podCIDR: str,
      podCIDRs: strs,
      providerID: str,
      unschedulable: bool,
      taints: arr(obj('Taint', { key: str, value: str, effect: str, timeAdded: any })),
      configSource: any,
      externalID: str,
    }),
    // core/v1 NodeStatus as of 1.30; quantities decode from a string or a number.
    status: obj('NodeStatus', {
      capacity: { t: 'map', of: any },
      allocatable: { t: 'map', of: any },
      phase: str,
      conditions: arr(obj('NodeCondition', { type: str, status: str, lastHeartbeatTime: time, lastTransitionTime: time, reason: str, message: str })),
      addresses: arr(obj('NodeAddress', { type: str, address: str })),
      daemonEndpoints: obj('NodeDaemonEndpoints', { kubeletEndpoint: obj('DaemonEndpoint', { Port: i32 }) }),
      nodeInfo: obj('NodeSystemInfo', {
        machineID: str,
        systemUUID: str,
        bootID: str,
        kernelVersion: str,
        osImage: str,
        containerRuntimeVersion: str,
        kubeletVersion: str,
        kubeProxyVersion: str,
        operatingSystem: str,
        architecture: str,
      }),
      images: arr(obj('ContainerImage', { names: strs, sizeBytes: i64 })),
      volumesInUse: strs,
      volumesAttached: any,
      config: any,
      runtimeHandlers: any,
    }),
  }),
  Namespace: top('Namespace', { spec: obj('NamespaceSpec', { finalizers: strs }), status: any }),
  Secret: top('Secret', { data: strMap, stringData: strMap, type: str, immutable: bool }),
  ConfigMap: top('ConfigMap', { data: strMap, binaryData: strMap, immutable: bool }),
  Event: top('Event', {
    involvedObject: any,
    reason: str,
    message: str,
    source: any,
    firstTimestamp: any,
    lastTimestamp: any,
    count: i32,
    type: str,
    eventTime: any,
    series: any,
    action: str,
    related: any,
    reportingComponent: str,
    reportingInstance: str,
  }),
  Ingress: top('Ingress', {
    spec: obj('IngressSpec', {
      ingressClassName: str,
      defaultBackend: ingressBackend,
      tls: arr(obj('IngressTLS', { hosts: strs, secretName: str })),
      rules: arr(
        obj('IngressRule', {
          host: str,
          http: obj('HTTPIngressRuleValue', { paths: arr(obj('HTTPIngressPath', { path: str, pathType: str, backend: ingressBackend })) }),
        }),
      ),
    }),
    status: obj('IngressStatus', { loadBalancer: obj('IngressLoadBalancerStatus', { ingress: arr(obj('IngressLoadBalancerIngress', { ip: str, hostname: str, ports: any })) }) }),
  }),
  IngressClass: top('IngressClass', { spec: obj('IngressClassSpec', { controller: str, parameters: any }) }),
  ServiceAccount: top('ServiceAccount', { secrets: arr(objectReference), imagePullSecrets: arr(obj('LocalObjectReference', { name: str })), automountServiceAccountToken: bool }),
  DaemonSet: top('DaemonSet', {
    spec: obj('DaemonSetSpec', {
      selector: labelSelector,
      template: templateSpec,
      updateStrategy: obj('DaemonSetUpdateStrategy', { type: str, rollingUpdate: obj('RollingUpdateDaemonSet', { maxUnavailable: ios, maxSurge: ios }) }),
      minReadySeconds: i32,
      revisionHistoryLimit: i32,
    }),
    status: obj('DaemonSetStatus', {
      currentNumberScheduled: i32,
      numberMisscheduled: i32,
      desiredNumberScheduled: i32,
      numberReady: i32,
      observedGeneration: i64,
      updatedNumberScheduled: i32,
      numberAvailable: i32,
      numberUnavailable: i32,
      collisionCount: i32,
      conditions: any,
    }),
  }),
  // endpoints and ports carry no omitempty: nil is served as null.
  EndpointSlice: top('EndpointSlice', {
    addressType: str,
    endpoints: { t: 'arr', of: sliceEndpoint, nullable: true },
    ports: { t: 'arr', of: obj('EndpointPort', { name: str, protocol: str, port: i32, appProtocol: str }), nullable: true },
  }),
  // coordination/v1 in 1.30 (strategy and preferredHolder came in 1.31).
  Lease: top('Lease', { spec: obj('LeaseSpec', { holderIdentity: str, leaseDurationSeconds: i32, acquireTime: any, renewTime: any, leaseTransitions: i32 }) }),
};

export interface DecodeProblems {
  unknown: string[];
  /** The first type mismatch, as Go's encoding/json words it. */
  typeError?: string;
}

/** Whether encoding/json would decode this integer into the Go type (it refuses overflow). */
function fitsGoInt(v: number, goType: string): boolean {
  if (goType === 'int64') return v >= -(2 ** 63) && v < 2 ** 63;
  return v >= -(2 ** 31) && v <= 2 ** 31 - 1;
}

/** A number as the JSON text Go quotes in its error (`1e308`, not JavaScript's `1e+308`). */
function goNumber(v: number): string {
  return String(v).replace('e+', 'e');
}

function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  return typeof v;
}

/**
 * The decoding schema of a kind. A served kind without one (yet) is decoded without field
 * checks rather than failing with a JavaScript error.
 */
export function schemaOf(kind: string): Schema {
  return SCHEMAS[kind] ?? any;
}

/** Walks `value` against `schema`, collecting unknown field paths and the first type error. */
export function checkFields(schema: Schema, value: unknown): DecodeProblems {
  const out: DecodeProblems = { unknown: [] };
  walk(schema, value, '', '', '', out);
  return out;
}

/** The first type error: encoding/json's words for a value that does not fit its Go field. */
function mismatchOf(out: DecodeProblems, v: unknown, goPath: string, goStruct: string, goType: string): void {
  if (!out.typeError) {
    const what = typeof v === 'number' ? `number ${goNumber(v)}` : jsonKind(v) === 'boolean' ? 'bool' : jsonKind(v);
    out.typeError = `json: cannot unmarshal ${what} into Go struct field ${goStruct}.${goPath.replace(/^\./, '')} of type ${goType}`;
  }
}

// (Every write's object is walked field by field here: no closures or entry pairs per node.)
function walk(schema: Schema, v: unknown, path: string, goPath: string, goStruct: string, out: DecodeProblems): void {
  if (v === null || v === undefined) return;
  switch (schema.t) {
    case 'any':
      return;
    case 'string':
      if (typeof v !== 'string') mismatchOf(out, v, goPath, goStruct, 'string');
      return;
    case 'int':
      if (typeof v !== 'number' || !Number.isInteger(v) || !fitsGoInt(v, schema.go ?? 'int32')) mismatchOf(out, v, goPath, goStruct, schema.go ?? 'int32');
      return;
    case 'bool':
      if (typeof v !== 'boolean') mismatchOf(out, v, goPath, goStruct, 'bool');
      return;
    case 'intOrString':
      if (typeof v === 'number' && !(Number.isInteger(v) && fitsGoInt(v, 'int32'))) {
        // IntOrString decodes a number into its int32.
        if (!out.typeError) out.typeError = `json: cannot unmarshal number ${goNumber(v)} into Go value of type int32`;
      } else if (typeof v !== 'string' && typeof v !== 'number') {
        if (!out.typeError) out.typeError = `json: cannot unmarshal ${jsonKind(v)} into Go value of type intstr.IntOrString`;
      }
      return;
    case 'arr':
      if (!Array.isArray(v)) return mismatchOf(out, v, goPath, goStruct, `[]${goTypeName(schema.of)}`);
      for (let i = 0; i < v.length; i++) walk(schema.of, v[i], `${path}[${i}]`, goPath, goStruct, out);
      return;
    case 'map':
      if (typeof v !== 'object' || Array.isArray(v)) return mismatchOf(out, v, goPath, goStruct, `map[string]${goTypeName(schema.of)}`);
      for (const k of Object.keys(v as object)) walk(schema.of, (v as Record<string, unknown>)[k], `${path}.${k}`, goPath, goStruct, out);
      return;
    case 'obj': {
      if (typeof v !== 'object' || Array.isArray(v)) return mismatchOf(out, v, goPath, goStruct, `v1.${schema.go}`);
      for (const k of Object.keys(v as object)) {
        const item = (v as Record<string, unknown>)[k];
        const sub = schema.fields[k];
        const p = path ? `${path}.${k}` : k;
        if (!sub) {
          out.unknown.push(p);
          continue;
        }
        // Go names the innermost struct and the dotted JSON path from the top-level object.
        walk(sub, item, p, `${goPath}.${k}`, schema.go, out);
      }
      return;
    }
  }
}

function goTypeName(s: Schema): string {
  switch (s.t) {
    case 'string':
      return 'string';
    case 'int':
      return s.go ?? 'int32';
    case 'bool':
      return 'bool';
    case 'obj':
      return `v1.${s.go}`;
    default:
      return 'interface {}';
  }
}

/**
 * Go decodes `null` as the zero value: an absent field, an empty struct in a list, an empty
 * string in a map. Doing the same here keeps later stages free of null checks.
 */
export function normalizeNulls(schema: Schema, v: unknown): unknown {
  if (v === null || v === undefined) return zeroOf(schema);
  switch (schema.t) {
    case 'arr':
      return Array.isArray(v) ? v.map((x) => normalizeNulls(schema.of, x)) : v;
    case 'map':
      if (typeof v !== 'object' || Array.isArray(v)) return v;
      return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, normalizeNulls(schema.of, x)]));
    case 'obj': {
      if (typeof v !== 'object' || Array.isArray(v)) return v;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as object)) {
        const x = (v as Record<string, unknown>)[k];
        if (x === null || x === undefined) continue;
        const sub = schema.fields[k];
        out[k] = sub ? normalizeNulls(sub, x) : x;
      }
      for (const k of nullableFields(schema)) if (out[k] === undefined) out[k] = null;
      return out;
    }
    default:
      return v;
  }
}

/** A struct's fields Go keeps as `null` when absent (nullable lists and raw values), found once per schema. */
const nullables = new WeakMap<object, string[]>();
function nullableFields(schema: Extract<Schema, { t: 'obj' }>): string[] {
  let keys = nullables.get(schema);
  if (!keys) {
    keys = Object.entries(schema.fields)
      .filter(([, sub]) => (sub.t === 'arr' || sub.t === 'any') && sub.nullable)
      .map(([k]) => k);
    nullables.set(schema, keys);
  }
  return keys;
}

function zeroOf(s: Schema): unknown {
  switch (s.t) {
    case 'string':
      return '';
    case 'int':
      return 0;
    case 'bool':
      return false;
    case 'obj':
      return {};
    default:
      return undefined;
  }
}
