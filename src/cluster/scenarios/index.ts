// Scenarios: the cluster a session starts from. `kubia` is the document's starting point
// (system parts + RC kubia with 3 ready pods), `empty` only the system parts, `scaled` a
// large cluster for the benchmark. Objects are created on the virtual clock in the past so
// AGE columns look like a cluster that has been running for days.
import type { Cluster } from '../cluster.js';
import { EPOCH_MS } from '../runtime/clock.js';
import { buildSystem } from './system.js';

/** System objects are created this long before the session starts (AGE `12d`). */
export const SYSTEM_AGE_SECONDS = 12 * 24 * 3600;
export const SCENARIO_START_MS = EPOCH_MS - SYSTEM_AGE_SECONDS * 1000;
/** The kubia RC is created this long before the session starts. */
export const KUBIA_AGE_SECONDS = 5 * 60;

export const SCENARIOS = ['kubia', 'empty', 'scaled'] as const;

export function kubiaRc(replicas = 3): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name: 'kubia', namespace: 'default' },
    spec: {
      replicas,
      selector: { app: 'kubia' },
      template: {
        metadata: { labels: { app: 'kubia' } },
        spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ containerPort: 8080 }] }] },
      },
    },
  };
}

function advanceTo(c: Cluster, ms: number): void {
  if (ms > c.clock.now()) c.advance((ms - c.clock.now()) / 1000);
}

export function buildScenario(c: Cluster, name: string): void {
  switch (name) {
    case 'kubia':
      buildSystem(c);
      c.settle();
      advanceTo(c, c.epochMs - KUBIA_AGE_SECONDS * 1000);
      // The RC the learner made earlier with `kubectl create -f kubia-rc.yaml`.
      c.api.create(kubiaRc(), { fieldManager: 'kubectl-create' });
      c.settle();
      return;
    case 'empty':
      buildSystem(c);
      c.settle();
      return;
    case 'scaled':
      buildScaled(c);
      return;
    default:
      throw new Error(`unknown scenario "${name}" (known: ${SCENARIOS.join(', ')})`);
  }
}

/** 1,000 services over 1,000 RCs of 10 pods each (10,000 pods) on 100 workers. */
function buildScaled(c: Cluster): void {
  buildSystem(c, 100);
  c.settle();
  const namespaces = 10;
  for (let n = 0; n < namespaces; n++) c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `team-${n}` } });
  for (let i = 0; i < 1000; i++) {
    const ns = `team-${i % namespaces}`;
    const app = `app-${String(i).padStart(4, '0')}`;
    c.api.create({
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: app, namespace: ns },
      spec: { replicas: 10, selector: { app }, template: { metadata: { labels: { app } }, spec: { containers: [{ name: 'web', image: 'luksa/kubia', ports: [{ containerPort: 8080 }] }] } } },
    });
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace: ns }, spec: { selector: { app }, ports: [{ port: 80, targetPort: 8080 }] } });
  }
  c.settle();
  advanceTo(c, c.epochMs - KUBIA_AGE_SECONDS * 1000);
  c.api.create(kubiaRc(), { fieldManager: 'kubectl-create' });
  c.settle();
}
