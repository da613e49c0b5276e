// What both entries of the program share (the app, src/cli.ts, and the launcher that starts
// the plain shell without it, src/launch.ts): which command line is a plain shell session,
// and how a command's end becomes the process's exit status.
import type { CliIO } from './cli-io.js';

/** `kubetour shell …` without a lesson or a server: needs the shell only, not the tutor or the app. */
export function isPlainShell(argv: readonly string[]): boolean {
  const [sub, ...rest] = argv;
  return sub === 'shell' && !rest.includes('--serve') && !rest.some((a) => a === '--lesson' || a.startsWith('--lesson='));
}

/** Sets the exit status when the command ends; an unexpected exception becomes one line (status 70). */
export function exitWith(run: Promise<number>, io: CliIO): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      io.stderr.write(`kubetour: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      if (io.env.KUBETOUR_DEBUG) io.stderr.write(`${err instanceof Error ? err.stack : ''}\n`);
      process.exitCode = 70;
    },
  );
}
