// metadata.managedFields as the API server's field manager keeps them (structured-merge-diff):
// each write records, for its manager (`kubectl-create`, `kubectl-client-side-apply`,
// `kubectl-label`, `kube-controller-manager`, …), the fields it set, as a FieldsV1 set:
// `f:<field>` for a field, `k:{"port":80,"protocol":"TCP"}` for an element of a keyed list,
// `v:"x"` for an element of a set, and `.` where a map, list or element itself was added.
// Lists are atomic (one leaf) unless the schema keys them; maps are granular unless atomic.
// A create compares with the type's zero value, in which non-pointer structs (spec, status,
// a Deployment's template) already exist, so they carry no `.` of their own.
import { KINDS, type Kind } from './kinds.js';

type Obj = Record<string, any>;

/** A node of a field set: `self` when the path itself is in the set (printed as `.`). */
interface SetNode {
  self: boolean;
  children: Map<string, SetNode>;
}

/**
 * The children of a node that has none yet, shared: most fields a write is compared on did
 * not change, so their nodes never get a child (addChild makes a node its own map).
 */
const NO_CHILDREN: ReadonlyMap<string, SetNode> = new Map();
const newNode = (): SetNode => ({ self: false, children: NO_CHILDREN as Map<string, SetNode> });

function addChild(node: SetNode, name: string, child: SetNode): void {
  if (node.children === NO_CHILDREN) node.children = new Map();
  node.children.set(name, child);
}

/** The path of names down to a node (for compare.Removed), linked upwards; an array only when marked. */
interface Trail {
  name: string;
  up: Trail | undefined;
}

function atomicPath(kind: Kind, path: string): boolean {
  if (path === 'spec.selector' && GRANULAR_SELECTOR.has(kind)) return false;
  for (const re of ATOMIC) if (re.test(path)) return true;
  return false;
}

function keysOfList(path: string): string[] | undefined {
  for (const [re, keys] of KEYED) if (re.test(path)) return keys;
  return undefined;
}

function isSetList(path: string): boolean {
  for (const re of SETS) if (re.test(path)) return true;
  return false;
}

/** Keyed lists (listType=map) by path pattern (`*` is any list element), and their keys. */
const KEYED: [RegExp, string[]][] = [
  [/^spec\.ports$/, ['port', 'protocol']],
  [/(^|\.)(containers|initContainers)$/, ['name']],
  [/(containers|initContainers)\.\*\.ports$/, ['containerPort', 'protocol']],
  [/(containers|initContainers)\.\*\.env$/, ['name']],
  [/(containers|initContainers)\.\*\.volumeMounts$/, ['mountPath']],
  [/(^|\.)volumes$/, ['name']],
  [/^metadata\.ownerReferences$/, ['uid']],
  [/(^|\.)conditions$/, ['type']],
  [/^status\.(hostIPs|podIPs)$/, ['ip']],
];
/** Sets (listType=set): each element is `v:<value>`. */
const SETS = [/^metadata\.finalizers$/];
/** Atomic maps and structs: one leaf. */
const ATOMIC = [/^metadata\.ownerReferences\.\*$/, /^spec\.selector$/, /(^|\.)nodeSelector$/];
/** Kinds whose spec.selector is a granular map (the ReplicationController's). */
const GRANULAR_SELECTOR = new Set<Kind>(['ReplicationController']);

/** The fields the API server never records (fieldmanager's stripMeta). */
const STRIPPED = new Set(['apiVersion', 'kind', 'metadata.name', 'metadata.namespace', 'metadata.uid', 'metadata.resourceVersion', 'metadata.creationTimestamp', 'metadata.generation', 'metadata.managedFields', 'metadata.selfLink', 'metadata.deletionTimestamp', 'metadata.deletionGracePeriodSeconds']);

/** Paths that exist (as `{}` or null) in the Go zero value of a kind, besides metadata, spec and status. */
const ZERO_PRESENT: Partial<Record<Kind, string[]>> = {
  Pod: ['spec.containers'],
  Deployment: ['spec.template', 'spec.template.metadata', 'spec.template.spec', 'spec.template.spec.containers', 'spec.strategy'],
  ReplicaSet: ['spec.template', 'spec.template.metadata', 'spec.template.spec', 'spec.template.spec.containers'],
  DaemonSet: ['spec.template', 'spec.template.metadata', 'spec.template.spec', 'spec.template.spec.containers', 'spec.updateStrategy'],
  Service: ['status.loadBalancer'],
  Ingress: ['status.loadBalancer'],
};

const isMap = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A keyed element's name; a port's protocol is keyed as its default (TCP) when left out. */
const keyOf = (el: Obj, keys: string[]) =>
  `k:${JSON.stringify(Object.fromEntries(keys.filter((k) => el?.[k] !== undefined || k === 'protocol').sort().map((k) => [k, el?.[k] ?? 'TCP'])))}`;

