// Request parsing for the REST paths: which kind, namespace, name and subresource a URL
// names, the body in the content type it came in, and the query options every verb shares.
import type { IncomingMessage } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { status, type StatusBody } from './status.js';

export { parseResourcePath, type ResourcePath } from '../cluster/api/raw.js';

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
