// Small statistics helpers for the benchmark: samples in, median and percentiles out.

export interface Summary {
  n: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

/**
 * Runs `fn` `warmup` times unmeasured, then `n` times, returning milliseconds per call.
 * `windows`, when given, gets each measured call's start and end (performance.now());
 * `cpu`, the process's CPU milliseconds in each call (read outside the timed span).
 */
export async function sample(n: number, warmup: number, fn: (i: number) => unknown, windows?: [number, number][], cpu?: number[]): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const c0 = cpu ? process.cpuUsage() : undefined;
    const t0 = performance.now();
    await fn(warmup + i);
    const t1 = performance.now();
    if (cpu) {
      const d = process.cpuUsage(c0);
      cpu.push((d.user + d.system) / 1000);
    }
    out.push(t1 - t0);
    windows?.push([t0, t1]);
  }
  return out;
}
