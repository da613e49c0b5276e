// What every controller may use: the store (reads, status writes), the API server (creates
// and deletes that must be defaulted and validated like user requests), the event recorder,
// the pod index, the virtual clock and timers, and seeded randomness.
import type { Store } from '../store/store.js';
import type { Clock } from '../runtime/clock.js';
import type { TimerQueue } from '../runtime/timers.js';
import type { Rng } from '../runtime/rng.js';
import type { ApiServerImpl } from '../api/server.js';
import type { EventRecorder } from './events.js';
import type { PodIndex } from '../store/pod-index.js';
import type { Pod } from 'kubernetes-types/core/v1.js';

export interface ControllerContext {
  store: Store;
  clock: Clock;
  timers: TimerQueue;
  api: ApiServerImpl;
  events: EventRecorder;
  pods: PodIndex;
  rng: Rng;
  /** Enqueues `key` on controller `name` at virtual time `atMs`. */
  wakeAt(atMs: number, name: string, key: string): void;
}

export function podKey(p: Readonly<Pod>): string {
  return `${p.metadata!.namespace}/${p.metadata!.name}`;
}

export function splitKey(key: string): [string, string] {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
}

export function isPodReady(p: Readonly<Pod>): boolean {
  return (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

export function isPodActive(p: Readonly<Pod>): boolean {
  return !p.metadata?.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
}

/** RFC 3339 at second precision for a virtual time in ms. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** kubernetes-types marks every field readonly; a writer's private copy may be edited. */
export type Mutable<T> = T extends (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

/** A deep, editable copy of a stored object. */
export function editable<T>(o: Readonly<T>): Mutable<T> {
  return structuredClone(o) as Mutable<T>;
}
