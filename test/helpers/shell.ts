// Runs a script through the shell exactly as `kubetour shell` does, in-process: one fresh
// session, the script cut into command lines, each line's output collected in order.
// `stdout`/`stderr` are the two streams; `output` is both interleaved as a terminal shows them.
import { Session, type SessionOptions } from '../../src/shell/session.js';
import { echoLine } from '../../src/shell/cli-shell.js';
import { inTerminalOrder } from '../../src/shell/types.js';

export interface RunScriptOptions {
  seed?: number;
  scenario?: string;
  /** Prefix each line with the prompt and the line (`$ kubectl get svc`) on stdout, like --echo. */
  echo?: boolean;
  tty?: boolean;
  /** Continue in an existing session instead of creating one. */
  session?: Session;
}

export interface ScriptResult {
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved per command, as on a terminal. */
  output: string;
  exitCode: number;
  session: Session;
}

export function newSession(opts: SessionOptions = {}): Session {
  return Session.create(opts);
}

export async function runScript(script: string, opts: RunScriptOptions = {}): Promise<ScriptResult> {
  const session = opts.session ?? Session.create({ seed: opts.seed, scenario: opts.scenario, tty: opts.tty ?? false });
  let stdout = '';
  let stderr = '';
  let output = '';
  let exitCode = 0;
  for (const line of session.splitCommands(script)) {
    if (opts.echo) {
      const echoed = echoLine(session.prompt(), line);
      stdout += echoed;
      output += echoed;
    }
    const r = await session.run(line);
    stdout += r.stdout;
    stderr += r.stderr;
    output += inTerminalOrder(r).map((c) => c.text).join('');
    exitCode = r.exitCode;
    if (session.exited) break;
  }
  return { stdout, stderr, output, exitCode, session };
}
