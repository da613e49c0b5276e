// The REST handlers of `kubetour serve`: each request is mapped onto the simulated API
// server (create, update, delete, get, list — with its validation, defaulting and errors)
// and answered as kube-apiserver 1.30 answers: objects and lists as JSON, Tables for
// kubectl's printing, Status objects for errors, watch streams as newline-delimited events.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { KINDS, type AnyObject, type Kind } from '../cluster/api/kinds.js';
import { ApiError } from '../cluster/api/errors.js';
import { parseSelector, matches, SelectorError, type Selector } from '../cluster/api/selector.js';
import { checkPatchedFields } from '../cluster/api/patch.js';
import type { WatchEvent } from '../cluster/store/store.js';
import type { Session } from '../shell/session.js';
import { parseFieldSelector, matchesFields } from '../shell/commands/kubectl/field-selector.js';
import { mergePatch, jsonPatch } from '../shell/commands/kubectl/patch.js';
import { KubectlExit } from '../shell/commands/kubectl/kube.js';
import { waitingReason } from '../shell/commands/kubectl/pods.js';
import { transitional, WATCH_MAX_SECONDS, WATCH_QUIET_SECONDS } from '../shell/commands/kubectl/get.js';
import { WAIT_CAP_SECONDS } from '../shell/commands/kubectl/delete.js';
import { FOLLOW_SECONDS } from '../shell/commands/kubectl/logs.js';
import { jsonDocument, listDocument, rawGet, withTypeMeta } from '../cluster/api/raw.js';
import { AGGREGATED_V2, aggregatedDiscovery, apiGroupList, apiVersions, isServedGroupVersion, resourceList } from '../cluster/api/discovery.js';
import { decodeBody, dryRunOf, isStatus, parseResourcePath, readBody, wantsTable, type ResourcePath } from './request.js';
import { status, statusOf, type StatusBody } from './status.js';
import { toTable, type IncludeObject } from './table.js';
import { openApiDocument, openApiRoot } from './openapi.js';
import { applyStrategicPatch } from './strategic-merge.js';

type Obj = Record<string, any>;

/**
 * How the virtual clock moves. `wall`: it follows the wall clock (a person at a terminal).
 * `lockstep`: it moves only as the built-in kubectl would move it for the same command —
 * watches, `logs -f` and `delete --wait` step it one second at a time — so a script run by a
 * real kubectl can be compared byte for byte with the built-in one.
 */
export type ClockMode = 'wall' | 'lockstep';

interface RecordedEvent {
  rv: number;
  event: WatchEvent;
}

/** Watch events kept for clients that watch from a resourceVersion they listed at. */
const HISTORY = 1000;

export class KubeApi {
  private readonly history: RecordedEvent[] = [];
  private address = '127.0.0.1';

  constructor(
    readonly session: Session,
    readonly mode: ClockMode,
  ) {
    session.cluster.store.watch((event) => {
      this.history.push({ rv: session.cluster.store.resourceVersion, event });
      if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
    });
  }

  get cluster() {
    return this.session.cluster;
  }

  setAddress(address: string): void {
    this.address = address;
  }

