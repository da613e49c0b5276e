// A place is one shell somewhere: the learner's laptop, a container (`kubectl exec -it`), a
// node (`ssh`). Each has its own filesystem, environment, working directory, history and
// set of commands, and its own just-bash instance over that filesystem.
//
// just-bash resets variables and the working directory on every exec(), so a place keeps
// them itself: each command line runs with a trailer that reports the exported variables,
// the other shell variables and the cwd back to the place, and the next line starts from
// there (`export X=1`, `cd /tmp`, `alias k=kubectl` persist like in a real shell).
import { Bash, defineCommand, parse, serialize, type CommandName, type IFileSystem } from 'just-bash';
import type { PlaceInfo, ShellCommand } from '../types.js';
import { adapt, BUILTIN_UTILITIES } from '../commands/index.js';
import { envCommands } from '../commands/env.js';
import { sudoCommand } from '../commands/editors.js';
import type { Session } from '../session.js';
import { shellQuote } from '../quote.js';

export { shellQuote };

/** How leaving the place with `exit` looks: a container shell, or an ssh login. */
export type LeaveStyle = 'laptop' | 'pod' | 'node';

export interface PlaceSetup {
  info: PlaceInfo;
  fs: IFileSystem;
  /** The environment a new shell starts with (exported variables). */
  env: Record<string, string>;
  cwd: string;
  home: string;
  user: string;
  hostname: string;
  /** just-bash utilities on offer; all of BUILTIN_UTILITIES when omitted. */
  builtins?: readonly CommandName[];
  commands: readonly ShellCommand[];
  leave: LeaveStyle;
  /** Which shell runs in a container: its prompt and its goodbye differ. Default bash. */
  flavour?: ShellFlavour;
}

/** bash (`root@pod:/# `, says `exit`), Debian's dash (`# `), busybox ash (`/ # `). */
export type ShellFlavour = 'bash' | 'dash' | 'ash';

/** The name of the trailer command that reports a line's final shell state. */
export const STATE_COMMAND = '__kubetour_state';
/** Names a learner may try that just-bash would answer with a message about browsers. */
const NEVER_PRESENT = ['python', 'python3', 'sqlite3', 'js-exec', 'node', 'html-to-markdown'];

/** Variables just-bash sets itself in every shell; never carried over by hand. */
const SHELL_INTERNAL = new Set(['IFS', 'OSTYPE', 'MACHTYPE', 'HOSTTYPE', 'OPTIND', 'SHELLOPTS', 'BASHOPTS', 'PPID', 'UID', 'EUID', 'BASHPID', 'RANDOM', 'SECONDS', 'LINENO', 'BASH_VERSION', 'PWD', 'OLDPWD']);

export interface CapturedState {
  exported: Record<string, string>;
  vars: Record<string, string>;
  cwd: string;
  status: number;
}

export class Place {
  readonly info: PlaceInfo;
  readonly fs: IFileSystem;
  readonly bash: Bash;
  readonly home: string;
  readonly user: string;
  readonly hostname: string;
  readonly leaveStyle: LeaveStyle;
  readonly flavour: ShellFlavour;
  readonly commandNames: ReadonlySet<string>;
  /** Exported variables (what `env` prints and child commands see). */
  env: Record<string, string>;
  /** Shell variables that are not exported (loop variables, `X=1`, aliases). */
  vars: Record<string, string> = {};
  cwd: string;
  /** `$?` carried into the next line. */
  lastStatus = 0;
  readonly history: string[] = [];
  /** Whether the line running now has a terminal. */
  tty = false;
  /** True while a command runs without a shell around it (container exec). */
  oneShot = false;
  /** Set by the trailer when a line ran to its end (not cut short by `exit`). */
  captured: CapturedState | undefined;
  /** Shell functions defined so far (name → definition), replayed before each line. */
  readonly functions = new Map<string, string>();
  /** The order variables had when the shell started (`env` prints them in this order). */
  private readonly envOrder: string[];

