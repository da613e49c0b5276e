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

/** Waves one key may take part in during one settle() before it counts as a livelock. */
const WAVE_CAP = 50;

export class ControllerManager {
  private controllers: Controller[] = [];
  private queues: Set<string>[] = [];
  /** Each controller's enqueue function, made once (every store event goes to every controller). */
  private enqueuers: ((key: string) => void)[] = [];

  constructor(store: Store) {
    store.watch((e) => {
      for (let i = 0; i < this.controllers.length; i++) this.controllers[i].onEvent(e, this.enqueuers[i]);
    });
  }

  add(c: Controller): void {
    const q = new Set<string>();
    this.controllers.push(c);
    this.queues.push(q);
    this.enqueuers.push((key) => q.add(key));
  }

  /** The controllers, in the order they run. */
  get parts(): readonly Controller[] {
    return this.controllers;
  }

  /** Puts a key on a controller's queue directly (timers use this). */
  enqueue(name: string, key: string): void {
    const i = this.controllers.findIndex((c) => c.name === name);
    if (i < 0) throw new Error(`no controller named ${name}`);
    this.queues[i].add(key);
  }

  get idle(): boolean {
    for (const q of this.queues) if (q.size > 0) return false;
    return true;
  }

  /**
   * Drains the queues in waves: each wave gives every controller, in order, the keys queued
   * for it so far. A key that keeps coming back wave after wave means controllers are
   * undoing each other's writes — a bug, reported instead of hanging.
   */
  settle(): void {
    if (this.idle) return; // (every command line settles, mostly with nothing to do)
    const waves = new Map<string, number>();
    while (!this.idle) {
      for (let i = 0; i < this.controllers.length; i++) {
        const q = this.queues[i];
        if (q.size === 0) continue;
        const keys = [...q];
        q.clear();
        const c = this.controllers[i];
        for (const key of keys) {
          const id = `${c.name}:${key}`;
          const n = (waves.get(id) ?? 0) + 1;
          waves.set(id, n);
          if (n > WAVE_CAP) {
            const busy = this.controllers.map((x, j) => `${x.name}=${this.queues[j].size}`).join(' ');
            throw new Error(`kubetour bug: controllers did not settle — ${id} came back in ${n} waves (queues: ${busy}). Please report this with the commands you ran.`);
          }
          c.reconcile(key);
        }
      }
    }
  }
}
