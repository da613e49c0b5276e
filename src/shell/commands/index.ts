// The command registry: which commands exist in which place, and the adapter that turns our
// ShellCommand (values in, values out, no host access) into a just-bash command.
//
// just-bash supplies the shell grammar and the text utilities (grep, awk, sort, …). We
// replace the ones that would leak host facts or real time (date, hostname, whoami,
// history, clear) and leave out what has no place in a Kubernetes lesson (sqlite3,
// html-to-markdown; python and js are never enabled). curl, nslookup, dig, ping, openssl
// come from the data plane (./net), kubectl from ./kubectl.
import { decodeBytesToUtf8, defineCommand, getCommandNames, type Command, type CommandName, type IFileSystem } from 'just-bash';
import type { PlaceInfo, RunResult, ShellCommand } from '../types.js';
import type { Session } from '../session.js';
import { dateCommand } from './date.js';
import { sleepCommand } from './sleep.js';
import { clearCommand } from './clear.js';
import { historyCommand } from './history.js';
import { hostnameCommand, whoamiCommand } from './identity.js';
import { sshCommand } from './ssh.js';
import { idCommand, unameCommand } from './system-info.js';
import { EDITOR_COMMANDS } from './editors.js';
import { ipCommand } from './ip.js';
import { kubectlCommand } from './kubectl/index.js';
import { netCommands } from './net/index.js';
import { ncCommand, telnetCommand } from './net/nc.js';
import { psCommand } from './ps.js';
import { killCommand } from './kill.js';
import { bracketCommand, testCommand } from './test-command.js';
import { nodeCommand, npmCommand, yarnCommand } from './node-tools.js';
import { nginxCommand } from './nginx.js';
import { ashCommand, type ShellExec } from './ash.js';

/** just-bash built-ins we replace or never offer. */
const WITHHELD = new Set(['date', 'hostname', 'whoami', 'history', 'clear', 'sqlite3', 'html-to-markdown', 'curl', 'python', 'python3', 'js-exec', 'node', 'sleep']);

/** The just-bash utilities every place with a shell may offer. */
export const BUILTIN_UTILITIES: readonly CommandName[] = getCommandNames().filter((n) => !WITHHELD.has(n)) as CommandName[];

/**
 * Bash builtins: present in any container that has bash or sh, whatever its image lists
 * (just-bash implements some of them as commands).
 */
export const SHELL_BUILTINS: readonly string[] = ['echo', 'printf', 'pwd', 'true', 'false', 'alias', 'unalias', 'history', 'help', 'time'];

/** Our own utilities (not kubectl, not network). */
export const UTILITY_COMMANDS: readonly ShellCommand[] = [sleepCommand, dateCommand, clearCommand, historyCommand, hostnameCommand, whoamiCommand, sshCommand, unameCommand, idCommand];

/**
 * Programs only container images ship (each image lists the ones it has): the process tools,
 * `test`/`[` as executables, the image's own servers and runtimes, busybox's nc/telnet/ash.
 */
export const CONTAINER_PROGRAMS: readonly ShellCommand[] = [psCommand, killCommand, testCommand, bracketCommand, nodeCommand, npmCommand, yarnCommand, nginxCommand, ashCommand, ncCommand, telnetCommand];

/** Network tools (data plane): curl, nslookup, dig, ping, openssl, … */
export const NETWORK_COMMANDS: readonly ShellCommand[] = netCommands;
export const KUBECTL_COMMANDS: readonly ShellCommand[] = [kubectlCommand];

/** Everything the learner's laptop has. */
export function laptopCommands(): ShellCommand[] {
  return [...UTILITY_COMMANDS, ipCommand, ...EDITOR_COMMANDS, ...NETWORK_COMMANDS, ...KUBECTL_COMMANDS];
}

/** A node: the utilities and network tools, no kubectl (workers have no kubeconfig). */
export function nodeCommands(): ShellCommand[] {
  return [...UTILITY_COMMANDS, ipCommand, ...EDITOR_COMMANDS, ...NETWORK_COMMANDS];
}

/** What a container may run: only what its image ships (`lookupImage(image).commands`). */
export function podCommands(imageCommands: readonly string[]): { builtins: CommandName[]; custom: ShellCommand[] } {
  const has = new Set(imageCommands);
  const shell = has.has('bash') || has.has('sh');
  const builtins = BUILTIN_UTILITIES.filter((n) => has.has(n) || (shell && SHELL_BUILTINS.includes(n)));
  const custom = [...UTILITY_COMMANDS, ...NETWORK_COMMANDS, ...CONTAINER_PROGRAMS].filter((c) => has.has(c.name) || (shell && SHELL_BUILTINS.includes(c.name)));
  return { builtins, custom };
}

/** What an adapted command needs from where it runs. */
export interface CommandHost {
  session: Session;
  place: PlaceInfo;
  /** Whether the current run has a terminal (interactive place, `exec -it`). */
  tty(): boolean;
}

/** What a command gets from the shell that runs it. */
export interface CommandInput extends ShellExec {
  args: string[];
  stdin: string;
  env: Record<string, string>;
  cwd: string;
  fs: IFileSystem;
}

/**
 * Runs a ShellCommand at a place. A thrown error becomes one line on stderr (never a stack
 * trace) and is kept on the session for tests and the debug log.
 */
export async function runShellCommand(cmd: ShellCommand, host: CommandHost, input: CommandInput): Promise<RunResult> {
  const log = host.session.writeLog;
  const top = log.enter();
  let result: RunResult | undefined;
  try {
    // `cmd 2>&1 | ours`: the previous stage's two streams, in the order it wrote them.
    const stdin = log.reorderStdin(input.stdin) ?? input.stdin;
    const r = await cmd.run({ ...input, stdin, place: host.place, tty: host.tty(), session: host.session, signal: host.session.signal });
    // Controllers react within milliseconds on a real cluster: `kubectl create -f svc.yaml &&
    // kubectl get ep` already shows the endpoints. Settling is a no-op when nothing changed.
    host.session.cluster.settle();
    result = r.chunks ? { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, chunks: r.chunks } : { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    return result;
  } catch (err) {
    host.session.internalErrors.push(err instanceof Error ? err : new Error(String(err)));
    const msg = err instanceof Error ? err.message : String(err);
    result = { stdout: '', stderr: `${cmd.name}: internal error: ${msg}\n`, exitCode: 1 };
    return result;
  } finally {
    log.leave(top, [cmd.name, ...input.args], result);
  }
}

/**
 * Wraps a ShellCommand for just-bash: stdin bytes decoded as UTF-8, the exported environment.
 * A program that is a shell under another name (`ash`) also gets a way to run a line in the
 * shell that called it (see ./ash.ts).
 */
export function adapt(cmd: ShellCommand, host: CommandHost): Command {
  return defineCommand(cmd.name, async (args, ctx) => {
    const env: Record<string, string> = ctx.exportedEnv ? { ...ctx.exportedEnv } : Object.fromEntries(ctx.env);
    const input: CommandInput = { args, stdin: decodeBytesToUtf8(ctx.stdin), env, cwd: ctx.cwd, fs: ctx.fs };
    if (cmd === ashCommand && ctx.exec) {
      const exec = ctx.exec;
      input.exec = async (line, opts) => {
        // A child process: it sees the exported variables only.
        const r = await exec(line, { cwd: opts.cwd, stdin: opts.stdin, env, replaceEnv: true });
        return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
      };
    }
    return runShellCommand(cmd, host, input);
  });
}
