// A program in a real pseudo-terminal for the benchmark, through util-linux `script`, whose
// output we read as a stream so frame times are measured where they happen (no polling).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Pty {
  child: ChildProcess;
  /** Everything the program has written, ANSI included. */
  output(): string;
  write(data: string): void;
  /** Resolves with the time (ms since start) when `pattern` first appears after `from`. */
  waitFor(pattern: string | RegExp, timeoutMs?: number, from?: number): Promise<number>;
  /** Resolves with the time (ms) of the next output chunk. */
  nextChunk(timeoutMs?: number): Promise<number>;
  startedAt: number;
  kill(): void;
}

export function spawnPty(command: string, opts: { cols?: number; rows?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Pty {
  const cols = opts.cols ?? 100;
  const rows = opts.rows ?? 30;
  const startedAt = performance.now();
  const child = spawn('script', ['-q', '-f', '-e', '-c', `stty cols ${cols} rows ${rows}; exec ${command}`, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: opts.env ?? process.env,
    cwd: opts.cwd,
  });
  let buf = '';
  let listeners: Array<() => void> = [];
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString('utf8');
    const ls = listeners;
    listeners = [];
    for (const l of ls) l();
  });
  const since = () => performance.now() - startedAt;
  return {
    child,
    startedAt,
    output: () => buf,
    write: (data) => child.stdin!.write(data),
    waitFor(pattern, timeoutMs = 10_000, from = 0) {
      return new Promise((resolve, reject) => {
        const test = () => (typeof pattern === 'string' ? buf.indexOf(pattern, from) >= 0 : pattern.test(buf.slice(from)));
        if (test()) return resolve(since());
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}`)), timeoutMs);
        const check = () => {
          if (test()) {
            clearTimeout(timer);
            resolve(since());
          } else listeners.push(check);
        };
        listeners.push(check);
      });
    },
    nextChunk(timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no output')), timeoutMs);
        listeners.push(() => {
          clearTimeout(timer);
          resolve(since());
        });
      });
    },
    kill: () => child.kill('SIGKILL'),
  };
}

/** Resident set size (MB) of the program running under `script` (its only child). */
export function rssOfChild(scriptPid: number): number | undefined {
  try {
    const children = readFileSync(`/proc/${scriptPid}/task/${scriptPid}/children`, 'utf8').trim().split(/\s+/);
    const status = readFileSync(`/proc/${children[0]}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return undefined;
  }
}