  /** Wall mode: brings the virtual clock up to the wall clock (timers fire, controllers settle). */
  catchUp(): void {
    if (this.mode !== 'wall') return;
    const behind = Date.now() - this.cluster.clock.now();
    if (behind > 0) this.cluster.advance(behind / 1000);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      this.catchUp();
      await this.route(req, res);
    } catch (err) {
      if (res.headersSent) {
        res.end();
        return;
      }
      send(res, isStatus(err) ? err : statusOf(err));
    }
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const accept = req.headers.accept ?? '';
    if (method === 'GET') {
      if (p === '/version') return sendBody(res, rawGet(this.cluster, p, this.address));
      if (p === '/healthz' || p === '/readyz' || p === '/livez') return sendText(res, 200, rawGet(this.cluster, p, this.address));
      if (p === '/api' || p === '/apis') {
        if (accept.includes('as=APIGroupDiscoveryList') && accept.includes('v=v2')) return send(res, aggregatedDiscovery(p === '/api'), 200, AGGREGATED_V2);
        return send(res, p === '/api' ? apiVersions(`${this.address}`) : apiGroupList());
      }
      if (p === '/api/v1') return send(res, resourceList('v1'));
      const gv = /^\/apis\/([^/]+\/[^/]+)$/.exec(p);
      if (gv && isServedGroupVersion(gv[1])) return send(res, resourceList(gv[1]));
      if (p === '/openapi/v2') {
        // kubectl falls back to the v2 document (protobuf) for kinds the v3 documents do not
        // know (the book's extensions/v1beta1 Ingress); an empty Document lists no schema,
        // so the REST mapping gives its own error, as on a real server.
        res.writeHead(200, { 'Content-Type': 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf', 'Content-Length': 0 });
        res.end();
        return;
      }
      if (p === '/openapi/v3') return send(res, openApiRoot());
      if (p.startsWith('/openapi/v3/')) {
        const doc = await openApiDocument(p.slice('/openapi/v3/'.length));
        return doc ? send(res, doc) : send(res, status('NotFound', 'the server could not find the requested resource'));
      }
    }
    if (method === 'POST' && p === '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews') {
      // `kubectl auth can-i`: no authorization runs here, so everything is allowed.
      const review = decodeBody(await readBody(req), 'application/json') as Obj;
      return send(res, { ...review, apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', status: { allowed: true } }, 201);
    }
    const path = parseResourcePath(p);
    if (!path) return send(res, status('NotFound', 'the server could not find the requested resource'));
    if (!path.kind) return send(res, status('NotFound', 'the server could not find the requested resource'));
    if (path.namespace !== undefined && !KINDS[path.kind].namespaced) return send(res, status('NotFound', 'the server could not find the requested resource'));
    const q = url.searchParams;
    if (path.subresource === 'log' && path.kind === 'Pod' && method === 'GET') return this.podLog(req, res, path, q);
    if (path.subresource === 'scale') return this.scale(req, res, path, q, method);
    if (path.subresource && path.subresource !== 'status') return send(res, status('NotFound', 'the server could not find the requested resource'));
    switch (method) {
      case 'GET':
        if (path.name && !path.subresource) {
          if (q.get('watch') === 'true' || q.get('watch') === '1') return send(res, status('MethodNotAllowed', 'the server does not allow this method on the requested resource'));
          const obj = this.cluster.api.get(path.kind, path.namespace, path.name);
          if (wantsTable(accept)) return send(res, toTable(this.cluster, path.kind, [obj], { include: includeOf(q) }), 200, 'application/json;as=Table;v=v1;g=meta.k8s.io');
          return sendBody(res, rawGet(this.cluster, p, this.address));
        }
        if (path.name) return send(res, this.cluster.api.get(path.kind, path.namespace, path.name));
        if (q.get('watch') === 'true' || q.get('watch') === '1') return this.watch(req, res, path, q, wantsTable(accept));
        return this.list(res, path, q, wantsTable(accept));
      case 'POST':
        return this.create(req, res, path, q);
      case 'PUT':
        return this.replace(req, res, path, q);
      case 'PATCH':
        return this.patch(req, res, path, q);
      case 'DELETE':
        return this.remove(req, res, path, q);
      default:
        return send(res, status('MethodNotAllowed', 'the server does not allow this method on the requested resource'));
    }
  }

  // ---- reading ----------------------------------------------------------------------

  private selected(path: ResourcePath, q: URLSearchParams): Readonly<AnyObject>[] {
    const kind = path.kind!;
    const ns = KINDS[kind].namespaced ? path.namespace : undefined;
    const filter = this.filterOf(path, q);
    return this.cluster.api.list(kind, ns).filter(filter);
  }

  /** The label and field selectors of a request as one predicate. */
  private filterOf(path: ResourcePath, q: URLSearchParams): (o: Readonly<AnyObject>) => boolean {
    let labels: Selector = [];
    let fields: ReturnType<typeof parseFieldSelector> = [];
    try {
      labels = parseSelector(q.get('labelSelector') ?? '');
    } catch (e) {
      if (e instanceof SelectorError) throw status('BadRequest', `unable to parse requirement: ${e.message}`);
      throw e;
    }
    try {
      fields = parseFieldSelector(q.get('fieldSelector') ?? '');
    } catch (e) {
      if (e instanceof KubectlExit) throw status('BadRequest', e.stderr.replace(/^error: /, '').trim());
      throw e;
    }
    const ns = path.kind && KINDS[path.kind].namespaced ? path.namespace : undefined;
    return (o) => (ns === undefined || o.metadata?.namespace === ns) && matches(labels, o.metadata?.labels) && matchesFields(o, fields);
  }

  private list(res: ServerResponse, path: ResourcePath, q: URLSearchParams, table: boolean): void {
    const kind = path.kind!;
    const items = this.selected(path, q);
    const rv = String(this.cluster.store.resourceVersion);
    if (table) return send(res, toTable(this.cluster, kind, items, { include: includeOf(q), resourceVersion: rv }), 200, 'application/json;as=Table;v=v1;g=meta.k8s.io');
    send(res, listDocument(this.cluster, kind, items));
  }

  private watch(req: IncomingMessage, res: ServerResponse, path: ResourcePath, q: URLSearchParams, table: boolean): Promise<void> {
    const kind = path.kind!;
    const filter = this.filterOf(path, q);
    const include = includeOf(q);
    res.writeHead(200, { 'Content-Type': table ? 'application/json;as=Table;v=v1;g=meta.k8s.io' : 'application/json', 'Cache-Control': 'no-cache, private' });
    res.flushHeaders();
    let sent = 0;
    const emit = (type: string, o: Readonly<AnyObject>) => {
      const object = table ? toTable(this.cluster, kind, [o], { include, withColumns: true }) : withTypeMeta(kind, o);
      res.write(`${JSON.stringify({ type, object })}\n`);
      sent++;
    };
    const onEvent = (e: WatchEvent) => {
      if (e.kind !== kind) return;
      if (filter(e.object)) emit(e.type, e.object);
      else if (e.type === 'MODIFIED' && e.old && filter(e.old)) emit('DELETED', e.object);
    };
    const since = q.get('resourceVersion');
    if (!since || since === '0') {
      for (const o of this.selected(path, q)) emit('ADDED', o);
    } else {
      const n = Number(since);
      for (const h of this.history) if (h.rv > n) onEvent(h.event);
    }
    const stop = this.cluster.store.watch(onEvent);
    let closed = false;
    return new Promise<void>((resolve) => {
      const finish = () => {
        if (closed) return;
        closed = true;
        stop();
        clearTimeout(timer);
        res.end();
        resolve();
      };
      req.on('close', finish);
      res.on('close', finish);
      const timeout = Number(q.get('timeoutSeconds') ?? '1800');
      const timer = setTimeout(finish, (Number.isFinite(timeout) && timeout > 0 ? timeout : 1800) * 1000);
      timer.unref();
      if (this.mode === 'lockstep') {
        // The built-in kubectl's loops, on the same clock: `get -w` (a Table watch) until
        // ten quiet seconds or a minute; a client waiting for one object (`delete --wait`)
        // until it is gone.
        const named = /(^|,)metadata\.name=([^,]+)/.exec(q.get('fieldSelector') ?? '')?.[2];
        if (table) {
          let quiet = 0;
          for (let t = 0; t < WATCH_MAX_SECONDS && quiet < WATCH_QUIET_SECONDS && !closed; t++) {
            const before = sent;
            this.cluster.advance(1);
            const settling = this.selected(path, q).some((o) => transitional(kind, o));
            quiet = sent > before || settling ? 0 : quiet + 1;
          }
        } else if (named) {
          const ns = KINDS[kind].namespaced ? path.namespace : undefined;
          for (let s = 0; s < WAIT_CAP_SECONDS && this.cluster.store.get(kind, ns, named) && !closed; s++) this.cluster.advance(1);
        }
        finish();
      }
    });
  }

  // ---- writing ------------------------------------------------------------------------

  private async create(req: IncomingMessage, res: ServerResponse, path: ResourcePath, q: URLSearchParams): Promise<void> {
    if (path.name) return send(res, status('MethodNotAllowed', 'the server does not allow this method on the requested resource'));
    const body = decodeBody(await readBody(req), req.headers['content-type'] ?? 'application/json') as Obj;
    const obj = this.placed(body, path);
    const created = this.cluster.api.create(obj, { dryRun: dryRunOf(q), ...managerOf(req, q) });
    this.settleUnlessDry(q);
    send(res, withTypeMeta(path.kind!, created), 201);
  }

  private async replace(req: IncomingMessage, res: ServerResponse, path: ResourcePath, q: URLSearchParams): Promise<void> {
    if (!path.name) return send(res, status('MethodNotAllowed', 'the server does not allow this method on the requested resource'));
    const body = decodeBody(await readBody(req), req.headers['content-type'] ?? 'application/json') as Obj;
    const obj = this.placed(body, path);
    if (obj.metadata?.name !== path.name) throw status('BadRequest', `the name of the object (${obj.metadata?.name ?? ''}) does not match the name on the URL (${path.name})`);
    const updated = path.subresource === 'status' ? this.writeStatus(path, obj, dryRunOf(q)) : this.cluster.api.update(obj, { dryRun: dryRunOf(q), ...managerOf(req, q) });
    this.settleUnlessDry(q);
    send(res, withTypeMeta(path.kind!, updated));
  }

  private async patch(req: IncomingMessage, res: ServerResponse, path: ResourcePath, q: URLSearchParams): Promise<void> {
    if (!path.name) return send(res, status('MethodNotAllowed', 'the server does not allow this method on the requested resource'));
    const kind = path.kind!;
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
    const patch = decodeBody(await readBody(req), type);
    const dryRun = dryRunOf(q);
    const ns = KINDS[kind].namespaced ? path.namespace ?? 'default' : undefined;
    const live = this.cluster.store.get(kind, ns, path.name) as Obj | undefined;
    if (type === 'application/apply-patch+yaml') {
      // Server-side apply: the applied configuration is the owner's intent; merged into
      // the live object by the same strategies as a strategic merge patch.
      if (!isMap(patch)) throw status('BadRequest', 'error decoding YAML: the applied configuration is not an object');
      const applied = this.placed(patch, path);
      if (!live) {
        const created = this.cluster.api.create(applied, { dryRun, ...managerOf(req, q, 'Apply'), applied: structuredClone(applied) });
        this.settleUnlessDry(q);
        return send(res, withTypeMeta(kind, created), 201);
      }
      const merged = applyStrategicPatch(structuredClone(live), applied) as Obj;
      checkPatchedFields(kind, merged, applied, live);
      const updated = this.cluster.api.update(merged, { dryRun, ...managerOf(req, q, 'Apply'), applied });
      this.settleUnlessDry(q);
      return send(res, withTypeMeta(kind, updated));
    }
    if (!live) throw new ApiError('NotFound', notFoundMessage(kind, path.name), kind, path.name);
    let merged: Obj;
    switch (type) {
      case 'application/json-patch+json':
        if (!Array.isArray(patch)) throw status('BadRequest', 'json: cannot unmarshal object into Go value of type jsonpatch.Patch');
        try {
          merged = jsonPatch(live, patch);
        } catch (e) {
          if (e instanceof KubectlExit) throw status('Invalid', e.stderr.replace(/^error: /, '').trim());
          throw e;
        }
        break;
      case 'application/merge-patch+json':
      case 'application/strategic-merge-patch+json':
        if (!isMap(patch)) throw status('BadRequest', 'json: cannot unmarshal array into Go value of type map[string]interface {}');
        merged = type.startsWith('application/strategic') ? (applyStrategicPatch(structuredClone(live), patch) as Obj) : mergePatch(structuredClone(live), patch, false);
        checkPatchedFields(kind, merged, patch, live);
        break;
      default:
        throw status('UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`);
    }
    const updated = path.subresource === 'status' ? this.writeStatus(path, merged, dryRun) : this.cluster.api.update(merged, { dryRun, ...managerOf(req, q) });
    this.settleUnlessDry(q);
    send(res, withTypeMeta(kind, updated));
  }

  private async remove(req: IncomingMessage, res: ServerResponse, path: ResourcePath, q: URLSearchParams): Promise<void> {
    const kind = path.kind!;
    const text = await readBody(req);
    const body = (text.trim() ? decodeBody(text, 'application/json') : {}) as Obj;
    const policy = (body.propagationPolicy ?? q.get('propagationPolicy') ?? undefined) as 'Background' | 'Foreground' | 'Orphan' | undefined;
    const graceText = body.gracePeriodSeconds ?? q.get('gracePeriodSeconds');
    const grace = graceText === undefined || graceText === null ? undefined : Number(graceText);
    const dryRun = dryRunOf(q, body);
    if (!path.name) {
      // deletecollection
      const items = this.selected(path, q);
      for (const o of items) this.cluster.api.delete(kind, o.metadata?.namespace, o.metadata!.name!, { dryRun, propagationPolicy: policy, gracePeriodSeconds: grace });
      this.settleUnlessDry(q, body);
      return send(res, listDocument(this.cluster, kind, items));
    }
    const deleted = this.cluster.api.delete(kind, path.namespace, path.name, { dryRun, propagationPolicy: policy, gracePeriodSeconds: grace });
    this.settleUnlessDry(q, body);
    send(res, withTypeMeta(kind, deleted));
  }

  /** Writes to `/status`: the status from the request, everything else as stored. */
  private writeStatus(path: ResourcePath, obj: Obj, dryRun: boolean): AnyObject {
    const kind = path.kind!;
    const live = this.cluster.api.get(kind, path.namespace, path.name!) as Obj;
    const next = { ...structuredClone(live), status: obj.status };
    if (dryRun) return next as AnyObject;
    return this.cluster.store.update(kind, next as never) as AnyObject;
  }

  /** `/scale`: the autoscaling/v1 Scale view of a workload's replicas. */
  private async scale(req: IncomingMessage, res: ServerResponse, path: ResourcePath, q: URLSearchParams, method: string): Promise<void> {
    const kind = path.kind!;
    if (!['ReplicationController', 'ReplicaSet', 'Deployment'].includes(kind) || !path.name) return send(res, status('NotFound', 'the server could not find the requested resource'));
    const live = this.cluster.api.get(kind, path.namespace, path.name) as Obj;
    if (method === 'GET') return send(res, scaleOf(kind, live));
    if (method !== 'PATCH' && method !== 'PUT') return send(res, status('MethodNotAllowed', 'the server does not allow this method on the requested resource'));
    const type = (req.headers['content-type'] ?? 'application/json').split(';')[0].trim();
    const body = decodeBody(await readBody(req), type);
    let wanted: Obj;
    if (method === 'PUT') wanted = body as Obj;
    else if (type === 'application/json-patch+json') wanted = jsonPatch(scaleOf(kind, live), body as unknown[]);
    else wanted = mergePatch(scaleOf(kind, live), body, false);
    const replicas = wanted?.spec?.replicas;
    if (typeof replicas !== 'number' || !Number.isInteger(replicas)) throw status('BadRequest', 'spec.replicas must be an integer');
    if (replicas < 0) {
      throw new ApiError('Invalid', `Scale.autoscaling "${path.name}" is invalid: spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`, 'Scale', path.name, [
        { path: 'spec.replicas', type: 'Invalid value', value: String(replicas), detail: 'must be greater than or equal to 0' },
      ]);
    }
    const next = structuredClone(live);
    next.spec = { ...next.spec, replicas };
    const updated = this.cluster.api.update(next, { dryRun: dryRunOf(q), ...managerOf(req, q) });
    this.settleUnlessDry(q);
    send(res, scaleOf(kind, updated as Obj));
  }

  // ---- pods/log ---------------------------------------------------------------------

  private podLog(req: IncomingMessage, res: ServerResponse, path: ResourcePath, q: URLSearchParams): Promise<void> | void {
    const ns = path.namespace ?? 'default';
    const pod = this.cluster.api.get('Pod', ns, path.name!) as Readonly<Pod>;
    const names = (pod.spec?.containers ?? []).map((c) => c.name);
    let container = q.get('container') ?? '';
    if (!container) {
      if (names.length !== 1) throw status('BadRequest', `a container name must be specified for pod ${path.name}, choose one of: [${names.join(' ')}]`);
      container = names[0];
    }
    if (!names.includes(container)) throw status('BadRequest', `container ${container} is not valid for pod ${path.name}`);
    if (q.get('previous') === 'true') throw status('BadRequest', `previous terminated container "${container}" in pod "${path.name}" not found`);
    const waiting = waitingReason(pod, container);
    if (waiting) throw status('BadRequest', `container "${container}" in pod "${path.name}" is waiting to start: ${waiting}`);
    const text = this.cluster.logs(ns, path.name!, container);
    let lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const tail = q.get('tailLines');
    if (tail !== null && Number(tail) >= 0) lines = lines.slice(Math.max(0, lines.length - Number(tail)));
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private' });
    res.write(lines.map((l) => `${l}\n`).join(''));
    if (q.get('follow') !== 'true') {
      res.end();
      return;
    }
    let seen = text.length;
    const pump = () => {
      const now = this.cluster.logs(ns, path.name!, container);
      if (now.length > seen) res.write(now.slice(seen));
      seen = now.length;
    };
    if (this.mode === 'lockstep') {
      for (let s = 0; s < FOLLOW_SECONDS; s++) {
        this.cluster.advance(1);
        pump();
      }
      res.end();
      return;
    }
    return new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        this.catchUp();
        pump();
        if (!this.cluster.store.get('Pod', ns, path.name!)) finish();
      }, 250);
      const finish = () => {
        clearInterval(timer);
        res.end();
        resolve();
      };
      req.on('close', finish);
    });
  }

