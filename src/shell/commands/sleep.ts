// `sleep` on the virtual clock: the whole interval passes at once, however long (just-bash's
// own sleep stops at one hour, so `sleep 5400` would age objects by 60m instead of 90m). In a
// line the learner typed in the app, it also waits that long on the wall clock (Ctrl-C stops
// it; the virtual clock then moves by the whole seconds that passed), as bash's prompt would.
// GNU coreutils' rules: each operand is a decimal number with an optional s/m/h/d suffix,
// the operands add up; `infinity` would never return, and is refused here rather than hang.
import type { CommandContext, RunResult, ShellCommand } from '../types.js';
import type { WallSleeper } from '../wall-sleep.js';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
const TRY = "Try 'sleep --help' for more information.\n";

interface ClockHost {
  cluster: { advance(seconds: number): void };
  sleeper?: WallSleeper;
}

/** Seconds an operand stands for, or undefined when it is not a time interval. */
export function sleepSeconds(arg: string): number | undefined {
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
  return m ? Number(m[1]) * UNIT[m[2]] : undefined;
}

async function runSleep(ctx: CommandContext): Promise<RunResult> {
  if (ctx.args.length === 0) return { stdout: '', stderr: `sleep: missing operand\n${TRY}`, exitCode: 1 };
  let total = 0;
  for (const a of ctx.args) {
    const s = sleepSeconds(a);
    if (s === undefined) return { stdout: '', stderr: `sleep: invalid time interval '${a}'\n${TRY}`, exitCode: 1 };
    total += s;
  }
  if (ctx.signal?.aborted) return { stdout: '', stderr: '', exitCode: 130 };
  const host = ctx.session as unknown as ClockHost;
  if (host.sleeper && total > 0) {
    const waited = (await host.sleeper(total * 1000, ctx.signal)) / 1000;
    if (ctx.signal?.aborted) {
      host.cluster.advance(Math.floor(Math.min(waited, total)));
      return { stdout: '', stderr: '', exitCode: 130 };
    }
  }
  if (total > 0) host.cluster.advance(total);
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const sleepCommand: ShellCommand = { name: 'sleep', run: runSleep };
