// `ash`: busybox's shell under its own name (busybox, alpine-based images), the same program
// as their `sh`. It hands its arguments and input to that `sh`: in a shell line through the
// shell that runs it (so exported variables reach it), and for a bare container exec
// (`kubectl exec POD -- ash -c …`) as the exec of `sh` it is. `kubectl exec -it POD -- ash`
// enters with busybox's prompt (the session picks it from the program's name).
import type { CommandContext, RunResult, ShellCommand } from '../types.js';
import { shellQuote } from '../quote.js';

/** What adapt() adds when the shell runs the command: a way to run a line in that shell. */
export interface ShellExec {
  exec?: (line: string, opts: { stdin: string; cwd: string }) => Promise<RunResult>;
}

interface ExecInPod {
  execInPod(ns: string, pod: string, container: string | undefined, argv: string[], opts: { stdin?: string; tty: boolean }): Promise<RunResult & { startError?: string }>;
}

async function run(ctx: CommandContext & ShellExec): Promise<RunResult> {
  if (ctx.exec) return ctx.exec(['sh', ...ctx.args].map(shellQuote).join(' '), { stdin: ctx.stdin, cwd: ctx.cwd });
  const p = ctx.place;
  if (p.kind !== 'pod') return { stdout: '', stderr: 'bash: ash: command not found\n', exitCode: 127 };
  const r = await (ctx.session as unknown as ExecInPod).execInPod(p.namespace ?? 'default', p.name, p.container, ['sh', ...ctx.args], { stdin: ctx.stdin || undefined, tty: ctx.tty });
  if (r.startError) return { stdout: '', stderr: `ash: ${r.startError}\n`, exitCode: 126 };
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

export const ashCommand: ShellCommand = { name: 'ash', run };
