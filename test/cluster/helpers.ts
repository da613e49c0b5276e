// Helpers for cluster-level tests: a fresh cluster and a compact way to expect ApiErrors.
import { Cluster } from '../../src/cluster/cluster.js';

export function cluster(scenario = 'kubia', seed = 1): Cluster {
  return Cluster.create({ seed, scenario });
}

/** The thrown error of `f`, for asserting on reason and message. */
export function errorOf(f: () => unknown): { reason?: string; message: string; name: string } {
  try {
    f();
  } catch (e) {
    return { reason: (e as { reason?: string }).reason, message: (e as Error).message, name: (e as Error).constructor.name };
  }
  throw new Error('expected an error');
}

export const kubiaSvc = (name = 'kubia', spec: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name },
  spec: { ports: [{ port: 80, targetPort: 8080 }], selector: { app: 'kubia' }, ...spec },
});