  // ---- helpers ------------------------------------------------------------------------

  /** The body with the URL's namespace; a different one in the body is refused as the server does. */
  private placed(body: unknown, path: ResourcePath): Obj {
    if (!isMap(body)) throw status('BadRequest', "Object 'Kind' is missing in 'null'");
    const obj = structuredClone(body);
    if (path.kind && KINDS[path.kind].namespaced && path.namespace) {
      const given = obj.metadata?.namespace;
      if (given && given !== path.namespace) throw status('BadRequest', 'the namespace of the provided object does not match the namespace sent on the request');
      obj.metadata = { ...(obj.metadata ?? {}), namespace: path.namespace };
    }
    return obj;
  }

  private settleUnlessDry(q: URLSearchParams, body?: Obj): void {
    if (!dryRunOf(q, body)) this.cluster.settle();
  }
}

/**
 * Who writes, for managedFields: `?fieldManager=`, else the client's name from its
 * User-Agent (`kubectl/v1.30…` → `kubectl`), as the API server derives it.
 */
function managerOf(req: IncomingMessage, q: URLSearchParams, operation: 'Update' | 'Apply' = 'Update'): { fieldManager: string; operation: 'Update' | 'Apply' } {
  const agent = req.headers['user-agent'] ?? '';
  return { fieldManager: q.get('fieldManager') || agent.split('/')[0] || 'unknown', operation };
}