class Walker {
  constructor(
    private readonly kind: Kind,
    private readonly zero: Set<string> | undefined,
    /** Server-side apply: the set is the applied configuration's (ToFieldSet), no `.` on maps and lists. */
    private readonly applied = false,
  ) {}

  /** Paths whose field the new object dropped (compare.Removed). */
  readonly removed = newNode();

  private mark(trail: Trail): void {
    const at: string[] = [];
    for (let t: Trail | undefined = trail; t; t = t.up) at.unshift(t.name);
    let node = this.removed;
    for (const name of at) {
      if (!node.children.has(name)) addChild(node, name, newNode());
      node = node.children.get(name)!;
    }
  }

  /**
   * Adds to `into` the paths of `next` that are new or changed against `prev` (undefined:
   * absent). `present`: whether the path exists in the comparison base (decides `.`).
   */
  walk(next: unknown, prev: unknown, path: string, into: SetNode, present: boolean, at?: Trail): boolean {
    if (STRIPPED.has(path)) return false;
    // An empty struct where the zero value already has one (a Namespace's `spec: {}`) is no change.
    if (isMap(next) && Object.keys(next).length === 0 && prev === undefined && this.zero?.has(path)) return false;
    if (isMap(next) && !atomicPath(this.kind, path) && Object.keys(next).length > 0) {
      let any = false;
      if (isMap(prev)) {
        for (const k of Object.keys(prev)) {
          if (k in next || STRIPPED.has(path ? `${path}.${k}` : k)) continue;
          this.mark({ name: `f:${k}`, up: at });
        }
      }
      for (const k of Object.keys(next)) {
        const p = path ? `${path}.${k}` : k;
        const name = `f:${k}`;
        const child = into.children.get(name) ?? newNode();
        const was = isMap(prev) ? prev[k] : undefined;
        const childPresent = was !== undefined || (this.zero?.has(p) ?? false);
        if (this.walk(next[k], was, p, child, childPresent, { name, up: at })) {
          addChild(into, name, child);
          any = true;
        }
      }
      if (any && !present && path !== '' && !this.applied) into.self = true;
      return any;
    }
    const keys = keysOfList(path);
    const isSet = isSetList(path);
    if (Array.isArray(next) && next.length > 0 && (keys || isSet)) {
      let any = false;
      for (const el of next) {
        const name = isSet ? `v:${JSON.stringify(el)}` : keyOf(el, keys!);
        const old = Array.isArray(prev) ? prev.find((o) => (isSet ? o === el : keyOf(o, keys!) === name)) : undefined;
        const child = into.children.get(name) ?? newNode();
        if (isSet) {
          if (old === undefined) {
            addChild(into, name, child);
            any = true;
          }
          continue;
        }
        const changed = this.walk(el, old, `${path}.*`, child, old !== undefined, { name, up: at });
        if (old === undefined) child.self = true;
        if (changed || old === undefined) {
          addChild(into, name, child);
          any = true;
        }
      }
      if (any && !present && !this.applied) into.self = true;
      return any;
    }
    // A leaf: a value, an atomic list or map, or an empty one.
    return prev === undefined || JSON.stringify(prev) !== JSON.stringify(next);
  }
}

/** The FieldsV1 JSON of a set (keys sorted; `.` first). */
function serialize(node: SetNode): Obj {
  const out: Obj = {};
  if (node.self && node.children.size > 0) out['.'] = {};
  for (const k of [...node.children.keys()].sort()) out[k] = serialize(node.children.get(k)!);
  return out;
}

function isEmpty(node: SetNode): boolean {
  return node.children.size === 0;
}

/** The set a create by one manager owns: every field it sent (after defaulting), status excepted. */
export function createdFields(kind: Kind, obj: Obj): Obj | undefined {
  const root = newNode();
  const zero = new Set(['metadata', 'spec', 'status', ...(ZERO_PRESENT[kind] ?? [])]);
  const { status: _status, ...rest } = obj;
  void _status;
  new Walker(kind, zero).walk(rest, {}, '', root, true);
  return isEmpty(root) ? undefined : serialize(root);
}

/** The fields an update changed or added, compared with the object before it. */
export function changedFields(kind: Kind, obj: Obj, old: Obj): Obj | undefined {
  const root = newNode();
  const { status: _s, ...next } = obj;
  const { status: _o, ...prev } = old;
  void _s;
  void _o;
  new Walker(kind, undefined).walk(next, prev, '', root, true);
  return isEmpty(root) ? undefined : serialize(root);
}

/**
 * What a status write (the status subresource) changed under status, and what it dropped
 * (a condition's message once it is met).
 */
