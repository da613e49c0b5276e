import { describe, expect, it } from 'vitest';
import { Store } from '../store/store.js';
import { ControllerManager, type Controller } from './manager.js';

describe('ControllerManager', () => {
  it('drains queues until quiet', () => {
    const store = new Store();
    const m = new ControllerManager(store);
    const seen: string[] = [];
    m.add({ name: 'a', onEvent: (e, q) => q(e.object.metadata!.name!), reconcile: (k) => seen.push(k) });
    store.create('Namespace', { metadata: { name: 'x' } });
    store.create('Namespace', { metadata: { name: 'y' } });
    m.settle();
    expect(seen).toEqual(['x', 'y']);
    expect(m.idle).toBe(true);
  });

  it('reports two controllers fighting instead of hanging', () => {
    const store = new Store();
    const m = new ControllerManager(store);
    let flip = 0;
    const fighter: Controller = {
      name: 'fighter',
      onEvent: (e, q) => q(e.object.metadata!.name!),
      reconcile: (k) => {
        store.update('Namespace', { metadata: { name: k, labels: { flip: String(flip++) } } });
      },
    };
    m.add(fighter);
    store.create('Namespace', { metadata: { name: 'x' } });
    expect(() => m.settle()).toThrow(/kubetour bug: controllers did not settle — fighter:x/);
  });
});
