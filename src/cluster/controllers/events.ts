// The event recorder (client-go tools/record): one Event per (object, type, reason,
// message, source); repeats bump count and lastTimestamp instead of adding rows, which is
// how `describe` shows `2m (x3 over 10m)`. Events expire after an hour, like the API
// server's event TTL.
import type { Event, ObjectReference } from 'kubernetes-types/core/v1.js';
import type { AnyObject } from '../api/kinds.js';
import { KINDS, type Kind } from '../api/kinds.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../runtime/clock.js';
import type { TimerQueue } from '../runtime/timers.js';
import type { Rng } from '../runtime/rng.js';
import { uuid } from '../runtime/allocators.js';

export const EVENT_TTL_SECONDS = 3600;

export class EventRecorder {
  /**
   * Events that would expire before this virtual time are not stored at all: scenarios
   * build twelve days of history that nobody can look at, and an event recorded then would
   * be gone by the time the session starts anyway.
   */
  expiresUnseenBefore = 0;
  private byKey = new Map<string, string>();
  private keyByName = new Map<string, string>();
  private seq = 0;

  constructor(
    private store: Store,
    private clock: Clock,
    private timers: TimerQueue,
    private rng: Rng,
  ) {}

  record(involved: AnyObject, type: 'Normal' | 'Warning', reason: string, message: string, source: string, opts: { host?: string; fieldPath?: string } = {}): void {
    if (this.clock.now() + EVENT_TTL_SECONDS * 1000 <= this.expiresUnseenBefore) return;
    const meta = involved.metadata ?? {};
    const kind = (involved as { kind?: string }).kind ?? 'Unknown';
    const info = KINDS[kind as Kind];
    const namespace = meta.namespace ?? 'default';
    const key = [meta.uid, kind, meta.name, opts.fieldPath ?? '', type, reason, message, source, opts.host ?? ''].join('\u0000');
    const now = this.clock.iso();
    const existingName = this.byKey.get(key);
    const existing = existingName ? this.store.get('Event', namespace, existingName) : undefined;
    if (existing) {
      const next = structuredClone(existing) as Event;
      next.count = (next.count ?? 1) + 1;
      next.lastTimestamp = now;
      this.store.update('Event', next);
      this.expireLater(namespace, next.metadata!.name!);
      return;
    }
    const ref: ObjectReference = {
      kind,
      namespace: info?.namespaced === false ? undefined : meta.namespace,
      name: meta.name,
      uid: meta.uid,
      apiVersion: (involved as { apiVersion?: string }).apiVersion ?? info?.apiVersion,
      resourceVersion: meta.resourceVersion,
    };
    if (opts.fieldPath) ref.fieldPath = opts.fieldPath;
    if (!ref.namespace) delete ref.namespace;
    // client-go names events `<object>.<unix nanos in hex>`; the sequence keeps names unique
    // when several events share one virtual instant.
    const nanos = BigInt(this.clock.now()) * 1_000_000n + BigInt(this.seq++ % 1_000_000);
    const name = `${meta.name}.${nanos.toString(16)}`;
    const ev: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace, uid: uuid(this.rng), creationTimestamp: now },
      involvedObject: ref,
      reason,
      message,
      source: opts.host ? { component: source, host: opts.host } : { component: source },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: undefined,
      reportingComponent: source,
      reportingInstance: opts.host ?? '',
    };
    delete ev.eventTime;
    this.store.create('Event', ev);
    this.byKey.set(key, name);
    this.keyByName.set(`${namespace}/${name}`, key);
    this.expireLater(namespace, name);
  }

  private expireLater(namespace: string, name: string): void {
    const due = this.clock.now() + EVENT_TTL_SECONDS * 1000;
    this.timers.schedule(due, this.expiry(namespace, name), { expireEvent: name, namespace });
  }

  /** A timer's work: deletes the event if it was not repeated within its TTL. */
  expiry(namespace: string, name: string): () => void {
    return () => {
      const ev = this.store.get('Event', namespace, name);
      if (!ev) return;
      const last = Date.parse(ev.lastTimestamp ?? ev.metadata?.creationTimestamp ?? '');
      if (last + EVENT_TTL_SECONDS * 1000 <= this.clock.now()) {
        this.store.delete('Event', namespace, name);
        const k = this.keyByName.get(`${namespace}/${name}`);
        if (k !== undefined) this.byKey.delete(k);
        this.keyByName.delete(`${namespace}/${name}`);
      }
    };
  }
}
