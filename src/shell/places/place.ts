// A place is one shell somewhere: the learner's laptop, a container (`kubectl exec -it`), a
// node (`ssh`). Each has its own filesystem, environment, working directory, history and
// set of commands, and its own just-bash instance over that filesystem.
//
// just-bash resets variables and the working directory on every exec(), so a place keeps
// them itself: each command line runs with a trailer that reports the exported variables,
// the other shell variables and the cwd back to the place, and the next line starts from
// there (`export X=1`, `cd /tmp`, `alias k=kubectl` persist like in a real shell). A line
// that cannot change any of it (one plain command) runs without the trailer.
import { Bash, decodeBytesToUtf8, defineCommand, parse, serialize, type CommandName, type IFileSystem } from 'just-bash';
import type { PlaceInfo, RunResult, ShellCommand } from '../types.js';
import { literalWords } from '../grammar.js';
import { adapt, BUILTIN_UTILITIES, runShellCommand, type CommandHost } from '../commands/index.js';
import { envCommands } from '../commands/env.js';
import { sudoCommand } from '../commands/editors.js';
import { procVersion } from '../commands/system-info.js';
import type { Session } from '../session.js';
import { shellQuote } from '../quote.js';
import { LAPTOP_PROMPT } from './prompt.js';
import { fsGeneration, watchWrites } from '../fs-generation.js';
import { STATE_COMMAND } from '../just-bash-edits/state-command.mjs';

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

/** The name of the trailer command that reports a line's final shell state (hidden by the bundle edits). */
export { STATE_COMMAND };
/** Names a learner may try that just-bash would answer with a message about browsers. */
const NEVER_PRESENT = ['python', 'python3', 'sqlite3', 'js-exec', 'node', 'html-to-markdown'];

/** Variables just-bash sets itself in every shell; never carried over by hand. */
const SHELL_INTERNAL = new Set(['IFS', 'OSTYPE', 'MACHTYPE', 'HOSTTYPE', 'OPTIND', 'SHELLOPTS', 'BASHOPTS', 'PPID', 'UID', 'EUID', 'BASHPID', 'RANDOM', 'SECONDS', 'LINENO', 'BASH_VERSION', 'PWD', 'OLDPWD']);

/**
 * Names that can change the shell's own state (variables, cwd, options, aliases, functions)
 * or run shell code in it: a line starting with one of these always gets the trailer.
 */
const STATEFUL_NAMES = new Set([
  // bash builtins and keywords
  'cd', 'pushd', 'popd', 'dirs', 'export', 'unset', 'set', 'shopt', 'local', 'declare', 'typeset', 'readonly',
  'read', 'mapfile', 'readarray', 'getopts', 'shift', 'let', 'eval', 'source', '.', 'exec', 'command', 'builtin',
  'exit', 'logout', 'return', 'break', 'continue', 'trap', 'umask', 'ulimit', 'hash', 'type', 'wait',
  'if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'in', 'select',
  'function', 'time', 'coproc',
  // just-bash commands that touch the shell or run a shell
  'alias', 'unalias', 'bash', 'sh', 'dash', 'ash',
]);

/**
 * A line that is one plain command — no expansion, assignment, redirection, operator,
 * grouping or continuation: nothing in it can change the shell's state, only the command.
 */