export function statusFields(kind: Kind, status: unknown, oldStatus: unknown): { fields: Obj | undefined; removed: Obj | undefined } {
  const root = newNode();
  const w = new Walker(kind, new Set(['status']));
  w.walk({ status }, { status: oldStatus ?? {} }, '', root, true);
  return { fields: isEmpty(root) ? undefined : serialize(root), removed: isEmpty(w.removed) ? undefined : serialize(w.removed) };
}

/** The set a server-side apply owns: exactly the fields of its applied configuration. */
export function appliedFields(kind: Kind, applied: Obj): Obj | undefined {
  const root = newNode();
  new Walker(kind, undefined, true).walk(applied, undefined, '', root, true);
  return isEmpty(root) ? undefined : serialize(root);
}

export interface ManagedFieldsEntry {
  apiVersion: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Obj;
  manager: string;
  operation: 'Update' | 'Apply';
  time: string;
  subresource?: string;
}

/** Deep union of two FieldsV1 sets. */
function union(a: Obj, b: Obj): Obj {
  const out: Obj = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? union(out[k], v) : v;
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
}

/** `a` without the leaves of `b` (fields another manager took over). */
function minus(a: Obj, b: Obj): Obj | undefined {
  const out: Obj = {};
  for (const [k, v] of Object.entries(a)) {
    if (!(k in b)) out[k] = v;
    else if (Object.keys(b[k]).length > 0 && Object.keys(v).length > 0) {
      const rest = minus(v, b[k]);
      if (rest && Object.keys(rest).some((x) => x !== '.')) out[k] = rest;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The managedFields after one write: the writer's entry gains the fields it set (and its
 * time moves); others lose the fields it took over (an Update always forces).
 */
export function recordWrite(
  entries: readonly ManagedFieldsEntry[] | undefined,
  write: { manager: string; operation: 'Update' | 'Apply'; apiVersion: string; time: string; fields: Obj | undefined; subresource?: string; removed?: Obj },
): ManagedFieldsEntry[] | undefined {
  const same = (e: ManagedFieldsEntry) => e.manager === write.manager && e.operation === write.operation && (e.subresource ?? '') === (write.subresource ?? '');
  const list = [...(entries ?? [])];
  if (write.fields) {
    // An Update always forces: others lose what it changed. An Apply of equal values shares them.
    for (let i = 0; i < list.length && write.operation === 'Update'; i++) {
      const e = list[i];
      if (same(e)) continue;
      const rest = minus(e.fieldsV1, write.fields);
      if (!rest) list.splice(i--, 1);
      else list[i] = { ...e, fieldsV1: rest };
    }
    const mine = list.findIndex(same);
    // An Apply owns what it applied now; an Update adds to what it had.
    const kept = mine >= 0 && write.operation === 'Update' ? union(list[mine].fieldsV1, write.fields) : write.fields;
    const fieldsV1 = write.removed ? (minus(kept, write.removed) ?? {}) : kept;
    const entry: ManagedFieldsEntry = { apiVersion: write.apiVersion, fieldsType: 'FieldsV1', fieldsV1, manager: write.manager, operation: write.operation, ...(write.subresource ? { subresource: write.subresource } : {}), time: write.time };
    if (mine >= 0) list[mine] = entry;
    else list.push(entry);
  }
  return list.length ? sortEntries(list) : undefined;
}

/** The API server's order (sortEncodedManagedFields): operation (Apply first), time, manager. */
function sortEntries(list: ManagedFieldsEntry[]): ManagedFieldsEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return list.sort((p, q) => cmp(p.operation, q.operation) || cmp(p.time, q.time) || cmp(p.manager, q.manager) || cmp(p.apiVersion, q.apiVersion) || cmp(p.subresource ?? '', q.subresource ?? ''));
}

/**
 * An object a controller writes straight to storage, with the managedFields entry the API
 * server would record for that write: a create owns every field it set, an update what it
 * changed, a status write (`subresource: 'status'`) what it changed under status.
 */
export function withControllerWrite<T extends Obj>(kind: Kind, next: T, old: Readonly<Obj> | undefined, write: { manager: string; time: string; subresource?: 'status' }): T {
  let fields: Obj | undefined;
  let removed: Obj | undefined;
  if (write.subresource === 'status') ({ fields, removed } = statusFields(kind, next.status, old?.status));
  else fields = old ? changedFields(kind, next, old as Obj) : createdFields(kind, next);
  const entries = (old ?? next).metadata?.managedFields as ManagedFieldsEntry[] | undefined;
  const managedFields = recordWrite(entries, { manager: write.manager, operation: 'Update', apiVersion: KINDS[kind].apiVersion, time: write.time, fields, removed, ...(write.subresource ? { subresource: write.subresource } : {}) });
  const { managedFields: _old, ...metadata } = (next.metadata ?? {}) as Obj;
  void _old;
  return { ...next, metadata: { ...metadata, ...(managedFields ? { managedFields } : {}) } };
}
