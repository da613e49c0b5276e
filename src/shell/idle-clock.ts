// Virtual time that follows the wall clock while the learner is idle. A real cluster keeps
// moving while its user reads: a LoadBalancer gets its EXTERNAL-IP ~15 s after creation,
// a pod's AGE grows. The interactive app lets the simulated clock catch up with the wall
// clock between command lines (never during one: a line's output depends only on the seed
// and the input). `sleep` still jumps at once, and scripted runs (`shell`, `verify`,
// `play`) never use this, so they stay fully deterministic.
//
// The wall clock is injected: the app passes the host's, tests pass a hand-wound one.

export interface WallClock {
  /** Milliseconds, monotonic. */
  now(): number;
}

export interface IdleTarget {
  /** Lets `seconds` of virtual time pass; false (nothing happened) while a line runs. */
  passIdleTime(seconds: number): boolean;
}

/** Carries wall time over to a target in whole seconds; the remainder waits for the next tick. */
export class IdleClock {
  private last: number;

  constructor(private readonly wall: WallClock) {
    this.last = wall.now();
  }

  /** Hands the whole seconds elapsed since the last hand-over to `target`; returns how many. */
  tick(target: IdleTarget | undefined): number {
    const now = this.wall.now();
    const seconds = Math.floor((now - this.last) / 1000);
    if (seconds <= 0) return 0;
    if (!target?.passIdleTime(seconds)) {
      // Busy (or nothing to move): the time was not idle, drop it.
      this.last = now;
      return 0;
    }
    this.last += seconds * 1000;
    return seconds;
  }

  /** Starts counting from now (after a line ran, the time it took was not idle time). */
  restart(): void {
    this.last = this.wall.now();
  }
}
