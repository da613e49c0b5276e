// The ServiceAccount controller: every namespace that is not being deleted has a
// ServiceAccount `default` (pods without serviceAccountName run as it); deleted, it is
// made again. Since 1.24 it lists no token Secrets.
import type { ServiceAccount } from 'kubernetes-types/core/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import type { ControllerContext } from './context.js';
import { uuid } from '../runtime/allocators.js';
import type { Rng } from '../runtime/rng.js';
import { withControllerWrite } from '../api/managed-fields.js';

export class ServiceAccountController implements Controller {
  readonly name = 'serviceaccount-controller';
  private rng: Rng;

  constructor(private ctx: ControllerContext) {
    this.rng = ctx.rng.fork('serviceaccounts');
  }

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind === 'Namespace' && e.type !== 'DELETED') enqueue(e.object.metadata!.name!);
    if (e.kind === 'ServiceAccount' && e.type === 'DELETED' && e.object.metadata?.name === 'default') enqueue(e.object.metadata.namespace!);
  }

  reconcile(ns: string): void {
    const { store, clock } = this.ctx;
    const namespace = store.get('Namespace', undefined, ns);
    if (!namespace || namespace.metadata?.deletionTimestamp || store.get('ServiceAccount', ns, 'default')) return;
    const sa: ServiceAccount = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns, uid: uuid(this.rng), creationTimestamp: clock.iso() } };
    // The serviceaccounts controller creates it with kube-controller-manager's client.
    store.create('ServiceAccount', withControllerWrite('ServiceAccount', sa, undefined, { manager: 'kube-controller-manager', time: clock.iso() }));
  }
}
