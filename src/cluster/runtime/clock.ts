// The virtual clock. Nothing in the simulation reads the wall clock: time moves only when
// the session says so (one second per command, `sleep N`), which keeps runs reproducible.

/** 2026-11-26T09:00:00Z — the moment every simulated session starts. */
export const EPOCH_MS = Date.UTC(2026, 10, 26, 9, 0, 0);

export class Clock {
  private ms: number;
  constructor(startMs: number = EPOCH_MS) {
    this.ms = startMs;
  }
  /** Milliseconds since the Unix epoch, virtual. */
  now(): number {
    return this.ms;
  }
  /** RFC 3339 timestamp with second precision, as the API server writes it. */
  iso(offsetSeconds = 0): string {
    return new Date(this.ms + offsetSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  /** Moves time forward; callers (the cluster) fire timers that became due. */
  set(ms: number): void {
    if (ms < this.ms) throw new Error(`clock cannot go back (${ms} < ${this.ms})`);
    this.ms = ms;
  }
}
