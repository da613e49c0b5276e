// Per-kind validation (pkg/apis/core/validation, apps, networking) — the checks a learner
// can trip over in this tutorial, with the server's exact field paths and messages.
import type { Container, Endpoints, Pod, PodSpec, PodTemplateSpec, Probe, ReplicationController, Secret, Service } from 'kubernetes-types/core/v1.js';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Ingress, IngressBackend } from 'kubernetes-types/networking/v1.js';
import type { FieldError } from './errors.js';
import { matches, selectorFromLabelSelector } from './selector.js';
import {
  PORT_RANGE_MSG,
  dns1035Label,
  dns1123Label,
  dns1123Subdomain,
  ingressHost,
  goQuote as q,
  goStringMap,
  isIPv4,
  labelErrors,
  portName,
  portNumOrName,
  unsupported,
  validPortNum,
} from './validation.js';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

export function validateService(svc: Service): FieldError[] {
  const errs: FieldError[] = [];
  const spec = svc.spec ?? {};
  const type = spec.type ?? 'ClusterIP';
  if (!['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'].includes(type)) {
    errs.push(unsupported('spec.type', type, ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']));
  }
  const headless = spec.clusterIP === 'None';
  const ports = spec.ports ?? [];
  if (type !== 'ExternalName' && ports.length === 0 && !headless) errs.push({ path: 'spec.ports', type: 'Required value' });
  if (type === 'ExternalName') {
    if (!spec.externalName) errs.push({ path: 'spec.externalName', type: 'Required value' });
    else for (const d of dns1123Subdomain(spec.externalName.replace(/\.$/, ''))) errs.push({ path: 'spec.externalName', type: 'Invalid value', value: q(spec.externalName), detail: d });
  }
  const names = new Set<string>();
  const requireName = ports.length > 1;
  ports.forEach((p, i) => {
    const path = `spec.ports[${i}]`;
    if (requireName && !p.name) errs.push({ path: `${path}.name`, type: 'Required value' });
    else if (p.name) {
      for (const d of dns1123Label(p.name)) errs.push({ path: `${path}.name`, type: 'Invalid value', value: q(p.name), detail: d });
      if (names.has(p.name)) errs.push({ path: `${path}.name`, type: 'Duplicate value', value: q(p.name) });
      else names.add(p.name);
    }
    if (!validPortNum(p.port)) errs.push({ path: `${path}.port`, type: 'Invalid value', value: String(p.port ?? 0), detail: PORT_RANGE_MSG });
    if (p.protocol && !PROTOCOLS.includes(p.protocol)) errs.push(unsupported(`${path}.protocol`, p.protocol, PROTOCOLS));
    errs.push(...portNumOrName(p.targetPort, `${path}.targetPort`));
    if (type === 'ClusterIP' && p.nodePort) {
      errs.push({ path: `${path}.nodePort`, type: 'Forbidden', detail: "may not be used when `type` is 'ClusterIP'" });
    }
  });
  if (spec.sessionAffinity && !['ClientIP', 'None'].includes(spec.sessionAffinity)) errs.push(unsupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None']));
  if ((spec.sessionAffinity ?? 'None') === 'None' && spec.sessionAffinityConfig) {
    errs.push({ path: 'spec.sessionAffinityConfig', type: 'Forbidden', detail: 'must not be set when session affinity is None' });
  }
  const t = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
  if (t !== undefined && (t <= 0 || t > 86400)) {
    errs.push({ path: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds', type: 'Invalid value', value: String(t), detail: 'must be greater than 0 and less than 86400' });
  }
  if (spec.clusterIP && spec.clusterIP !== 'None' && !isIPv4(spec.clusterIP)) {
    errs.push({ path: 'spec.clusterIPs[0]', type: 'Invalid value', value: q(spec.clusterIP), detail: 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)' });
  }
  if (headless && (type === 'NodePort' || type === 'LoadBalancer')) {
    errs.push({ path: 'spec.clusterIPs[0]', type: 'Invalid value', value: '"None"', detail: `may not be set to 'None' for ${type} services` });
  }
  const etp = spec.externalTrafficPolicy;
  if (etp) {
    if (type !== 'NodePort' && type !== 'LoadBalancer') errs.push({ path: 'spec.externalTrafficPolicy', type: 'Invalid value', value: q(etp), detail: 'may only be set for externally-accessible services' });
    else if (!['Cluster', 'Local'].includes(etp)) errs.push(unsupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  }
  const itp = spec.internalTrafficPolicy;
  if (itp && !['Cluster', 'Local'].includes(itp)) errs.push(unsupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  for (const [i, ip] of (spec.externalIPs ?? []).entries()) {
    if (!isIPv4(ip)) errs.push({ path: `spec.externalIPs[${i}]`, type: 'Invalid value', value: q(ip), detail: 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)' });
  }
  errs.push(...labelErrors(spec.selector, 'spec.selector'));
  // validation.go ValidateService: "Check for duplicate Ports, considering (protocol,port)
  // pairs" — the key is a core.ServicePort with only those two set, printed with %#v.
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const protocol = p.protocol ?? 'TCP';
    // An unset port is Go's zero value.
    const port = p.port ?? 0;
    const key = `${protocol}/${port}`;
    if (seen.has(key)) {
      errs.push({ path: `spec.ports[${i}]`, type: 'Duplicate value', value: `core.ServicePort{Name:"", Protocol:${q(protocol)}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}` });
    }
    seen.add(key);
  });
  return errs;
}

function validateProbe(p: Probe | undefined, path: string): FieldError[] {
  if (!p) return [];
  const errs: FieldError[] = [];
  const handlers = [p.exec, p.httpGet, p.tcpSocket, p.grpc].filter(Boolean).length;
  if (handlers === 0) errs.push({ path, type: 'Required value', detail: 'must specify a handler type' });
  if (handlers > 1) errs.push({ path, type: 'Forbidden', detail: 'may not specify more than 1 handler type' });
  if (p.httpGet) errs.push(...portNumOrName(p.httpGet.port, `${path}.httpGet.port`));
  if (p.tcpSocket) errs.push(...portNumOrName(p.tcpSocket.port, `${path}.tcpSocket.port`));
  return errs;
}

function validateContainers(list: Container[] | undefined, path: string, names: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  (list ?? []).forEach((c, i) => {
    const cp = `${path}[${i}]`;
    if (!c.name) errs.push({ path: `${cp}.name`, type: 'Required value' });
    else {
      for (const d of dns1123Label(c.name)) errs.push({ path: `${cp}.name`, type: 'Invalid value', value: q(c.name), detail: d });
      if (names.has(c.name)) errs.push({ path: `${cp}.name`, type: 'Duplicate value', value: q(c.name) });
      names.add(c.name);
    }
    if (!c.image) errs.push({ path: `${cp}.image`, type: 'Required value' });
    const portNames = new Set<string>();
    (c.ports ?? []).forEach((p, j) => {
      const pp = `${cp}.ports[${j}]`;
      if (p.name) {
        for (const d of portName(p.name)) errs.push({ path: `${pp}.name`, type: 'Invalid value', value: q(p.name), detail: d });
        if (portNames.has(p.name)) errs.push({ path: `${pp}.name`, type: 'Duplicate value', value: q(p.name) });
        portNames.add(p.name);
      }
      if (p.containerPort === undefined || p.containerPort === 0) errs.push({ path: `${pp}.containerPort`, type: 'Required value' });
      else if (!validPortNum(p.containerPort)) errs.push({ path: `${pp}.containerPort`, type: 'Invalid value', value: String(p.containerPort), detail: PORT_RANGE_MSG });
      if (p.protocol && !PROTOCOLS.includes(p.protocol)) errs.push(unsupported(`${pp}.protocol`, p.protocol, PROTOCOLS));
    });
    errs.push(...validateProbe(c.readinessProbe, `${cp}.readinessProbe`));
    errs.push(...validateProbe(c.livenessProbe, `${cp}.livenessProbe`));
    if (c.imagePullPolicy && !['Always', 'IfNotPresent', 'Never'].includes(c.imagePullPolicy)) {
      errs.push(unsupported(`${cp}.imagePullPolicy`, c.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']));
    }
  });
  return errs;
}

export function validatePodSpec(spec: PodSpec | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!spec?.containers || spec.containers.length === 0) errs.push({ path: `${path}.containers`, type: 'Required value' });
  const names = new Set<string>();
  errs.push(...validateContainers(spec?.initContainers, `${path}.initContainers`, names));
  errs.push(...validateContainers(spec?.containers, `${path}.containers`, names));
  if (spec?.restartPolicy && !['Always', 'Never', 'OnFailure'].includes(spec.restartPolicy)) {
    errs.push(unsupported(`${path}.restartPolicy`, spec.restartPolicy, ['Always', 'Never', 'OnFailure']));
  }
  if (spec?.dnsPolicy && !['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'].includes(spec.dnsPolicy)) {
    errs.push(unsupported(`${path}.dnsPolicy`, spec.dnsPolicy, ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']));
  }
  return errs;
}

export function validatePod(pod: Pod): FieldError[] {
  return [...labelErrors(pod.metadata?.labels, 'metadata.labels'), ...validatePodSpec(pod.spec, 'spec')];
}

function validateTemplate(t: PodTemplateSpec | undefined, selectorOk: (labels: Record<string, string> | undefined) => boolean): FieldError[] {
  if (!t) return [{ path: 'spec.template', type: 'Required value' }];
  const errs: FieldError[] = [];
  const labels = t.metadata?.labels;
  if (!selectorOk(labels)) {
    errs.push({ path: 'spec.template.metadata.labels', type: 'Invalid value', value: goStringMap(labels), detail: '`selector` does not match template `labels`' });
  }
  errs.push(...labelErrors(labels, 'spec.template.labels'));
  errs.push(...validatePodSpec(t.spec, 'spec.template.spec'));
  if (t.spec?.restartPolicy && t.spec.restartPolicy !== 'Always') {
    errs.push(unsupported('spec.template.spec.restartPolicy', t.spec.restartPolicy, ['Always']));
  }
  return errs;
}

function replicasErrors(n: number | undefined): FieldError[] {
  return n !== undefined && n < 0 ? [{ path: 'spec.replicas', type: 'Invalid value', value: String(n), detail: 'must be greater than or equal to 0' }] : [];
}

export function validateReplicationController(rc: ReplicationController): FieldError[] {
  const spec = rc.spec ?? {};
  const sel = spec.selector ?? {};
  const errs: FieldError[] = [...replicasErrors(spec.replicas)];
  if (Object.keys(sel).length === 0) errs.push({ path: 'spec.selector', type: 'Required value' });
  errs.push(...labelErrors(sel, 'spec.selector'));
  errs.push(
    ...validateTemplate(spec.template, (labels) => Object.keys(sel).length === 0 || Object.entries(sel).every(([k, v]) => labels?.[k] === v)),
  );
  return errs;
}

export function validateReplicaSetLike(obj: ReplicaSet | Deployment): FieldError[] {
  const spec = obj.spec;
  const errs: FieldError[] = [...replicasErrors(spec?.replicas)];
  if (!spec?.selector) errs.push({ path: 'spec.selector', type: 'Required value' });
  else if (!spec.selector.matchLabels && !spec.selector.matchExpressions) {
    errs.push({ path: 'spec.selector', type: 'Invalid value', value: 'v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}', detail: 'empty selector is invalid for deployment' });
  }
  const sel = selectorFromLabelSelector(spec?.selector);
  errs.push(...validateTemplate(spec?.template, (labels) => !spec?.selector || matches(sel, labels)));
  return errs;
}

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];

function validateBackend(b: IngressBackend | undefined, path: string): FieldError[] {
  if (!b) return [{ path, type: 'Required value' }];
  const errs: FieldError[] = [];
  if (b.service && b.resource) errs.push({ path, type: 'Invalid value', value: '""', detail: 'cannot set both service and resource backends' });
  if (!b.service && !b.resource) errs.push({ path, type: 'Invalid value', value: '""', detail: 'one backend must be specified' });
  if (b.service) {
    const sp = `${path}.service`;
    if (!b.service.name) errs.push({ path: `${sp}.name`, type: 'Required value' });
    else for (const d of dns1035Label(b.service.name)) errs.push({ path: `${sp}.name`, type: 'Invalid value', value: q(b.service.name), detail: d });
    const pn = b.service.port?.name;
    const num = b.service.port?.number;
    if (pn && num) errs.push({ path: `${sp}.port`, type: 'Invalid value', value: '""', detail: 'cannot set both port name & port number' });
    else if (pn) for (const d of portName(pn)) errs.push({ path: `${sp}.port.name`, type: 'Invalid value', value: q(pn), detail: d });
    else if (num) {
      if (!validPortNum(num)) errs.push({ path: `${sp}.port.number`, type: 'Invalid value', value: String(num), detail: PORT_RANGE_MSG });
    } else errs.push({ path: `${sp}.port`, type: 'Required value', detail: 'port name or number is required' });
  }
  return errs;
}

export function validateIngress(ing: Ingress): FieldError[] {
  const errs: FieldError[] = [];
  const spec = ing.spec ?? {};
  if (!spec.defaultBackend && (!spec.rules || spec.rules.length === 0)) {
    errs.push({ path: 'spec', type: 'Invalid value', value: q('[]'), detail: 'either `defaultBackend` or `rules` must be specified' });
  }
  if (spec.defaultBackend) errs.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
  if (spec.ingressClassName) for (const d of dns1123Subdomain(spec.ingressClassName)) errs.push({ path: 'spec.ingressClassName', type: 'Invalid value', value: q(spec.ingressClassName), detail: d });
  (spec.rules ?? []).forEach((r, i) => {
    const rp = `spec.rules[${i}]`;
    if (r.host) {
      // pkg/apis/networking/validation validateIngressRules: the IP check and the name check
      // both run; a host with `*` is checked as a wildcard subdomain.
      if (isIPv4(r.host)) errs.push({ path: `${rp}.host`, type: 'Invalid value', value: q(r.host), detail: 'must be a DNS name, not an IP address' });
      for (const d of ingressHost(r.host)) errs.push({ path: `${rp}.host`, type: 'Invalid value', value: q(r.host), detail: d });
    }
    if (!r.http) return;
    if (!r.http.paths || r.http.paths.length === 0) errs.push({ path: `${rp}.http.paths`, type: 'Required value' });
    (r.http.paths ?? []).forEach((p, j) => {
      const pp = `${rp}.http.paths[${j}]`;
      if (!p.pathType) errs.push({ path: `${pp}.pathType`, type: 'Required value', detail: 'pathType must be specified' });
      else if (!PATH_TYPES.includes(p.pathType)) errs.push(unsupported(`${pp}.pathType`, p.pathType, PATH_TYPES));
      else if (p.pathType !== 'ImplementationSpecific' || p.path) {
        if (!p.path?.startsWith('/')) errs.push({ path: `${pp}.path`, type: 'Invalid value', value: q(p.path ?? ''), detail: 'must be an absolute path' });
      }
      errs.push(...validateBackend(p.backend, `${pp}.backend`));
    });
  });
  (spec.tls ?? []).forEach((t, i) => {
    (t.hosts ?? []).forEach((h, j) => {
      for (const d of ingressHost(h)) errs.push({ path: `spec.tls[${i}].hosts[${j}]`, type: 'Invalid value', value: q(h), detail: d });
    });
  });
  return errs;
}

export function validateSecret(s: Secret): FieldError[] {
  const errs: FieldError[] = [];
  for (const k of Object.keys({ ...s.data, ...s.stringData })) {
    if (!/^[-._a-zA-Z0-9]+$/.test(k)) {
      errs.push({ path: `data[${k}]`, type: 'Invalid value', value: q(k), detail: "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')" });
    }
  }
  if (s.type === 'kubernetes.io/tls') {
    if (!(s.data ?? {})['tls.crt'] && !(s.stringData ?? {})['tls.crt']) errs.push({ path: 'data[tls.crt]', type: 'Required value' });
    if (!(s.data ?? {})['tls.key'] && !(s.stringData ?? {})['tls.key']) errs.push({ path: 'data[tls.key]', type: 'Required value' });
  }
  return errs;
}

export function validateEndpoints(ep: Endpoints): FieldError[] {
  const errs: FieldError[] = [];
  (ep.subsets ?? []).forEach((s, i) => {
    const addrs = [...(s.addresses ?? []).map((a, j) => [a, `subsets[${i}].addresses[${j}]`] as const), ...(s.notReadyAddresses ?? []).map((a, j) => [a, `subsets[${i}].notReadyAddresses[${j}]`] as const)];
    for (const [a, path] of addrs) {
      if (!a.ip) errs.push({ path: `${path}.ip`, type: 'Required value' });
      else if (!isIPv4(a.ip)) errs.push({ path: `${path}.ip`, type: 'Invalid value', value: q(a.ip), detail: 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)' });
    }
    const requireName = (s.ports ?? []).length > 1;
    (s.ports ?? []).forEach((p, j) => {
      const pp = `subsets[${i}].ports[${j}]`;
      if (requireName && !p.name) errs.push({ path: `${pp}.name`, type: 'Required value' });
      if (!validPortNum(p.port)) errs.push({ path: `${pp}.port`, type: 'Invalid value', value: String(p.port ?? 0), detail: PORT_RANGE_MSG });
      if (p.protocol && !PROTOCOLS.includes(p.protocol)) errs.push(unsupported(`${pp}.protocol`, p.protocol, PROTOCOLS));
    });
  });
  return errs;
}
