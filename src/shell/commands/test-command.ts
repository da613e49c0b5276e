// `test` and `[` as programs (/usr/bin/test, busybox's applets), for a container exec with
// no shell around it: `kubectl exec POD -- test -e /var/ready` (what an exec probe runs). In
// a shell the builtin answers first; this program asks the same builtin, in a one-shot
// shell of the same container, so both agree. Only the exit status is meant to matter.
import type { CommandContext, RunResult, ShellCommand } from '../types.js';
import { shellQuote } from '../quote.js';
import { placeImage } from './net/context.js';
import { lookupImage } from '../../cluster/images.js';

interface RunAt {
  runAt(info: CommandContext['place'], script: string, opts: { stdin?: string; tty: boolean }): Promise<RunResult>;
}

function testProgram(name: 'test' | '['): ShellCommand {
  return {
    name,
    async run(ctx) {
      const script = `cd ${shellQuote(ctx.cwd)} 2>/dev/null; ${name} ${ctx.args.map(shellQuote).join(' ')}`;
      const r = await (ctx.session as unknown as RunAt).runAt(ctx.place, script, { tty: false });
      // The builtin words its complaints as the shell; the program as itself.
      // (coreutils in the C locale of a container: `missing ']'`; busybox, alpine: `missing ]`.)
      const osRelease = lookupImage(placeImage(ctx))?.files['/etc/os-release'] ?? '';
      const busybox = /BusyBox|alpine/i.test(osRelease);
      const stderr = r.stderr.replace(/^(?:bash|sh): (?:line \d+: )?/gm, '').replace("missing `]'", busybox ? 'missing ]' : "missing ']'");
      return { stdout: '', stderr, exitCode: r.exitCode };
    },
  };
}

export const testCommand = testProgram('test');
export const bracketCommand = testProgram('[');