  constructor(setup: PlaceSetup, session: Session, sleep: (ms: number) => Promise<void>) {
    this.info = setup.info;
    this.fs = setup.fs;
    this.home = setup.home;
    this.user = setup.user;
    this.hostname = setup.hostname;
    this.leaveStyle = setup.leave;
    this.flavour = setup.flavour ?? 'bash';
    this.env = { ...setup.env };
    this.envOrder = Object.keys(setup.env);
    this.cwd = setup.cwd;
    const host = { session, place: setup.info, tty: () => this.tty };
    const builtins = [...(setup.builtins ?? BUILTIN_UTILITIES)];
    this.commandNames = new Set([...builtins, ...setup.commands.map((c) => c.name)]);
    const state = defineCommand(STATE_COMMAND, async (args, ctx) => {
      const exported = { ...(ctx.exportedEnv ?? {}) };
      const vars: Record<string, string> = {};
      for (const [k, v] of ctx.env) {
        if (k in exported || SHELL_INTERNAL.has(k) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) continue;
        vars[k] = v;
      }
      const status = Number(args[0] ?? 0);
      this.captured = { exported, vars, cwd: ctx.cwd, status };
      return { stdout: '', stderr: '', exitCode: status };
    });
    // bash keeps HOSTNAME as a shell variable, not in the environment.
    if (!('HOSTNAME' in this.env)) this.vars.HOSTNAME = setup.hostname;
    const env = builtins.includes('env') ? envCommands({ oneShot: () => this.oneShot, order: () => this.envOrder }) : [];
    // just-bash's `ls -l` names every owner `user`; show the place's user instead.
    const owner = setup.user;
    const ls = builtins.includes('ls')
      ? [
          defineCommand('ls', async (args, ctx) => {
            const r = await ctx.origCommand!(args);
            let stdout = r.stdout.replace(/^([-dlcbps][-rwxsStT]{9}\S* +\d+) user user /gm, `$1 ${owner} ${owner} `);
            // GNU ls marks directories with `/` only when asked (-F, -p).
            if (!args.some((a) => /^-[^-]*[Fp]/.test(a) || a === '--classify')) stdout = stdout.replace(/^(d[-rwxsStT]{9}.*)\/$/gm, '$1');
            // …and words a missing file its own way (exit 2).
            let exitCode = r.exitCode;
            const stderr = r.stderr.replace(/^ls: (.+): No such file or directory$/gm, (_m, f: string) => {
              exitCode = 2;
              return `ls: cannot access '${f}': No such file or directory`;
            });
            return { ...r, stdout, stderr, exitCode };
          }),
        ]
      : [];
    // The learner is a sudoer on their machine and the nodes; containers run as root already.
    const sudo = setup.leave === 'pod' ? [] : [sudoCommand()];
    const absent = NEVER_PRESENT.filter((n) => !setup.commands.some((c) => c.name === n)).map((n) =>
      defineCommand(n, async () => ({ stdout: '', stderr: `bash: ${n}: command not found\n`, exitCode: 127 })),
    );
    this.bash = new Bash({
      fs: setup.fs,
      cwd: setup.cwd,
      env: { ...setup.env },
      commands: builtins,
      customCommands: [...absent, ...setup.commands.map((c) => adapt(c, host)), ...env, ...ls, ...sudo, state],
      sleep,
      // No guest JavaScript ever runs here (python/js are off), so the library's global-patching
      // defence layer only costs time on every command.
      defenseInDepth: false,
      processInfo: { pid: 1, ppid: 0, uid: setup.user === 'root' ? 0 : 1000, gid: setup.user === 'root' ? 0 : 1000 },
    });
  }

  /** bash's `\w`: the cwd with the home directory shown as `~`. */
  shortCwd(): string {
    if (this.cwd === this.home) return '~';
    if (this.home !== '/' && this.cwd.startsWith(`${this.home}/`)) return `~${this.cwd.slice(this.home.length)}`;
    return this.cwd;
  }

  prompt(): string {
    switch (this.leaveStyle) {
      case 'laptop':
        return '$ ';
      case 'pod': {
        const mark = this.user === 'root' ? '#' : '$';
        if (this.flavour === 'dash') return `${mark} `;
        if (this.flavour === 'ash') return `${this.shortCwd()} ${mark} `;
        return `${this.user}@${this.hostname}:${this.shortCwd()}${mark} `;
      }
      case 'node':
        return `${this.user}@${this.hostname}:${this.shortCwd()}$ `;
    }
  }

  /**
   * The script that runs `line` as the next line of this shell: restore the shell variables
   * and `$?` of the previous line (on the first line, so line numbers stay right), then the
   * line, then the trailer that reports the state back.
   */
  wrap(line: string): string {
    let prefix = '';
    for (const def of this.functions.values()) prefix += `${def}\n`;
    for (const [k, v] of Object.entries(this.vars)) prefix += `${k}=${shellQuote(v)}; `;
    // Aliases are variables to just-bash; expanding them needs the interactive shell's option.
    if (Object.keys(this.vars).some((k) => k.startsWith('BASH_ALIAS_'))) prefix += 'shopt -s expand_aliases; ';
    if (this.lastStatus !== 0) prefix += `(exit ${this.lastStatus}); `;
    return `${prefix}${line}\n${STATE_COMMAND} $?`;
  }

  /** Remembers the functions a line defined at its top level (`greet() { … }`). */
  learnFunctions(line: string): void {
    if (!/\(\s*\)|\bfunction\b/.test(line)) return;
    let ast;
    try {
      ast = parse(line);
    } catch {
      return;
    }
    for (const st of ast.statements) {
      for (const pl of st.pipelines) {
        for (const cmd of pl.commands) {
          if (cmd.type !== 'FunctionDef') continue;
          const one = { ...st, pipelines: [{ ...pl, commands: [cmd] }], operators: [], background: false };
          this.functions.set(cmd.name, serialize({ ...ast, statements: [one] }));
        }
      }
    }
  }

  /** Takes over what the trailer reported. */
  adopt(state: CapturedState): void {
    this.env = state.exported;
    this.vars = state.vars;
    this.cwd = state.cwd;
    this.lastStatus = state.status;
  }
}
