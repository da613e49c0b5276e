// `kubetour shell`: the simulated session without the tutorial. Scripted (stdin is not a
// terminal, or -c): like `bash -s`, each command line runs in one fresh session and its
// output goes to the real streams in order; the exit status is the last line's. With a
// terminal: a plain line-mode shell (node:readline) with the session's prompt and `> `
// for unfinished input.
import { createInterface } from 'node:readline';
import { readAll, type CliIO } from '../cli-io.js';
import { Session, type SessionOptions } from './session.js';
import { inTerminalOrder, type RunResult } from './types.js';
import { limitSentence } from './limits.js';
import { shippedFileText } from './shipped-clusters.js';

export { SHIPPED_CLUSTERS, shippedClusterFile } from './shipped-clusters.js';

const USAGE = 'usage: kubetour shell [--seed N] [--scenario NAME] [--echo] [-c SCRIPT]\n';

export interface ShellCliOptions {
  seed: number;
  scenario: string;
  echo: boolean;
  script?: string;
}

/** The build saves starting clusters with the code that restores them (scripts/build.mjs). */
export function savedStartingClusterText(seed: number, scenario: string): string {
  return shippedFileText(Session.saveStartingCluster(seed, scenario));
}

/** Parses the flags; a string is the error to print (exit 2). */
export function parseShellArgs(argv: string[]): ShellCliOptions | string {
  const opts: ShellCliOptions = { seed: 1, scenario: 'kubia', echo: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? argv[++i];
    switch (name) {
      case '--seed': {
        const v = value();
        if (v === undefined || !/^\d+$/.test(v)) return `kubetour shell: --seed needs a non-negative integer\n${USAGE}`;
        opts.seed = Number(v);
        break;
      }
      case '--scenario': {
        const v = value();
        if (!v) return `kubetour shell: --scenario needs a name\n${USAGE}`;
        opts.scenario = v;
        break;
      }
      case '--echo':
        opts.echo = true;
        break;
      case '-c': {
        const v = argv[++i];
        if (v === undefined) return `kubetour shell: -c needs a script\n${USAGE}`;
        opts.script = v;
        break;
      }
      case '-h':
      case '--help':
        return USAGE;
      default:
        return `kubetour shell: unknown option "${a}"\n${USAGE}`;
    }
  }
  return opts;
}

/** Builds the session, turning an unknown scenario into a message instead of a crash. */
function createSession(opts: ShellCliOptions, tty: boolean, extra: Partial<SessionOptions>): Session | string {
  try {
    return Session.create({ seed: opts.seed, scenario: opts.scenario, tty, ...extra });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/scenario/i.test(msg)) return `kubetour shell: ${msg}\n`;
    throw err;
  }
}

/** Writes a chunk and waits until the stream took it, so stdout/stderr stay in order. */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

/**
 * A command line in a transcript: the prompt, then the line as typed. (A terminal would show
 * `> ` before each continued line; transcripts keep heredoc bodies copy-pasteable instead.)
 */
export function echoLine(prompt: string, line: string): string {
  return `${prompt}${line}\n`;
}

/**
 * A command's output as a terminal shows it: both streams, in the order they were written;
 * a line the shell's safety limits stopped ends with one sentence saying so.
 */
async function writeResult(io: Pick<CliIO, 'stdout' | 'stderr'> & { env?: CliIO['env'] }, r: RunResult): Promise<void> {
  for (const c of inTerminalOrder(r)) await write(c.fd === 1 ? io.stdout : io.stderr, c.text);
  if (r.limit) await write(io.stderr, `kubetour: ${limitSentence(r.limit, langOf(io.env ?? {}))}\n`);
}

/** The learner's language from the locale variables (Korean or English). */
function langOf(env: Record<string, string | undefined>): 'ko' | 'en' {
  return /^ko/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'ko' : 'en';
}

/** Runs a whole script in a session, writing what a terminal would show. Returns the last status. */
export async function runScriptInSession(session: Session, script: string, io: Pick<CliIO, 'stdout' | 'stderr'> & { env?: CliIO['env'] }, echo: boolean): Promise<number> {
  let status = 0;
  for (const line of session.splitCommands(script)) {
    if (echo) await write(io.stdout, echoLine(session.prompt(), line));
    const r = await session.run(line);
    await writeResult(io, r);
    status = r.exitCode;
    if (session.exited) break;
  }
  return status;
}

export async function runShellCli(argv: string[], io: CliIO, prepare?: (s: Session) => Promise<void>, sessionOptions: Partial<SessionOptions> = {}): Promise<number> {
  const opts = parseShellArgs(argv);
  if (typeof opts === 'string') {
    const help = opts === USAGE;
    await write(help ? io.stdout : io.stderr, opts);
    return help ? 0 : 2;
  }
  const interactive = opts.script === undefined && io.stdin.isTTY === true;
  const session = createSession(opts, interactive, sessionOptions);
  if (typeof session === 'string') {
    await write(io.stderr, session);
    return 2;
  }
  if (prepare) await prepare(session);
  if (!interactive) {
    const script = opts.script ?? (await readAll(io.stdin));
    return runScriptInSession(session, script, io, opts.echo);
  }
  return interactiveLoop(session, io);
}

/** The line-mode shell on a terminal. Ctrl-D leaves a nested shell, or ends at the laptop. */
async function interactiveLoop(session: Session, io: CliIO): Promise<number> {
  let buffer = '';
  let status = 0;
  const history: string[] = [];
  // Lines typed or pasted while a command runs arrive before anyone asks for them: they are
  // queued, never dropped. readline closes itself on Ctrl-D; a nested shell then gets a
  // fresh interface.
  const pending: string[] = [];
  let waiter: ((line: string | null) => void) | undefined;
  let closed = false;
  const deliver = (line: string | null) => {
    const w = waiter;
    waiter = undefined;
    if (w) w(line);
    else if (line !== null) pending.push(line);
  };
  const open = () => {
    closed = false;
    const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: true, historySize: 1000, history: [...history] } as Parameters<typeof createInterface>[0]);
    rl.on('line', (line) => deliver(line));
    rl.on('close', () => {
      closed = true;
      deliver(null);
    });
    rl.on('SIGINT', () => {
      // Ctrl-C drops the line being typed, like bash.
      buffer = '';
      io.stdout.write('^C\n');
      rl.setPrompt(session.prompt());
      rl.prompt();
    });
    return rl;
  };
  let rl = open();
  const ask = (): Promise<string | null> => {
    if (pending.length > 0) return Promise.resolve(pending.shift()!);
    if (closed) return Promise.resolve(null);
    rl.setPrompt(buffer === '' ? session.prompt() : '> ');
    rl.prompt();
    return new Promise((resolve) => {
      waiter = resolve;
    });
  };
  for (;;) {
    const answer = await ask();
    if (answer === null) {
      buffer = '';
      if (session.depth() > 1 && io.stdin.readable) {
        // Ctrl-D in a nested shell is `exit` there: bash (or the login shell) and the
        // client around it (kubectl, ssh) say so, and the outer shell continues.
        const r = await session.run('exit');
        await writeResult(io, r);
        status = r.exitCode;
        rl = open();
        continue;
      }
      io.stdout.write('exit\n');
      break;
    }
    buffer = buffer === '' ? answer : `${buffer}\n${answer}`;
    if (session.isIncomplete(buffer)) continue;
    const line = buffer;
    buffer = '';
    if (line.trim() !== '') history.unshift(line);
    const r = await session.run(line);
    await writeResult(io, r);
    status = r.exitCode;
    if (session.exited) break;
  }
  rl.close();
  return status;
}
