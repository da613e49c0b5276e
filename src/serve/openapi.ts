// OpenAPI v3 as kube-apiserver publishes it: a root listing one document per group version,
// and the documents — the schemas generated at build time for `kubectl explain`
// (src/cluster/api/openapi), with the write operations added that tell kubectl the server
// validates fields itself (a PATCH tagged with the kind that takes `fieldValidation`).
import { KINDS } from '../cluster/api/kinds.js';
import { OPENAPI_PATHS, loadOpenApi } from '../cluster/api/openapi/index.js';

function hashOf(path: string): string {
  let h = 0x811c9dc5;
  for (const c of `kubetour-${path}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).toUpperCase().padStart(8, '0').repeat(16);
}

export function openApiRoot(): unknown {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const p of OPENAPI_PATHS) paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${hashOf(p)}` };
  return { paths };
}

const FIELD_VALIDATION = { name: 'fieldValidation', in: 'query', description: 'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields.', schema: { type: 'string', uniqueItems: true } };

/** The document of `api/v1`, `apis/apps/v1`, …; undefined for a path not served. */
export async function openApiDocument(path: string): Promise<unknown> {
  const doc = await loadOpenApi(path);
  if (!doc) return undefined;
  const gv = path.replace(/^apis?\//, '');
  const [group, version] = gv.includes('/') ? gv.split('/') : ['', gv];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [p, ops] of Object.entries(doc.paths)) paths[p] = { ...ops };
  for (const k of Object.values(KINDS).filter((i) => i.apiVersion === gv)) {
    const base = `/${path}${k.namespaced ? '/namespaces/{namespace}' : ''}/${k.resource}`;
    const write = (action: string) => ({ parameters: [FIELD_VALIDATION], 'x-kubernetes-action': action, 'x-kubernetes-group-version-kind': { group, version, kind: k.kind } });
    paths[base] = { ...(paths[base] ?? {}), post: write('post') };
    paths[`${base}/{name}`] = { ...(paths[`${base}/{name}`] ?? {}), put: write('put'), patch: write('patch') };
  }
  return { ...doc, paths };
}
