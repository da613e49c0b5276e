// Request parsing for the REST paths: which kind, namespace, name and subresource a URL
// names, the body in the content type it came in, and the query options every verb shares.
import type { IncomingMessage } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { KINDS, type Kind } from '../cluster/api/kinds.js';
import { isServedGroupVersion } from './discovery.js';
import { status, type StatusBody } from './status.js';

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

/** The body as text (bounded: a manifest is small; anything huge is refused). */
export async function readBody(req: IncomingMessage, limit = 3 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > limit) throw status('RequestEntityTooLarge', 'Request entity too large: limit is 3145728');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Decodes a request body: JSON, or YAML for apply patches. A Status when it is neither. */
export function decodeBody(text: string, contentType: string): unknown {
  try {
    if (contentType.includes('yaml')) return parseYaml(text);
    return JSON.parse(text);
  } catch (e) {
    throw status('BadRequest', `error decoding request body: ${e instanceof Error ? e.message : String(e)}`) satisfies StatusBody;
  }
}

export function isStatus(v: unknown): v is StatusBody {
  return !!v && typeof v === 'object' && (v as StatusBody).kind === 'Status' && typeof (v as StatusBody).code === 'number';
}

/** `dryRun=All` in the query (or in a DeleteOptions body). */
export function dryRunOf(q: URLSearchParams, body?: Record<string, unknown>): boolean {
  const fromBody = Array.isArray(body?.dryRun) && (body!.dryRun as string[]).includes('All');
  return q.getAll('dryRun').includes('All') || fromBody;
}

/** Whether the client wants a Table (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`). */
export function wantsTable(accept: string | undefined): boolean {
  return !!accept && accept.split(',').some((a) => a.includes('as=Table') && a.includes('g=meta.k8s.io'));
}
