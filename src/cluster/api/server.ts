// The simulated kube-apiserver: REST-mapping, strict decoding, defaulting, validation and
// allocation in the order the real server applies them, in front of the store. Errors are
// thrown as ApiError values carrying the server's words; kubectl prints them.
import type { Endpoints, Namespace, Pod, Secret, Service } from 'kubernetes-types/core/v1.js';
import type { Ingress, IngressClass } from 'kubernetes-types/networking/v1.js';
import type { ApiServer, WriteOptions } from '../cluster.js';
import type { AnyObject, Kind, KindMap } from './kinds.js';
import { KINDS } from './kinds.js';
import { appliedFields, changedFields, createdFields, recordWrite } from './managed-fields.js';
import { ApiError, NoKindMatchError, invalidError, type FieldError } from './errors.js';
import { checkFields, normalizeNulls, schemaOf } from './schema.js';
import { servedKind } from './served.js';
import { parseSelector, SelectorError, selectorFromMap, matches } from './selector.js';
import { defaultDeployment, defaultEndpoints, defaultIngress, defaultPod, defaultPodSpec, defaultReplicaSet, defaultReplicationController, defaultService } from './defaults.js';
import { dns1035Label, dns1123Label, dns1123Subdomain, goQuote, labelErrors, nameErrors } from './validation.js';
import {
  validateEndpoints,
  validateIngress,
  validatePod,
  validateReplicaSetLike,
  validateReplicationController,
  validateSecret,
  validateService,
} from './validate-kinds.js';
import type { Store } from '../store/store.js';
import { notFound } from '../store/store.js';
import type { Clock } from '../runtime/clock.js';
import type { Rng } from '../runtime/rng.js';
import { ClusterIpAllocator, NODE_PORT_MAX, NODE_PORT_MIN, NodePortAllocator, SERVICE_CIDR, inServiceCidr, randomSuffix, uuid } from '../runtime/allocators.js';
import type { PodIndex } from '../store/pod-index.js';

export interface ServerDeps {
  store: Store;
  clock: Clock;
  uidRng: Rng;
  nameRng: Rng;
  clusterIps: ClusterIpAllocator;
  nodePorts: NodePortAllocator;
  pods: PodIndex;
}

/** Kinds whose status is owned by a controller: user writes to status are ignored. */
const STATUS_KINDS = new Set<Kind>(['Pod', 'Service', 'ReplicationController', 'ReplicaSet', 'Deployment', 'Ingress', 'Namespace', 'Node']);
/** Namespaces the NamespaceLifecycle admission plugin never lets go. */
const IMMORTAL_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);
/** Kinds whose metadata.generation counts spec changes. */
const GENERATION_KINDS = new Set<Kind>(['ReplicationController', 'ReplicaSet', 'Deployment', 'Ingress', 'IngressClass']);

type Obj = Record<string, any>;

export class ApiServerImpl implements ApiServer {
  constructor(private d: ServerDeps) {}

  // ---- decoding -------------------------------------------------------------------------

