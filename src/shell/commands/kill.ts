// `kill` inside a container. PID 1 of a PID namespace gets only the signals it installed a
// handler for — the kernel drops the rest, SIGKILL included when sent from inside the
// namespace. So `kill 1` and `kill -9 1` in a kubia container do nothing (node installs no
// SIGTERM handler) and exit 0. A program that does handle SIGTERM as PID 1 (nginx) would
// stop the container; that is not simulated and kill says so. Any other PID: the process
// list of ./processes.ts decides whether it exists (the shell and `kill` itself are not
// killed either: see the report below).
import type { CommandContext, RunResult, ShellCommand } from '../types.js';
import { containerProcs } from './processes.js';

const SIGNALS: Record<string, number> = { HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, USR2: 12, TERM: 15 };

function run(ctx: CommandContext): RunResult {
  // In an interactive shell `kill` is bash's builtin; exec'd directly it is procps' /bin/kill.
  const inShell = (ctx.session as unknown as { place(): unknown }).place() === ctx.place;
  const who = inShell ? 'bash: kill' : 'kill';
  let sig = 15;
  const pids: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (a === '-s' || a === '-n') {
      const v = ctx.args[++i] ?? '';
      const n = /^\d+$/.test(v) ? Number(v) : SIGNALS[v.replace(/^SIG/, '')];
      if (n === undefined) return { stdout: '', stderr: `${who}: ${v}: invalid signal specification\n`, exitCode: 1 };
      sig = n;
    } else if (/^-\d+$/.test(a)) sig = Number(a.slice(1));
    else if (/^-[A-Z]+$/.test(a)) {
      const n = SIGNALS[a.slice(1).replace(/^SIG/, '')];
      if (n === undefined) return { stdout: '', stderr: `${who}: ${a.slice(1)}: invalid signal specification\n`, exitCode: 1 };
      sig = n;
    } else if (a === '-l' || a === '-L') {
      return { stdout: ' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 9) SIGKILL\t10) SIGUSR1\n12) SIGUSR2\t15) SIGTERM\n', stderr: '', exitCode: 0 };
    } else pids.push(a);
  }
  if (pids.length === 0) return { stdout: '', stderr: inShell ? 'bash: kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n' : '\nUsage:\n kill [options] <pid> [...]\n', exitCode: inShell ? 2 : 1 };
  const { image, procs } = containerProcs(ctx, ['kill', ...ctx.args]);
  let stderr = '';
  let exitCode = 0;
  for (const p of pids) {
    if (!/^-?\d+$/.test(p)) {
      stderr += inShell ? `bash: kill: ${p}: arguments must be process or job IDs\n` : `kill: failed to parse argument: '${p}'\n`;
      exitCode = 1;
      continue;
    }
    const pid = Number(p);
    const target = procs.find((x) => x.pid === pid);
    if (!target) {
      stderr += inShell ? `bash: kill: (${pid}) - No such process\n` : `kill: (${pid}): No such process\n`;
      exitCode = 1;
      continue;
    }
    if (pid === 1) {
      // node (kubia) handles no signal: the kernel drops them all for PID 1.
      const handles = image?.app === 'nginx' && sig !== 9;
      if (handles) {
        stderr += `kill: stopping PID 1 (${target.comm}) with signal ${sig} is not simulated in kubetour; delete the pod instead\n`;
        exitCode = 1;
      }
      continue;
    }
    // The asking shell and `kill` itself: a shell ignores SIGTERM; anything else is not simulated.
    if (sig !== 15 || target.comm !== 'bash') {
      stderr += `kill: signalling PID ${pid} (${target.comm}) is not simulated in kubetour\n`;
      exitCode = 1;
    }
  }
  return { stdout: '', stderr, exitCode };
}

export const killCommand: ShellCommand = { name: 'kill', run };