const PLAIN_COMMAND = /^[ \t]*([A-Za-z0-9_][\w.+-]*)(?:[ \t][^$`;&|()<>\\{}!#\n\r]*)?$/;

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
  /** What the client that opened this shell does when it ends (`run --rm` deletes the pod); its output. */
  afterExit?: () => string;
  /** Set by the trailer when a line ran to its end (not cut short by `exit`). */
  captured: CapturedState | undefined;
  /**
   * True once a line's trailer reported the state back: from then on the place holds what
   * the shell would report, so a line that cannot change it needs no trailer.
   */
  settled = false;
  /** Shell functions defined so far (name → definition), replayed before each line. */
  readonly functions = new Map<string, string>();
  /** The order variables had when the shell started (`env` prints them in this order). */
  private readonly envOrder: string[];
  /** Our own commands by name (those just-bash runs through `adapt`, nothing overriding them). */
  private readonly ownCommands = new Map<string, ShellCommand>();
  private readonly host: CommandHost;
  /** What resolvesToBuiltin found per name, for the PATH and filesystem write count below. */
  private readonly onPath = new Map<string, boolean>();
  private onPathFor = { generation: -1, path: '' };

  constructor(setup: PlaceSetup, session: Session, sleep: (ms: number) => Promise<void>) {
    this.info = setup.info;
    this.fs = setup.fs;
    watchWrites(setup.fs);
    this.home = setup.home;
    this.user = setup.user;
    this.hostname = setup.hostname;
    this.leaveStyle = setup.leave;
    this.flavour = setup.flavour ?? 'bash';
    this.env = { ...setup.env };
    this.envOrder = Object.keys(setup.env);
    this.cwd = setup.cwd;
    const host: CommandHost = { session, place: setup.info, tty: () => this.tty };
    this.host = host;
    const builtins = [...(setup.builtins ?? BUILTIN_UTILITIES)];
    this.commandNames = new Set([...builtins, ...setup.commands.map((c) => c.name)]);
    // The trailer reads only what its context hands over as plain values (exported
    // variables, cwd): every other read goes through just-bash's per-call membrane, which
    // copies each entry it passes. The shell variables come from the exec result instead
    // (`takeVars`), which is the same final variable table. It exits 0 so that an errexit
    // shell (`set -e; ! true`) cannot stop at the trailer; the line's status is `status`.
    const state = defineCommand(STATE_COMMAND, async (args, ctx) => {
      this.captured = { exported: { ...(ctx.exportedEnv ?? {}) }, vars: {}, cwd: ctx.cwd, status: Number(args[0] ?? 0) };
      return { stdout: '', stderr: '', exitCode: 0 };
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
    // (All but node are unlisted in the bundle edits: no stub in /bin, so `ls /bin` and `which` do not show them.)
    const absent = NEVER_PRESENT.filter((n) => !setup.commands.some((c) => c.name === n)).map((n) =>
      defineCommand(n, async () => ({ stdout: '', stderr: `bash: ${n}: command not found\n`, exitCode: 127 })),
    );
    const overridden = new Set([...env, ...ls, ...sudo].map((c) => c.name));
    const custom = [...absent, ...setup.commands.map((c) => adapt(c, host)), ...env, ...ls, ...sudo, state];
    const customNames = new Set(custom.map((c) => c.name));
    for (const c of setup.commands) if (!overridden.has(c.name)) this.ownCommands.set(c.name, c);
    this.bash = new Bash({
      fs: setup.fs,
      cwd: setup.cwd,
      env: { ...setup.env },
      commands: builtins,
      customCommands: [...custom, ...noted(builtins.filter((n) => !customNames.has(n)), session)],
      sleep,
      // No guest JavaScript ever runs here (python/js are off), so the library's global-patching
      // defence layer only costs time on every command.
      defenseInDepth: false,
      // Without a deadline just-bash arms no host timer (and no Promise.race) around every
      // custom command. Its deadline is reckoned with Date.now(), the session's virtual
      // clock here, so it never meant wall time anyway; runaway scripts are still stopped
      // by the command-count, loop and call-depth limits.
      // jq's own loop budget (10,000,000 by default) takes tens of seconds to run out.
      executionLimits: { maxExecutionTimeMs: Number.POSITIVE_INFINITY, maxJqIterations: 1_000_000 },
      processInfo: { pid: 1, ppid: 0, uid: setup.user === 'root' ? 0 : 1000, gid: setup.user === 'root' ? 0 : 1000 },
    });
    this.kernelFiles();
  }

  /**
   * The files the kernel provides, as the place's kernel would (just-bash's defaults name
   * just-bash). Written after the shell set up its layout.
   */
  private kernelFiles(): void {
    const fs = this.fs as IFileSystem & { writeFileSync?: (path: string, content: string) => void };
    try {
      fs.writeFileSync?.('/proc/version', procVersion(this.info.kind));
    } catch {
      // a filesystem without /proc keeps what it has
    }
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
        return LAPTOP_PROMPT;
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
   * The script that runs `line` as the next line of this shell: restore the functions, alias
   * expansion and `$?` of the previous line (on the first line, so line numbers stay right),
   * then the line, then (unless the line is inert) the trailer that reports the state back.
   */
  wrap(line: string, trailer = true): string {
    let prefix = '';
    for (const def of this.functions.values()) prefix += `${def}\n`;
    // Aliases are variables to just-bash; expanding them needs the interactive shell's option.
    if (Object.keys(this.vars).some((k) => k.startsWith('BASH_ALIAS_'))) prefix += 'shopt -s expand_aliases; ';
    if (this.lastStatus !== 0) prefix += `(exit ${this.lastStatus}); `;
    // (`command -p`: found on the default path whatever the line did to PATH, and past any alias or function.)
    return trailer ? `${prefix}${line}\ncommand -p ${STATE_COMMAND} $?` : `${prefix}${line}`;
  }

  /**
   * The variable table the next line starts with: the exported variables, then the shell's
   * own. just-bash exports only what the shell exported, so the others stay shell variables —
   * as if assigned at the top of the line, minus a statement per variable (and an assignment
   * that a `readonly` from an earlier line would refuse).
   */
  lineEnv(): Record<string, string> {
    return { ...this.env, ...this.vars };
  }

  /**
   * Whether `line` leaves this shell's variables, cwd and options as they are, so it can run
   * without the trailer (which costs as much as a command of its own on every line): one
   * plain command that is a program of this place — not a builtin or keyword that acts on
   * the shell, not a function or alias defined here. Then only `$?` changes.
   */
  isInert(line: string): boolean {
    if (!this.settled) return false;
    const m = PLAIN_COMMAND.exec(line);
    if (!m) return false;
    const name = m[1];
    return this.commandNames.has(name) && !STATEFUL_NAMES.has(name) && !this.functions.has(name) && !(`BASH_ALIAS_${name}` in this.vars);
  }

  /**
   * Runs an inert line whose words need no expansion and whose command is one of ours
   * straight, without the interpreter: what just-bash would do for it comes down to finding
   * the command on PATH and calling it with the words, no stdin and the exported variables.
   * Undefined when the line needs the shell (then nothing ran).
   */
  async runDirect(line: string): Promise<RunResult | undefined> {
    const words = literalWords(line);
    return words ? this.runArgv(words) : undefined;
  }

  /**
   * Runs argv (no stdin) when its program is one of our commands found on PATH; undefined
   * otherwise (nothing ran). Used for plain lines and for a container exec's argv.
   */
  async runArgv(argv: readonly string[]): Promise<RunResult | undefined> {
    const cmd = argv.length > 0 ? this.ownCommands.get(argv[0]) : undefined;
    if (!cmd || !(await this.resolvesToBuiltin(cmd.name))) return undefined;
    return runShellCommand(cmd, this.host, { args: argv.slice(1), stdin: '', env: { ...this.env }, cwd: this.cwd, fs: this.fs });
  }

  /**
   * just-bash's PATH search for a command name: the first directory holding an executable
   * of that name wins; its own commands live as stubs in /usr/bin and /bin. False when
   * something else (a learner's script earlier on PATH) or nothing would run.
   */
  private async resolvesToBuiltin(name: string): Promise<boolean> {
    const path = this.env.PATH ?? this.vars.PATH ?? '/usr/bin:/bin';
    // The answer stands until PATH changes or a file is written: looking it up again is a
    // few filesystem walks on every command line.
    const generation = fsGeneration(this.fs)!;
    if (generation !== this.onPathFor.generation || path !== this.onPathFor.path) {
      this.onPath.clear();
      this.onPathFor = { generation, path };
    }
    const known = this.onPath.get(name);
    if (known !== undefined) return known;
    const found = await this.searchPath(path, name);
    if (fsGeneration(this.fs) === generation) this.onPath.set(name, found);
    return found;
  }

  private async searchPath(path: string, name: string): Promise<boolean> {
    for (const dir of path.split(':')) {
      if (!dir) continue;
      if (!dir.startsWith('/')) return false;
      const file = `${dir}/${name}`;
      if (!(await this.fs.exists(file))) continue;
      let st;
      try {
        st = await this.fs.stat(file);
      } catch {
        continue; // (a dangling link: just-bash skips it too)
      }
      if (st.isDirectory) continue;
      if (file === `/usr/bin/${name}` || file === `/bin/${name}`) return true;
      if ((st.mode & 0o111) !== 0) return false;
    }
    return !(await this.fs.exists('/usr/bin'));
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

  /**
   * Fills the trailer's report with the shell variables that are not exported, from the
   * variable table an exec ends with (the trailer is the line's last command, so it is the
   * table the trailer saw).
   */
  takeVars(state: CapturedState, env: Record<string, string>): void {
    const vars: Record<string, string> = {};
    for (const k in env) {
      if (k in state.exported || SHELL_INTERNAL.has(k) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) continue;
      vars[k] = env[k];
    }
    state.vars = vars;
  }

  /** Takes over what the trailer reported. */
  adopt(state: CapturedState): void {
    this.env = state.exported;
    this.vars = state.vars;
    this.cwd = state.cwd;
    this.lastStatus = state.status;
    this.settled = true;
  }
}

/**
 * just-bash's own utilities (echo, grep, head, …), each noted in the session's write log as it
 * runs, so a line's output keeps the order of its writes (see ../write-order.ts).
 */
function noted(names: readonly CommandName[], session: Session) {
  const log = session.writeLog;
  /** Set while a utility re-runs itself with its stdin put back in write order. */
  let rerun = false;
  return names.map((name) =>
    defineCommand(name, async (args, ctx) => {
      if (rerun) {
        rerun = false;
        return ctx.origCommand!(args);
      }
      const top = log.enter();
      let r: Awaited<ReturnType<NonNullable<typeof ctx.origCommand>>> | undefined;
      try {
        const reordered = ctx.exec ? log.reorderStdin(decodeBytesToUtf8(ctx.stdin)) : undefined;
        if (reordered !== undefined) {
          rerun = true;
          r = await ctx.exec!([name, ...args].map(shellQuote).join(' '), { cwd: ctx.cwd, stdin: reordered });
        } else r = await ctx.origCommand!(args);
        return r;
      } finally {
        rerun = false;
        log.leave(top, [name, ...args], r && { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
      }
    }),
  );
}
