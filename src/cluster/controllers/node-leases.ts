// Each kubelet renews its node's Lease in kube-node-lease every 10 s (a quarter of the
// 40 s lease duration, kubelet's NodeLeaseDurationSeconds), which is how the control plane
// knows the node is alive. The renewals start once the cluster is built (renewing through
// the twelve days before the learner arrives would only cost time).
import type { Controller } from './manager.js';
import type { ControllerContext } from './context.js';
import { microTime } from '../scenarios/system.js';
import { withControllerWrite } from '../api/managed-fields.js';

export const NODE_LEASE_RENEW_MS = 10_000;
const KEY = 'renew';

export class NodeLeaseController implements Controller {
  readonly name = 'node-lease';

  constructor(private ctx: ControllerContext) {}

  onEvent(): void {}

  /** Renews now and every 10 s after. */
  start(): void {
    this.ctx.wakeAt(this.ctx.clock.now(), this.name, KEY);
  }

  reconcile(): void {
    const { store, clock } = this.ctx;
    const renewTime = microTime(clock.iso());
    for (const l of store.list('Lease', 'kube-node-lease')) {
      // Each kubelet renews its own Lease (an update by the manager kubelet).
      if (l.spec?.holderIdentity && store.get('Node', undefined, l.metadata!.name!)) store.update('Lease', withControllerWrite('Lease', { ...l, spec: { ...l.spec, renewTime } }, l, { manager: 'kubelet', time: clock.iso() }));
    }
    this.ctx.wakeAt(clock.now() + NODE_LEASE_RENEW_MS, this.name, KEY);
  }
}