  /** REST mapping + strict decoding. Returns the kind and a mutable deep copy. */
  decode(input: unknown): { kind: Kind; obj: Obj } {
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
      throw new ApiError('BadRequest', "Object 'Kind' is missing in 'null'");
    }
    const raw = input as Obj;
    if (typeof raw.kind !== 'string' || raw.kind === '') throw new ApiError('BadRequest', `Object 'Kind' is missing in '${JSON.stringify(raw)}'`);
    if (typeof raw.apiVersion !== 'string' || raw.apiVersion === '') throw new ApiError('BadRequest', `Object 'apiVersion' is missing in '${JSON.stringify(raw)}'`);
    const kind = servedKind(raw.apiVersion, raw.kind);
    if (!kind) throw new NoKindMatchError(raw.kind, raw.apiVersion);
    const version = raw.apiVersion.includes('/') ? raw.apiVersion.slice(raw.apiVersion.indexOf('/') + 1) : raw.apiVersion;
    const head = `${kind} in version "${version}" cannot be handled as a ${kind}`;
    const problems = checkFields(schemaOf(kind), raw);
    if (problems.typeError) throw new ApiError('BadRequest', `${head}: ${problems.typeError}`, kind, raw.metadata?.name);
    if (problems.unknown.length > 0) {
      throw new ApiError('BadRequest', `${head}: strict decoding error: ${problems.unknown.map((u) => `unknown field ${goQuote(u)}`).join(', ')}`, kind, raw.metadata?.name);
    }
    return { kind, obj: normalizeNulls(schemaOf(kind), structuredClone(raw)) as Obj };
  }

  // ---- create ---------------------------------------------------------------------------

  create(input: unknown, opts: WriteOptions = {}): AnyObject {
    const { kind, obj } = this.decode(input);
    return this.createDecoded(kind, obj, opts);
  }

  createDecoded(kind: Kind, obj: Obj, opts: WriteOptions = {}): AnyObject {
    const info = KINDS[kind];
    const meta = (obj.metadata ??= {});
    if (info.namespaced) {
      meta.namespace ??= 'default';
      const ns = this.d.store.get('Namespace', undefined, meta.namespace);
      if (!ns) throw notFound('Namespace', meta.namespace);
      if (ns.status?.phase === 'Terminating' || ns.metadata?.deletionTimestamp) {
        throw new ApiError('Forbidden', `${info.resource}${groupSuffix(kind)} "${meta.name ?? meta.generateName ?? ''}" is forbidden: unable to create new content in namespace ${meta.namespace} because it is being terminated`, kind, meta.name);
      }
    } else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = this.generateName(kind, meta.namespace, meta.generateName);
    for (const f of ['uid', 'resourceVersion', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'selfLink', 'managedFields']) delete meta[f];
    if (STATUS_KINDS.has(kind)) delete obj.status;

    const sent = structuredClone(obj);
    this.applyDefaults(kind, obj, 'create');
    const errs = this.validate(kind, obj);
    if (errs.length) throw invalidError(kind, meta.name ?? '', errs);
    // The field manager runs before the registry allocates (clusterIP, families, nodePorts).
    const fields = !opts.fieldManager ? undefined : opts.operation === 'Apply' && isObj(opts.applied) ? appliedFields(kind, opts.applied) : createdFields(kind, beforeAdmission(kind, obj, sent));
    // namespace strategy PrepareForCreate (after the field manager, so no manager owns it):
    // the `kubernetes` finalizer is always there at first.
    if (kind === 'Namespace') {
      const finalizers: string[] = (obj.spec ??= {}).finalizers ?? [];
      if (!finalizers.includes('kubernetes')) obj.spec.finalizers = [...finalizers, 'kubernetes'];
    }

    const release: (() => void)[] = [];
    if (kind === 'Service') {
      const allocErrs = this.allocateService(obj as Service, undefined, release);
      if (allocErrs.length) {
        for (const r of release) r();
        throw invalidError(kind, meta.name, allocErrs);
      }
    }
    this.initialStatus(kind, obj);
    meta.uid = uuid(this.d.uidRng);
    meta.creationTimestamp = this.d.clock.iso();
    if (GENERATION_KINDS.has(kind)) meta.generation = 1;
    if (opts.fieldManager) meta.managedFields = recordWrite(undefined, { manager: opts.fieldManager, operation: opts.operation ?? 'Update', apiVersion: KINDS[kind].apiVersion, time: meta.creationTimestamp, fields });
    if (opts.dryRun) {
      for (const r of release) r();
      return finalize(obj) as AnyObject;
    }
    try {
      return this.d.store.create(kind, finalize(obj) as KindMap[typeof kind]) as AnyObject;
    } catch (e) {
      for (const r of release) r();
      throw e;
    }
  }

  private generateName(kind: Kind, ns: string | undefined, base: string): string {
    const b = base.length > 58 ? base.slice(0, 58) : base;
    for (;;) {
      const name = b + randomSuffix(this.d.nameRng);
      if (!this.d.store.get(kind, ns, name)) return name;
    }
  }

  private applyDefaults(kind: Kind, obj: Obj, op: 'create' | 'update'): void {
    switch (kind) {
      case 'Service':
        defaultService(obj as Service);
        break;
      case 'Pod':
        defaultPod(obj as Pod, randomSuffix(this.d.nameRng));
        break;
      case 'ReplicationController':
        defaultReplicationController(obj as any);
        break;
      case 'Endpoints':
        defaultEndpoints(obj as Endpoints);
        break;
      case 'ReplicaSet':
        if (obj.spec) defaultReplicaSet(obj as any);
        break;
      case 'Deployment':
        if (obj.spec) defaultDeployment(obj as any);
        break;
      case 'Ingress':
        // DefaultIngressClass is an admission plugin that acts on create only: an update
        // (apply dropping the field) leaves the class unset.
        if (op === 'create') defaultIngress(obj as Ingress, this.defaultIngressClass());
        break;
      case 'Secret': {
        const s = obj as Secret;
        s.type ??= 'Opaque';
        if (s.stringData) {
          s.data = { ...(s.data ?? {}) };
          for (const [k, v] of Object.entries(s.stringData)) s.data[k] = Buffer.from(v, 'utf8').toString('base64');
          delete s.stringData;
        }
        break;
      }
      case 'Namespace': {
        const ns = obj as Namespace;
        ns.metadata!.labels = { ...(ns.metadata!.labels ?? {}), 'kubernetes.io/metadata.name': ns.metadata!.name! };
        ns.spec ??= {};
        break;
      }
    }
  }

  private defaultIngressClass(): string | undefined {
    const defaults = this.d.store.list('IngressClass').filter((c: Readonly<IngressClass>) => c.metadata?.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true');
    return defaults.length === 1 ? defaults[0].metadata!.name : undefined;
  }

  private validate(kind: Kind, obj: Obj): FieldError[] {
    const meta = obj.metadata ?? {};
    const nameCheck = kind === 'Service' ? dns1035Label : kind === 'Namespace' ? dns1123Label : dns1123Subdomain;
    const errs: FieldError[] = [...nameErrors(meta.name, meta.generateName, nameCheck)];
    if (KINDS[kind].namespaced && meta.namespace) {
      for (const d of dns1123Label(meta.namespace)) errs.push({ path: 'metadata.namespace', type: 'Invalid value', value: goQuote(meta.namespace), detail: d });
    }
    errs.push(...labelErrors(meta.labels, 'metadata.labels'));
    switch (kind) {
      case 'Service':
        errs.push(...validateService(obj as Service));
        break;
      case 'Pod':
        errs.push(...validatePod(obj as Pod).filter((e) => e.path !== 'metadata.labels'));
        break;
      case 'ReplicationController':
        errs.push(...validateReplicationController(obj as any));
        break;
      case 'ReplicaSet':
      case 'Deployment':
        errs.push(...validateReplicaSetLike(obj as any));
        break;
      case 'Ingress':
        errs.push(...validateIngress(obj as Ingress));
        break;
      case 'Secret':
        errs.push(...validateSecret(obj as Secret));
        break;
      case 'Endpoints':
        errs.push(...validateEndpoints(obj as any));
        break;
    }
    return errs;
  }

  private initialStatus(kind: Kind, obj: Obj): void {
    switch (kind) {
      case 'Pod':
        obj.status = { phase: 'Pending', qosClass: 'BestEffort' };
        break;
      case 'Service':
        obj.status = { loadBalancer: {} };
        break;
      case 'ReplicationController':
      case 'ReplicaSet':
        obj.status = { replicas: 0 };
        break;
      case 'Deployment':
        obj.status = {};
        break;
      case 'Ingress':
        obj.status = { loadBalancer: {} };
        break;
      case 'Namespace':
        obj.status = { phase: 'Active' };
        break;
    }
  }

  /** ClusterIP and NodePort allocation; `old` is the stored service on update. */
  private allocateService(svc: Service, old: Readonly<Service> | undefined, release: (() => void)[]): FieldError[] {
    const errs: FieldError[] = [];
    const spec = svc.spec!;
    const type = spec.type;
    const { clusterIps, nodePorts } = this.d;
    // ClusterIP
    if (type === 'ExternalName') {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    } else if (spec.clusterIP === 'None') {
      spec.clusterIPs = ['None'];
    } else {
      const oldIp = old?.spec?.clusterIP && old.spec.clusterIP !== 'None' ? old.spec.clusterIP : undefined;
      const wanted = spec.clusterIP || spec.clusterIPs?.[0];
      if (wanted && wanted !== oldIp) {
        if (!inServiceCidr(wanted)) {
          errs.push({ path: 'spec.clusterIPs', type: 'Invalid value', value: `[]string{${goQuote(wanted)}}`, detail: `failed to allocate IP ${wanted}: the provided IP (${wanted}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}` });
        } else if (clusterIps.has(wanted)) {
          errs.push({ path: 'spec.clusterIPs', type: 'Invalid value', value: `[]string{${goQuote(wanted)}}`, detail: `failed to allocate IP ${wanted}: provided IP is already allocated` });
        } else {
          clusterIps.take(wanted);
          release.push(() => clusterIps.release(wanted));
        }
        spec.clusterIP = wanted;
      } else if (wanted) {
        spec.clusterIP = wanted;
      } else {
        const ip = clusterIps.allocate();
        release.push(() => clusterIps.release(ip));
        spec.clusterIP = ip;
      }
      spec.clusterIPs = [spec.clusterIP!];
    }
    // NodePorts
    const wantsNodePorts = type === 'NodePort' || (type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);
    const oldPorts = new Set<number>((old?.spec?.ports ?? []).map((p) => p.nodePort).filter((n): n is number => !!n));
    if (old?.spec?.healthCheckNodePort) oldPorts.add(old.spec.healthCheckNodePort);
    const taken = new Set<number>();
    (spec.ports ?? []).forEach((p, i) => {
      if (!wantsNodePorts) {
        if (type !== 'ClusterIP') delete p.nodePort;
        return;
      }
      if (p.nodePort) {
        if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX) {
          errs.push({ path: `spec.ports[${i}].nodePort`, type: 'Invalid value', value: String(p.nodePort), detail: `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}` });
        } else if (oldPorts.has(p.nodePort) && !taken.has(p.nodePort)) {
          taken.add(p.nodePort);
        } else if (nodePorts.has(p.nodePort) || taken.has(p.nodePort)) {
          errs.push({ path: `spec.ports[${i}].nodePort`, type: 'Invalid value', value: String(p.nodePort), detail: 'provided port is already allocated' });
        } else {
          const n = p.nodePort;
          nodePorts.take(n);
          taken.add(n);
          release.push(() => nodePorts.release(n));
        }
      } else {
        const n = nodePorts.allocate();
        p.nodePort = n;
        taken.add(n);
        release.push(() => nodePorts.release(n));
      }
    });
    if (type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local') {
      if (spec.healthCheckNodePort) {
        const n = spec.healthCheckNodePort;
        if (!oldPorts.has(n)) {
          if (nodePorts.has(n)) errs.push({ path: 'spec.healthCheckNodePort', type: 'Invalid value', value: String(n), detail: 'provided port is already allocated' });
          else {
            nodePorts.take(n);
            release.push(() => nodePorts.release(n));
          }
        }
        taken.add(n);
      } else {
        const n = nodePorts.allocate();
        spec.healthCheckNodePort = n;
        taken.add(n);
        release.push(() => nodePorts.release(n));
      }
    } else delete spec.healthCheckNodePort;
    return errs;
  }

  /** Frees the ports and IP an old service version held that the new one no longer uses. */
  private releaseServiceDiff(old: Readonly<Service>, next: Readonly<Service> | undefined): void {
    const keepPorts = new Set<number>((next?.spec?.ports ?? []).map((p) => p.nodePort).filter((n): n is number => !!n));
    if (next?.spec?.healthCheckNodePort) keepPorts.add(next.spec.healthCheckNodePort);
    for (const p of old.spec?.ports ?? []) if (p.nodePort && !keepPorts.has(p.nodePort)) this.d.nodePorts.release(p.nodePort);
    if (old.spec?.healthCheckNodePort && !keepPorts.has(old.spec.healthCheckNodePort)) this.d.nodePorts.release(old.spec.healthCheckNodePort);
    const oldIp = old.spec?.clusterIP;
    if (oldIp && oldIp !== 'None' && oldIp !== next?.spec?.clusterIP) this.d.clusterIps.release(oldIp);
  }

  // ---- update ---------------------------------------------------------------------------

  update(input: unknown, opts: WriteOptions = {}): AnyObject {
    const { kind, obj } = this.decode(input);
    return this.updateDecoded(kind, obj, opts);
  }

  updateDecoded(kind: Kind, obj: Obj, opts: WriteOptions = {}): AnyObject {
    const info = KINDS[kind];
    const meta = (obj.metadata ??= {});
    if (info.namespaced) meta.namespace ??= 'default';
    else delete meta.namespace;
    if (!meta.name) throw new ApiError('BadRequest', 'name is required', kind);
    const old = this.d.store.get(kind, meta.namespace, meta.name) as Obj | undefined;
    if (!old) throw notFound(kind, meta.name);
    if (meta.resourceVersion && meta.resourceVersion !== old.metadata.resourceVersion) {
      throw new ApiError('Conflict', `Operation cannot be fulfilled on ${info.resource}${groupSuffix(kind)} "${meta.name}": the object has been modified; please apply your changes to the latest version and try again`, kind, meta.name);
    }
    // Server-owned metadata survives; status belongs to controllers.
    meta.uid = old.metadata.uid;
    meta.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.deletionTimestamp) {
      meta.deletionTimestamp = old.metadata.deletionTimestamp;
      meta.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
    } else {
      delete meta.deletionTimestamp;
      delete meta.deletionGracePeriodSeconds;
    }
    delete meta.resourceVersion;
    delete meta.managedFields;
    if (STATUS_KINDS.has(kind)) obj.status = structuredClone(old.status);
    if (kind === 'Service') {
      // patchAllocatedValues: clients may omit what the server allocated.
      const s = obj.spec ?? {};
      const o = old.spec ?? {};
      if (s.type !== 'ExternalName' && o.clusterIP && !s.clusterIP && !s.clusterIPs) {
        s.clusterIP = o.clusterIP;
        s.clusterIPs = o.clusterIPs;
      }
      // NormalizeClusterIPs (registry/core/service): a change to one of clusterIP and
      // clusterIPs is copied into the other before validation, so the error quotes the new value.
      if (s.type !== 'ExternalName') {
        const sameList = JSON.stringify(s.clusterIPs) === JSON.stringify(o.clusterIPs);
        if (s.clusterIP !== o.clusterIP && sameList) s.clusterIPs = s.clusterIP ? [s.clusterIP] : undefined;
        else if (s.clusterIP === o.clusterIP && !sameList && s.clusterIPs?.length) s.clusterIP = s.clusterIPs[0];
      }
      if ((s.type ?? 'ClusterIP') === (o.type ?? 'ClusterIP') || s.type === 'LoadBalancer' || s.type === 'NodePort') {
        for (const p of s.ports ?? []) {
          if (p.nodePort) continue;
          const match = (o.ports ?? []).find((op: any) => op.port === p.port && (op.protocol ?? 'TCP') === (p.protocol ?? 'TCP'));
          if (match?.nodePort && (s.type === 'NodePort' || s.type === 'LoadBalancer')) p.nodePort = match.nodePort;
        }
        if (!s.healthCheckNodePort && o.healthCheckNodePort && s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local') s.healthCheckNodePort = o.healthCheckNodePort;
      }
    }
    if (kind === 'Namespace') obj.spec = structuredClone(old.spec);
    if (kind === 'Service') dropTypeDependentFields(obj, old);
    this.applyDefaults(kind, obj, 'update');
    const errs = [...this.validate(kind, obj), ...this.immutable(kind, obj, old)];
    if (errs.length) throw invalidError(kind, meta.name, errs);
    const release: (() => void)[] = [];
    if (kind === 'Service') {
      const allocErrs = this.allocateService(obj as Service, old as Service, release);
      if (allocErrs.length) {
        for (const r of release) r();
        throw invalidError(kind, meta.name, allocErrs);
      }
    }
    if (GENERATION_KINDS.has(kind)) {
      meta.generation = (old.metadata.generation ?? 1) + (JSON.stringify(obj.spec) !== JSON.stringify(old.spec) ? 1 : 0);
    }
    meta.managedFields = opts.fieldManager
      ? recordWrite(old.metadata.managedFields, { manager: opts.fieldManager, operation: opts.operation ?? 'Update', apiVersion: KINDS[kind].apiVersion, time: this.d.clock.iso(), fields: opts.operation === 'Apply' && isObj(opts.applied) ? appliedFields(kind, opts.applied) : changedFields(kind, obj, old) })
      : old.metadata.managedFields;
    if (!meta.managedFields) delete meta.managedFields;
    if (opts.dryRun) {
      for (const r of release) r();
      return finalize(obj) as AnyObject;
    }
    if (kind === 'Service') this.releaseServiceDiff(old as Service, obj as Service);
    return this.d.store.update(kind, finalize(obj) as any) as AnyObject;
  }

  private immutable(kind: Kind, obj: Obj, old: Obj): FieldError[] {
    const errs: FieldError[] = [];
    if (kind === 'Service') {
      const o = old.spec ?? {};
      const s = obj.spec ?? {};
      if (o.clusterIP && s.clusterIP && o.clusterIP !== s.clusterIP && o.type !== 'ExternalName' && s.type !== 'ExternalName') {
        errs.push({ path: 'spec.clusterIPs[0]', type: 'Invalid value', value: `[]string{${(s.clusterIPs ?? [s.clusterIP]).map(goQuote).join(', ')}}`, detail: 'may not change once set' });
      }
    }
    if (kind === 'Pod') {
      const strip = (spec: Obj) => {
        const c = structuredClone(spec ?? {});
        for (const k of ['containers', 'initContainers']) for (const ct of c[k] ?? []) delete ct.image;
        delete c.activeDeadlineSeconds;
        delete c.tolerations;
        delete c.terminationGracePeriodSeconds;
        return JSON.stringify(c);
      };
      if (strip(obj.spec) !== strip(old.spec)) {
        errs.push({
          path: 'spec',
          type: 'Forbidden',
          detail:
            'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
        });
      }
    }
    if ((kind === 'ReplicaSet' || kind === 'Deployment') && JSON.stringify(obj.spec?.selector) !== JSON.stringify(old.spec?.selector)) {
      errs.push({ path: 'spec.selector', type: 'Invalid value', value: goLabelSelector(obj.spec?.selector), detail: 'field is immutable' });
    }
    if (kind === 'Secret' && (obj.type ?? 'Opaque') !== (old.type ?? 'Opaque')) {
      errs.push({ path: 'type', type: 'Invalid value', value: goQuote(obj.type), detail: 'field is immutable' });
    }
    return errs;
  }

  // ---- delete ---------------------------------------------------------------------------

  delete(kind: Kind, namespace: string | undefined, name: string, opts: WriteOptions & { gracePeriodSeconds?: number; propagationPolicy?: 'Background' | 'Foreground' | 'Orphan' } = {}): AnyObject {
    // The NamespaceLifecycle admission plugin runs before the registry looks the object up.
    if (kind === 'Namespace' && IMMORTAL_NAMESPACES.has(name)) {
      throw new ApiError('Forbidden', `namespaces "${name}" is forbidden: this namespace may not be deleted`, kind, name);
    }
    const ns = KINDS[kind].namespaced ? namespace ?? 'default' : undefined;
    const old = this.d.store.get(kind, ns, name) as Obj | undefined;
    if (!old) throw notFound(kind, name);
    if (opts.dryRun) return old as AnyObject;
    if (opts.propagationPolicy === 'Orphan') this.orphanDependents(old);
    if (kind === 'Pod') return this.deletePod(old as Pod, opts.gracePeriodSeconds);
    if (kind === 'Namespace') return this.deleteNamespace(old);
    if (kind === 'Service') this.releaseServiceDiff(old as Service, undefined);
    return this.d.store.delete(kind, ns, name) as AnyObject;
  }

  /**
   * The namespace registry's Delete: the first request marks the namespace Terminating (the
   * namespace controller then empties it and removes it); one without the `kubernetes`
   * finalizer goes at once.
   */
  private deleteNamespace(old: Obj): AnyObject {
    const name = old.metadata.name;
    if (!old.metadata.deletionTimestamp) {
      const next = structuredClone(old);
      next.metadata.deletionTimestamp = this.d.clock.iso();
      next.status = { ...next.status, phase: 'Terminating' };
      old = this.d.store.update('Namespace', next as any) as Obj;
    }
    if ((old.spec?.finalizers ?? []).length > 0) return old as AnyObject;
    return this.d.store.delete('Namespace', undefined, name) as AnyObject;
  }

  private deletePod(pod: Pod, grace?: number): AnyObject {
    const meta = pod.metadata!;
    const g = grace ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
    // A pod no kubelet runs yet, or a forced delete, goes at once.
    if (g === 0 || !pod.spec?.nodeName) return this.d.store.delete('Pod', meta.namespace, meta.name!) as AnyObject;
    if (meta.deletionTimestamp) {
      const due = Date.parse(meta.deletionTimestamp);
      const wanted = this.d.clock.now() + g * 1000;
      if (wanted >= due) return pod as AnyObject;
    }
    const next = structuredClone(pod) as Obj;
    next.metadata!.deletionTimestamp = new Date(this.d.clock.now() + g * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    next.metadata!.deletionGracePeriodSeconds = g;
    return this.d.store.update('Pod', next) as AnyObject;
  }

  private orphanDependents(owner: Obj): void {
    const uid = owner.metadata.uid;
    const strip = (kind: Kind, o: Obj) => {
      const next = structuredClone(o);
      next.metadata.ownerReferences = (next.metadata.ownerReferences ?? []).filter((r: Obj) => r.uid !== uid);
      if (next.metadata.ownerReferences.length === 0) delete next.metadata.ownerReferences;
      this.d.store.update(kind, next as any);
    };
    for (const p of this.d.pods.ownedBy(uid)) strip('Pod', p);
    for (const rs of this.d.store.list('ReplicaSet', owner.metadata.namespace)) {
      if (rs.metadata?.ownerReferences?.some((r) => r.uid === uid)) strip('ReplicaSet', rs);
    }
  }

  // ---- read -----------------------------------------------------------------------------

  get<K extends Kind>(kind: K, namespace: string | undefined, name: string): Readonly<KindMap[K]> {
    const o = this.d.store.get(kind, KINDS[kind].namespaced ? namespace ?? 'default' : undefined, name);
    if (!o) throw notFound(kind, name);
    return o;
  }

  list<K extends Kind>(kind: K, namespace?: string, labelSelector?: string): Readonly<KindMap[K]>[] {
    let sel;
    try {
      sel = labelSelector ? parseSelector(labelSelector) : [];
    } catch (e) {
      if (e instanceof SelectorError) throw new ApiError('BadRequest', e.message, kind);
      throw e;
    }
    if (kind === 'Pod' && namespace !== undefined && sel.length > 0) {
      return this.d.pods.select(namespace, sel) as Readonly<KindMap[K]>[];
    }
    const all = this.d.store.list(kind, namespace);
    if (sel.length === 0) return all;
    return all.filter((o) => matches(sel, o.metadata?.labels));
  }
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The object as the field manager sees a create: defaulted, but before mutating admission
 * (a pod's service account, token volume, tolerations and priority) and before the
 * registry allocates (a Service's clusterIP, IP families and nodePorts), unless sent.
 */
function beforeAdmission(kind: Kind, obj: Obj, sent: Obj): Obj {
  if (kind === 'Pod') {
    const pod = structuredClone(sent);
    defaultPodSpec((pod.spec ??= { containers: [] }));
    return pod;
  }
  if (kind !== 'Service') return obj;
  const given = sent.spec ?? {};
  const spec = { ...obj.spec };
  for (const f of ['clusterIP', 'clusterIPs', 'ipFamilies', 'ipFamilyPolicy']) if (given[f] === undefined) delete spec[f];
  spec.ports = spec.ports?.map((p: Obj, i: number) => (given.ports?.[i]?.nodePort === undefined ? (({ nodePort: _n, ...rest }) => rest)(p) : p));
  if (!spec.ports) delete spec.ports;
  return { ...obj, spec };
}

/**
 * strategy.go dropTypeDependentFields: when the type changes, values the server allocated
 * for the old type and the client merely carried over (nodePorts, healthCheckNodePort,
 * externalTrafficPolicy, clusterIP for ExternalName) are cleared instead of rejected.
 */
function dropTypeDependentFields(obj: Obj, old: Obj): void {
  const s = obj.spec ?? {};
  const o = old.spec ?? {};
  const type = s.type ?? 'ClusterIP';
  if (type === (o.type ?? 'ClusterIP')) return;
  const external = type === 'NodePort' || type === 'LoadBalancer';
  if (!external) {
    for (const p of s.ports ?? []) {
      const was = (o.ports ?? []).find((op: Obj) => op.nodePort === p.nodePort);
      if (p.nodePort && was) delete p.nodePort;
    }
    if (s.externalTrafficPolicy && s.externalTrafficPolicy === o.externalTrafficPolicy) delete s.externalTrafficPolicy;
  }
  if (type !== 'LoadBalancer') {
    if (s.healthCheckNodePort && s.healthCheckNodePort === o.healthCheckNodePort) delete s.healthCheckNodePort;
    if (s.allocateLoadBalancerNodePorts !== undefined && s.allocateLoadBalancerNodePorts === o.allocateLoadBalancerNodePorts) delete s.allocateLoadBalancerNodePorts;
  }
  if (type === 'ExternalName') {
    if (s.clusterIP === o.clusterIP) delete s.clusterIP;
    if (JSON.stringify(s.clusterIPs) === JSON.stringify(o.clusterIPs)) delete s.clusterIPs;
    for (const f of ['ipFamilies', 'ipFamilyPolicy', 'internalTrafficPolicy']) if (JSON.stringify(s[f]) === JSON.stringify(o[f])) delete s[f];
  }
}

function groupSuffix(kind: Kind): string {
  const q = KINDS[kind].qualified;
  return q.includes('.') ? q.slice(q.indexOf('.')) : '';
}

/** Go's %#v of a metav1.LabelSelector, as immutable-field errors print it. */
function goLabelSelector(sel: Obj | undefined): string {
  if (!sel) return '(*v1.LabelSelector)(nil)';
  const ml = sel.matchLabels ? `map[string]string{${Object.keys(sel.matchLabels).sort().map((k) => `${goQuote(k)}:${goQuote(sel.matchLabels[k])}`).join(', ')}}` : 'map[string]string(nil)';
  return `&v1.LabelSelector{MatchLabels:${ml}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`;
}

/** Drops undefined members so stored objects serialize like the server's JSON. */
function finalize(o: Obj): Obj {
  return JSON.parse(JSON.stringify(o));
}

export { selectorFromMap };