function includeOf(q: URLSearchParams): IncludeObject {
  const v = q.get('includeObject');
  return v === 'None' || v === 'Object' ? v : 'Metadata';
}

function scaleOf(kind: Kind, o: Obj): Obj {
  const sel = o.spec?.selector;
  const selector = !sel ? '' : kind === 'ReplicationController' ? Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',') : Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name: o.metadata.name, namespace: o.metadata.namespace, uid: o.metadata.uid, resourceVersion: o.metadata.resourceVersion, creationTimestamp: o.metadata.creationTimestamp },
    spec: { replicas: o.spec?.replicas ?? 0 },
    status: { replicas: o.status?.replicas ?? 0, selector },
  };
}

function notFoundMessage(kind: Kind, name: string): string {
  const q = KINDS[kind].qualified;
  return `${KINDS[kind].resource}${q.includes('.') ? q.slice(q.indexOf('.')) : ''} "${name}" not found`;
}

function isMap(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function send(res: ServerResponse, body: unknown, code?: number, contentType = 'application/json'): void {
  const s = body as StatusBody;
  const httpCode = code ?? (isStatus(s) ? s.code : 200);
  sendBody(res, jsonDocument(body), httpCode, contentType);
}

/** Bytes already laid out as the server sends them. */
function sendBody(res: ServerResponse, text: string, httpCode = 200, contentType = 'application/json'): void {
  res.writeHead(httpCode, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-cache, private' });
  res.end(text);
}

function sendText(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
