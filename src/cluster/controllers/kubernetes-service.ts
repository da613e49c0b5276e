// The API server's own `kubernetes` Service (pkg/controlplane/controller/kubernetesservice):
// the control plane keeps a Service `default/kubernetes` with ClusterIP 10.96.0.1 and port
// 443 → 6443, and its endpoint reconciler keeps the Endpoints listing the API server. Both
// are checked every EndpointInterval (10 s), so after `kubectl delete all --all` they are
// back within ten seconds, as new objects (new uid, new creation time).
import type { Endpoints, Service } from 'kubernetes-types/core/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import type { ControllerContext } from './context.js';
import { uuid } from '../runtime/allocators.js';
import { withControllerWrite } from '../api/managed-fields.js';

/** kube-apiserver's --endpoint-reconciler interval (controlplane.DefaultEndpointReconcilerInterval). */
export const ENDPOINT_INTERVAL_SECONDS = 10;
const KEY = 'default/kubernetes';

export function kubernetesService(): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
  };
}

export function kubernetesEndpoints(apiServerIp: string, uid: string, createdAt: string): Endpoints {
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'kubernetes', namespace: 'default', uid, creationTimestamp: createdAt, labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: apiServerIp }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  };
}

export class KubernetesServiceController implements Controller {
  readonly name = 'kubernetes-service';

  constructor(
    private ctx: ControllerContext,
    private apiServerIp: string,
  ) {}

  onEvent(e: WatchEvent, _enqueue: (key: string) => void): void {
    if (e.type !== 'DELETED' || (e.kind !== 'Service' && e.kind !== 'Endpoints')) return;
    if (e.object.metadata?.namespace !== 'default' || e.object.metadata?.name !== 'kubernetes') return;
    // The reconciler's next pass: the next multiple of the interval since the clock's epoch.
    const step = ENDPOINT_INTERVAL_SECONDS * 1000;
    const now = this.ctx.clock.now();
    this.ctx.wakeAt(Math.floor(now / step) * step + step, this.name, KEY);
  }

  reconcile(): void {
    const { store, api, clock, rng } = this.ctx;
    if (!store.get('Namespace', undefined, 'default')) return;
    // The API server writes both itself, as the manager kube-apiserver.
    if (!store.get('Service', 'default', 'kubernetes')) api.create(kubernetesService(), { fieldManager: 'kube-apiserver' });
    if (!store.get('Endpoints', 'default', 'kubernetes')) {
      const ep = kubernetesEndpoints(this.apiServerIp, uuid(rng.fork(`ep:kubernetes:${clock.now()}`)), clock.iso());
      store.create('Endpoints', withControllerWrite('Endpoints', ep, undefined, { manager: 'kube-apiserver', time: clock.iso() }));
    }
  }
}
