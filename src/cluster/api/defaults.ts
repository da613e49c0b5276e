// Defaulting, as the API server applies it before validation: what `kubectl get -o yaml`
// shows that the learner never wrote (type ClusterIP, protocol TCP, targetPort = port,
// restartPolicy Always, probe periods, …). Functions edit a fresh copy in place.
import type { Container, Endpoints, Pod, PodSpec, PodTemplateSpec, Probe, Service } from 'kubernetes-types/core/v1.js';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { ReplicationController } from 'kubernetes-types/core/v1.js';
import type { Ingress } from 'kubernetes-types/networking/v1.js';

export function defaultService(svc: Service): void {
  const spec = (svc.spec ??= {});
  spec.type ??= 'ClusterIP';
  spec.sessionAffinity ??= 'None';
  if (spec.sessionAffinity === 'ClientIP') {
    spec.sessionAffinityConfig ??= {};
    spec.sessionAffinityConfig.clientIP ??= {};
    spec.sessionAffinityConfig.clientIP.timeoutSeconds ??= 10800;
  }
  for (const p of spec.ports ?? []) {
    p.protocol ??= 'TCP';
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
  if (spec.type === 'ExternalName') return;
  if ((spec.type === 'NodePort' || spec.type === 'LoadBalancer') && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  spec.internalTrafficPolicy ??= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
  const headless = spec.clusterIP === 'None' || spec.clusterIPs?.[0] === 'None';
  if (headless && !spec.selector) {
    // Selector-less headless services default to RequireDualStack; a single-stack cluster
    // still only has IPv4 to give.
    spec.ipFamilyPolicy ??= 'RequireDualStack';
  } else {
    spec.ipFamilyPolicy ??= 'SingleStack';
  }
  spec.ipFamilies ??= ['IPv4'];
}

function defaultProbe(p: Probe | undefined): void {
  if (!p) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  if (p.httpGet) {
    p.httpGet.path ??= '/';
    p.httpGet.scheme ??= 'HTTP';
  }
}

function defaultContainer(c: Container): void {
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  // SetDefaults_ObjectFieldSelector: a fieldRef without apiVersion means v1.
  for (const e of c.env ?? []) if (e.valueFrom?.fieldRef) e.valueFrom.fieldRef.apiVersion ??= 'v1';
  c.resources ??= {};
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  if (!c.imagePullPolicy) {
    const image = c.image ?? '';
    const tag = /:([^/:@]+)$/.exec(image)?.[1];
    c.imagePullPolicy = !tag || tag === 'latest' ? 'Always' : 'IfNotPresent';
  }
  defaultProbe(c.readinessProbe);
  defaultProbe(c.livenessProbe);
  defaultProbe(c.startupProbe);
}

export function defaultPodSpec(spec: PodSpec): void {
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  spec.enableServiceLinks ??= true;
}

/** Pod-only defaults that admission adds (service account, tolerations, priority). */
export function defaultPod(pod: Pod, apiAccessSuffix: string): void {
  const spec = (pod.spec ??= { containers: [] });
  defaultPodSpec(spec);
  spec.serviceAccountName ??= 'default';
  spec.serviceAccount ??= spec.serviceAccountName;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.priority ??= 0;
  spec.tolerations ??= [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  ];
  if (!spec.hostNetwork && spec.automountServiceAccountToken !== false && !(spec.volumes ?? []).some((v) => v.name?.startsWith('kube-api-access-'))) {
    const volName = `kube-api-access-${apiAccessSuffix}`;
    spec.volumes = [
      ...(spec.volumes ?? []),
      {
        name: volName,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
            { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
          ],
        },
      },
    ];
    for (const c of spec.containers ?? []) {
      c.volumeMounts = [...(c.volumeMounts ?? []), { name: volName, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }];
    }
  }
}

/**
 * A template's metadata is a struct, not a pointer: 1.30's server always serializes it, and
 * its zero creationTimestamp as `null` (`metadata: {creationTimestamp: null}` in -o yaml).
 */
function defaultTemplate(t: PodTemplateSpec | undefined): void {
  if (!t) return;
  t.metadata = { ...t.metadata };
  if (!('creationTimestamp' in t.metadata)) (t.metadata as Record<string, unknown>).creationTimestamp = null;
  if (t.spec) defaultPodSpec(t.spec);
}

/** Hand-written Endpoints: SetDefaults_EndpointPort fills the protocol. */
export function defaultEndpoints(ep: Endpoints): void {
  for (const s of ep.subsets ?? []) for (const p of s.ports ?? []) p.protocol ??= 'TCP';
}

export function defaultReplicationController(rc: ReplicationController): void {
  const spec = (rc.spec ??= {});
  const tl = spec.template?.metadata?.labels;
  if (!spec.selector || Object.keys(spec.selector).length === 0) {
    if (tl) spec.selector = { ...tl };
  }
  if (!rc.metadata?.labels || Object.keys(rc.metadata.labels).length === 0) {
    if (tl) (rc.metadata ??= {}).labels = { ...tl };
  }
  spec.replicas ??= 1;
  defaultTemplate(spec.template);
}

export function defaultReplicaSet(rs: ReplicaSet): void {
  const spec = rs.spec!;
  spec.replicas ??= 1;
  defaultTemplate(spec.template);
}

export function defaultDeployment(d: Deployment): void {
  const spec = d.spec!;
  spec.replicas ??= 1;
  spec.strategy ??= {};
  spec.strategy.type ??= 'RollingUpdate';
  if (spec.strategy.type === 'RollingUpdate') {
    spec.strategy.rollingUpdate ??= {};
    spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
    spec.strategy.rollingUpdate.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultTemplate(spec.template);
}

export function defaultIngress(ing: Ingress, defaultClass: string | undefined): void {
  const spec = (ing.spec ??= {});
  // The DefaultIngressClass admission plugin fills the class when exactly one is default.
  if (!spec.ingressClassName && defaultClass && !ing.metadata?.annotations?.['kubernetes.io/ingress.class']) spec.ingressClassName = defaultClass;
}
