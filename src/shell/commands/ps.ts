// `ps` inside a container: procps-ng 3.3 on the Debian/Ubuntu images (`ps`, `ps aux`,
// `ps -ef`), busybox's applet in busybox. The processes come from ./processes.ts.
import type { CommandContext, RunResult, ShellCommand } from '../types.js';
import { containerProcs, type Proc } from './processes.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** procps START/STIME: `HH:MM` within the last day, `MmmDD` before (UTC, the nodes' zone). */
function startColumn(start: number, now: number): string {
  const d = new Date(start);
  if (now - start < DAY_MS) return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${MONTHS[d.getUTCMonth()]}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Every process here has used well under a second of CPU. */
const CPU_TIME = '0:00';
const CPU_TIME_LONG = '00:00:00';
/** The node's memory, for %MEM (the simulated workers have 2 GiB). */
const NODE_MEM_KB = 2_035_000;

function aux(procs: Proc[], now: number): string {
  let out = 'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n';
  for (const p of procs) {
    const mem = ((p.rss / NODE_MEM_KB) * 100).toFixed(1);
    out += `${'root'.padEnd(8)} ${String(p.pid).padStart(5)}  0.0 ${mem.padStart(4)} ${String(p.vsz).padStart(6)} ${String(p.rss).padStart(5)} ${p.tty.padEnd(8)} ${p.stat.padEnd(4)} ${startColumn(p.start, now).padStart(5)} ${CPU_TIME.padStart(6)} ${p.args}\n`;
  }
  return out;
}

function full(procs: Proc[], now: number): string {
  let out = 'UID        PID  PPID  C STIME TTY          TIME CMD\n';
  for (const p of procs) {
    out += `${'root'.padEnd(8)} ${String(p.pid).padStart(5)} ${String(p.ppid).padStart(5)}  0 ${startColumn(p.start, now).padStart(5)} ${p.tty.padEnd(8)} ${CPU_TIME_LONG} ${p.args}\n`;
  }
  return out;
}

/** Plain `ps`: the processes on the caller's terminal (all of them when it has none); `-e`: all. */
function plain(procs: Proc[], all = false): string {
  const self = procs[procs.length - 1];
  let out = '  PID TTY          TIME CMD\n';
  for (const p of procs.filter((x) => all || x.tty === self.tty)) out += `${String(p.pid).padStart(5)} ${p.tty.padEnd(8)} ${CPU_TIME_LONG} ${p.comm}\n`;
  return out;
}

/** busybox ps: `PID   USER     TIME  COMMAND`, whatever BSD-style words follow. */
function busyboxPs(procs: Proc[]): string {
  let out = 'PID   USER     TIME  COMMAND\n';
  for (const p of procs) out += `${String(p.pid).padStart(5)} ${'root'.padEnd(8)} ${CPU_TIME.padStart(5)} ${p.args}\n`;
  return out;
}

function run(ctx: CommandContext): RunResult {
  const { busybox, procs, now } = containerProcs(ctx, ['ps', ...ctx.args]);
  if (busybox) return { stdout: busyboxPs(procs), stderr: '', exitCode: 0 };
  const words = ctx.args.join(' ');
  if (ctx.args.length === 0) return { stdout: plain(procs), stderr: '', exitCode: 0 };
  if (/^(-?aux|-?axu|-?uax|-?xau)$/.test(words) || words === '-aux') return { stdout: aux(procs, now), stderr: '', exitCode: 0 };
  if (/^(-ef|-fe|-e -f|-f -e|-Af|-fA)$/.test(words)) return { stdout: full(procs, now), stderr: '', exitCode: 0 };
  if (/^(-e|-A|ax|-ax)$/.test(words)) return { stdout: plain(procs, true), stderr: '', exitCode: 0 };
  // Other selections and output formats are not simulated: say so rather than guess.
  return { stdout: '', stderr: `ps: kubetour simulates only \`ps\`, \`ps aux\` and \`ps -ef\` (not \`ps ${words}\`)\n`, exitCode: 1 };
}

export const psCommand: ShellCommand = { name: 'ps', run };
