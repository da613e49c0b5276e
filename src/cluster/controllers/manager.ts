// Keyed reconcilers, as in kubernetes' controllers: watch handlers only enqueue keys,
// reconcile(key) reads the current state and writes only what differs. settle() drains the
// queues in a fixed controller order until no work is left; a key reconciled too many times
// in one settle means two controllers are fighting, which is reported as a bug.
import type { Store, WatchEvent } from '../store/store.js';

export interface Controller {
  readonly name: string;
  /** Maps a store event to the keys this controller must look at. */
  onEvent(e: WatchEvent, enqueue: (key: string) => void): void;
  reconcile(key: string): void;
}

const PER_KEY_CAP = 100;

export class ControllerManager {
  private controllers: Controller[] = [];
  private queues: Set<string>[] = [];

  constructor(store: Store) {
    store.watch((e) => {
      for (let i = 0; i < this.controllers.length; i++) {
        const q = this.queues[i];
        this.controllers[i].onEvent(e, (key) => q.add(key));
      }
    });
  }

  add(c: Controller): void {
    this.controllers.push(c);
    this.queues.push(new Set());
  }

  /** Puts a key on a controller's queue directly (timers use this). */
  enqueue(name: string, key: string): void {
    const i = this.controllers.findIndex((c) => c.name === name);
    if (i < 0) throw new Error(`no controller named ${name}`);
    this.queues[i].add(key);
  }

  get idle(): boolean {
    return this.queues.every((q) => q.size === 0);
  }

  settle(): void {
    const counts = new Map<string, number>();
    for (;;) {
      let i = 0;
      while (i < this.queues.length && this.queues[i].size === 0) i++;
      if (i === this.queues.length) return;
      const q = this.queues[i];
      const key = q.values().next().value as string;
      q.delete(key);
      const id = `${this.controllers[i].name}:${key}`;
      const n = (counts.get(id) ?? 0) + 1;
      counts.set(id, n);
      if (n > PER_KEY_CAP) {
        const busy = this.controllers.map((c, j) => `${c.name}=${this.queues[j].size}`).join(' ');
        throw new Error(`kubetour bug: controllers did not settle — ${id} reconciled ${n} times in one pass (queues: ${busy}). Please report this with the commands you ran.`);
      }
      this.controllers[i].reconcile(key);
    }
  }
}
