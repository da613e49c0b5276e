// What the API server answers to a plain GET of a path, as the bytes it sends: `/version`
// (indented, as apiserver's WriteRawJSON writes it), `/healthz` (`ok`), the discovery
// documents, and objects and lists in JSON (compact, with the newline Go's json.Encoder
// ends each document with). `kubectl get --raw PATH` prints these bytes as they come, and
// `kubetour serve` sends them, so the two cannot drift apart.
import type { Cluster } from '../cluster.js';
import { ApiError } from './errors.js';
import { KINDS, type AnyObject, type Kind } from './kinds.js';
import { apiGroupList, apiVersions, isServedGroupVersion, resourceList, SERVER_VERSION } from './discovery.js';
import { objectInGoOrder } from './go-order.js';

export interface ResourcePath {
  groupVersion: string;
  /** The plural resource as written in the URL. */
  resource: string;
  kind?: Kind;
  namespace?: string;
  name?: string;
  subresource?: string;
}

/** `/api/v1/namespaces/default/pods/x/log` → its parts; undefined for a non-resource path. */
export function parseResourcePath(pathname: string): ResourcePath | undefined {
  const segs = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let gv: string;
  let rest: string[];
  if (segs[0] === 'api' && segs[1] === 'v1') {
    gv = 'v1';
    rest = segs.slice(2);
  } else if (segs[0] === 'apis' && segs.length >= 3) {
    gv = `${segs[1]}/${segs[2]}`;
    rest = segs.slice(3);
  } else return undefined;
  if (rest.length === 0 || !isServedGroupVersion(gv)) return undefined;
  let namespace: string | undefined;
  // namespaces/<ns>/<resource>…; `namespaces/<name>[/status]` names the namespace itself.
  if (rest[0] === 'namespaces' && rest.length >= 3 && rest[2] !== 'status' && rest[2] !== 'finalize') {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length > 3) return undefined;
  const [resource, name, subresource] = rest;
  const kind = (Object.keys(KINDS) as Kind[]).find((k) => KINDS[k].resource === resource && KINDS[k].apiVersion === gv);
  return { groupVersion: gv, resource, kind, namespace, name, subresource };
}

/** The apiserver's answer for a path it does not serve. */
export const notServed = () => new ApiError('NotFound', 'the server could not find the requested resource');

/** A JSON document as apiserver's serializer writes it: compact, newline-terminated. */
export const jsonDocument = (body: unknown): string => `${JSON.stringify(body)}\n`;

/** An object as the server returns it: kind and apiVersion set, fields in Go's order. */
export function withTypeMeta(kind: Kind, o: Readonly<AnyObject>): Record<string, unknown> {
  return objectInGoOrder(kind, { ...o, kind, apiVersion: KINDS[kind].apiVersion });
}

/**
 * A list as the server returns it (`PodList`): its items, in Go's order, carry no kind or
 * apiVersion (clients take them from the list's).
 */
export function listDocument(cluster: Cluster, kind: Kind, items: readonly Readonly<AnyObject>[]): unknown {
  const bare = (o: Readonly<AnyObject>) => {
    const { kind: _k, apiVersion: _v, ...rest } = o as Record<string, unknown>;
    void _k;
    void _v;
    return objectInGoOrder(kind, rest);
  };
  return { kind: `${kind}List`, apiVersion: KINDS[kind].apiVersion, metadata: { resourceVersion: String(cluster.store.resourceVersion) }, items: items.map(bare) };
}

/**
 * The body of `GET path` (query string allowed: `labelSelector` filters a list), or an
 * ApiError as the server would answer it. `address` is the server's own host:port, which
 * `/api` reports.
 */
export function rawGet(cluster: Cluster, pathAndQuery: string, address: string): string {
  const url = new URL(pathAndQuery, 'http://apiserver');
  const p = url.pathname.replace(/\/+$/, '') || '/';
  if (p === '/version') return JSON.stringify(SERVER_VERSION, null, 2);
  if (p === '/healthz' || p === '/readyz' || p === '/livez') return 'ok';
  if (p === '/api') return jsonDocument(apiVersions(address));
  if (p === '/apis') return jsonDocument(apiGroupList());
  if (p === '/api/v1') return jsonDocument(resourceList('v1'));
  const gv = /^\/apis\/([^/]+\/[^/]+)$/.exec(p);
  if (gv && isServedGroupVersion(gv[1])) return jsonDocument(resourceList(gv[1]));
  const path = parseResourcePath(p);
  if (!path?.kind || path.subresource || (path.namespace !== undefined && !KINDS[path.kind].namespaced)) throw notServed();
  const ns = KINDS[path.kind].namespaced ? path.namespace : undefined;
  if (path.name) return jsonDocument(withTypeMeta(path.kind, cluster.api.get(path.kind, ns, path.name)));
  return jsonDocument(listDocument(cluster, path.kind, cluster.api.list(path.kind, ns, url.searchParams.get('labelSelector') ?? undefined)));
}
