// The OpenAPI v3 documents of the API the simulation serves, one per group-version, generated
// from the Kubernetes 1.30 API's documentation (generate.mjs) and loaded only when asked
// (`kubectl explain`, `kubetour serve`): nothing here runs at start-up.
export interface OpenApiSchema {
  description?: string;
  type?: string;
  format?: string;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  items?: OpenApiSchema;
  additionalProperties?: OpenApiSchema | boolean;
  allOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  enum?: unknown[];
  $ref?: string;
  default?: unknown;
  externalDocs?: { description?: string; url?: string };
  'x-kubernetes-group-version-kind'?: { group: string; kind: string; version: string }[];
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { 'x-kubernetes-group-version-kind'?: { group: string; kind: string; version: string } } & Record<string, unknown>>>;
  components: { schemas: Record<string, OpenApiSchema> };
}

/** Group-version paths as the API server lists them under /openapi/v3. */
export const OPENAPI_PATHS = ['api/v1', 'apis/apps/v1', 'apis/networking.k8s.io/v1', 'apis/coordination.k8s.io/v1', 'apis/discovery.k8s.io/v1'] as const;
export type OpenApiPath = (typeof OPENAPI_PATHS)[number];

const cache = new Map<string, Promise<OpenApiDocument>>();

/** The document of one group-version (`api/v1`, `apis/apps/v1`, …), or undefined for another path. */
export function loadOpenApi(path: string): Promise<OpenApiDocument> | undefined {
  if (!(OPENAPI_PATHS as readonly string[]).includes(path)) return undefined;
  let p = cache.get(path);
  if (!p) {
    p = importDocument(path as OpenApiPath);
    cache.set(path, p);
  }
  return p;
}

async function importDocument(path: OpenApiPath): Promise<OpenApiDocument> {
  // Literal specifiers so the bundler makes each document a chunk of its own.
  switch (path) {
    case 'api/v1':
      return (await import('./data/api__v1_openapi.json', { with: { type: 'json' } })).default as unknown as OpenApiDocument;
    case 'apis/apps/v1':
      return (await import('./data/apis__apps__v1_openapi.json', { with: { type: 'json' } })).default as unknown as OpenApiDocument;
    case 'apis/networking.k8s.io/v1':
      return (await import('./data/apis__networking.k8s.io__v1_openapi.json', { with: { type: 'json' } })).default as unknown as OpenApiDocument;
    case 'apis/coordination.k8s.io/v1':
      return (await import('./data/apis__coordination.k8s.io__v1_openapi.json', { with: { type: 'json' } })).default as unknown as OpenApiDocument;
    case 'apis/discovery.k8s.io/v1':
      return (await import('./data/apis__discovery.k8s.io__v1_openapi.json', { with: { type: 'json' } })).default as unknown as OpenApiDocument;
  }
}
