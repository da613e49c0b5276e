// Which apiVersion/kind pairs the simulated 1.30 API server serves. Anything else — the
// book's `extensions/v1beta1` Ingress, `apps/v1beta1` Deployment — has no REST mapping.
import type { Kind } from './kinds.js';
import { KINDS } from './kinds.js';

const SERVED = new Map<string, Kind>();
for (const info of Object.values(KINDS)) SERVED.set(`${info.apiVersion}|${info.kind}`, info.kind);
// Events are also served by events.k8s.io/v1; kubectl reads the core/v1 form.

export function servedKind(apiVersion: string, kind: string): Kind | undefined {
  return SERVED.get(`${apiVersion}|${kind}`);
}

/** The API group of a kind ('' for core), as Status details and qualified names need it. */
export function groupOf(kind: Kind): string {
  const v = KINDS[kind].apiVersion;
  return v.includes('/') ? v.slice(0, v.indexOf('/')) : '';
}
