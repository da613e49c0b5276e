// Delayed work on the virtual clock (containers starting, probes, load balancers, grace
// periods). Timers fire in (time, insertion) order, so equal seeds replay identically.

/**
 * What a timer does, as data: a saved cluster keeps its pending timers this way and turns
 * them back into work when restored (Cluster.timerWork).
 */
export type TimerMemo = { wake: string; key: string } | { expireEvent: string; namespace: string };

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
  memo?: TimerMemo;
}

/** A pending timer as saved: its time, its place in the order, what it does. */
export interface SavedTimer {
  at: number;
  seq: number;
  memo: TimerMemo;
}

export class TimerQueue {
  private heap: Timer[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  /** `memo` says what `fire` does, for a saved cluster; a timer without one cannot be saved. */
  schedule(at: number, fire: () => void, memo?: TimerMemo): void {
    this.heap.push({ at, seq: this.seq++, fire, memo });
    this.up(this.heap.length - 1);
  }

  /** The pending timers as data, and the next sequence number; undefined if one has no memo. */
  save(): { timers: SavedTimer[]; seq: number } | undefined {
    const timers: SavedTimer[] = [];
    for (const t of this.heap) {
      if (!t.memo) return undefined;
      timers.push({ at: t.at, seq: t.seq, memo: t.memo });
    }
    return { timers, seq: this.seq };
  }

  /** Puts saved timers back (into an empty queue), each doing what `work` makes of its memo. */
  load(saved: { timers: SavedTimer[]; seq: number }, work: (memo: TimerMemo) => () => void): void {
    // The saved array is the heap itself, in heap order: it is a valid heap as it stands.
    this.heap = saved.timers.map((t) => ({ at: t.at, seq: t.seq, fire: work(t.memo), memo: t.memo }));
    this.seq = saved.seq;
  }

  /** The time of the earliest timer, if any. */
  peek(): number | undefined {
    return this.heap[0]?.at;
  }

  /** Removes and returns the earliest timer due at or before `now`. */
  popDue(now: number): (() => void) | undefined {
    const top = this.heap[0];
    if (!top || top.at > now) return undefined;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top.fire;
  }

  private less(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }
  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}
