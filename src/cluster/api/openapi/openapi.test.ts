// The committed OpenAPI v3 documents are what generate.mjs makes from kubernetes-types today
// (the build regenerates them; KUBETOUR_UPDATE_OPENAPI=1 rewrites them here).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApi } from './generate.mjs';
import { loadOpenApi, OPENAPI_PATHS } from './index.js';

describe('OpenAPI v3 documents', () => {
  const docs = generateOpenApi();

  it('data/ is up to date with kubernetes-types', () => {
    for (const [file, doc] of Object.entries(docs)) {
      const url = new URL(`./data/${file}`, import.meta.url);
      const fresh = JSON.stringify(doc);
      if (process.env.KUBETOUR_UPDATE_OPENAPI === '1') writeFileSync(url, fresh);
      expect(readFileSync(url, 'utf8'), file).toBe(fresh);
    }
  });

  it('serves every kind with its group-version-kind, fields described by the API', async () => {
    const kinds: string[] = [];
    for (const path of OPENAPI_PATHS) {
      const doc = (await loadOpenApi(path))!;
      for (const s of Object.values(doc.components.schemas)) for (const g of s['x-kubernetes-group-version-kind'] ?? []) kinds.push(g.kind);
    }
    expect(kinds.sort()).toEqual(['ConfigMap', 'DaemonSet', 'Deployment', 'EndpointSlice', 'Endpoints', 'Event', 'Ingress', 'IngressClass', 'Lease', 'Namespace', 'Node', 'Pod', 'ReplicaSet', 'ReplicationController', 'Secret', 'Service', 'ServiceAccount']);
    const v1 = (await loadOpenApi('api/v1'))!;
    expect(v1.components.schemas['io.k8s.api.core.v1.ServiceSpec'].properties!.sessionAffinity.description).toMatch(/^Supports "ClientIP" and "None"/);
    expect(v1.components.schemas['io.k8s.api.core.v1.ServicePort'].required).toEqual(['port']);
    expect(loadOpenApi('apis/batch/v1')).toBeUndefined();
  });
});
