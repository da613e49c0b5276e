// `sleep` in a terminal holds the prompt for real: a learner who types `sleep 10` waits ten
// seconds (and can press Ctrl-C), as in bash. The interactive app installs this on the session
// for the lines the learner types; scripts, lessons' own commands, verify and tests keep
// sleeping on the virtual clock alone, instantly and deterministically.

/** setTimeout's longest delay (about 24.8 days); longer waits are chained. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Waits `ms` of wall time or until `signal` aborts; resolves with the milliseconds waited. */
export function wallSleep(ms: number, signal?: AbortSignal): Promise<number> {
  const start = performance.now();
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(0);
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve(performance.now() - start);
    };
    const arm = () => {
      const left = ms - (performance.now() - start);
      if (left <= 0) return done();
      timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
    };
    signal?.addEventListener('abort', done, { once: true });
    arm();
  });
}

export type WallSleeper = typeof wallSleep;
