// OpenAPI v3 as kube-apiserver publishes it: a root listing one document per group
// version, and the documents. kubectl reads them for `explain` and to learn that the server
// validates fields itself (the `fieldValidation` query parameter of its write operations).
import { KINDS } from '../cluster/api/kinds.js';
import { GROUP_VERSIONS } from './discovery.js';

function docPath(gv: string): string {
  return gv.includes('/') ? `apis/${gv}` : `api/${gv}`;
}

export function openApiRoot(): unknown {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const gv of GROUP_VERSIONS) paths[docPath(gv)] = { serverRelativeURL: `/openapi/v3/${docPath(gv)}?hash=${hashOf(gv)}` };
  return { paths };
}

function hashOf(gv: string): string {
  let h = 0x811c9dc5;
  for (const c of `kubetour-${gv}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).toUpperCase().padStart(8, '0').repeat(16);
}

const FIELD_VALIDATION = { name: 'fieldValidation', in: 'query', description: 'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields.', schema: { type: 'string', uniqueItems: true } };

export function openApiDocument(path: string): unknown {
  const gv = GROUP_VERSIONS.find((g) => docPath(g) === path);
  if (!gv) return undefined;
  const prefix = `/${docPath(gv)}`;
  const paths: Record<string, unknown> = {};
  for (const k of Object.values(KINDS).filter((i) => i.apiVersion === gv)) {
    const base = k.namespaced ? `${prefix}/namespaces/{namespace}/${k.resource}` : `${prefix}/${k.resource}`;
    const [group, version] = gv.includes('/') ? gv.split('/') : ['', gv];
    // kubectl looks for a PATCH operation tagged with the kind that takes `fieldValidation`.
    const write = { parameters: [FIELD_VALIDATION], responses: {}, 'x-kubernetes-group-version-kind': { group, version, kind: k.kind } };
    paths[base] = { post: write, get: { responses: {} } };
    paths[`${base}/{name}`] = { put: write, patch: write, get: { responses: {} }, delete: { responses: {} } };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.30.0' }, paths, components: { schemas: {} } };
}
