// The interactive app's idle clock: while no line runs, virtual time follows the wall clock
// (see shell/idle-clock.ts). Ticks once a second; the time a line takes is not idle time.
import { useEffect, useMemo, useRef } from 'react';
import { IdleClock, type IdleTarget, type WallClock } from '../../shell/idle-clock.js';

export function useIdleClock(target: () => IdleTarget | undefined, busy: boolean, wall: WallClock | undefined, intervalMs = 1000): void {
  const clock = useMemo(() => (wall ? new IdleClock(wall) : undefined), [wall]);
  const targetRef = useRef(target);
  targetRef.current = target;
  useEffect(() => {
    if (!clock || busy) return;
    clock.restart();
    const id = setInterval(() => clock.tick(targetRef.current()), intervalMs);
    return () => clearInterval(id);
  }, [clock, busy, intervalMs]);
}
