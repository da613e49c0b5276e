// `kubetcl get pods`, `crul -s …`: the shell found no such command, and a real one is a
// letter or two away. Only commands kubetour's shells know are suggested.
// `kubectl exposee rc kubia …`: kubectl has no such subcommand; kubectl's own "Did you mean
// this?" names the one meant (or, with none close, `kubectl --help` lists them).
import { KNOWN_COMMANDS } from '../../questions/known-commands.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const commandTypo: Rule = {
  meta: { id: 'command-typo', description: 'a command name close to a real one was not found', messages: ['near', 'kubectlNear', 'kubectlUnknown'] },
  check(ctx) {
    const verb = /^error: unknown command "([^"]+)" for "kubectl"/m.exec(ctx.stderr);
    if (verb) {
      const meant = /Did you mean this\?\n\s+(\S+)/.exec(ctx.stderr)?.[1];
      return meant ? { message: 'kubectlNear', data: { command: verb[1], near: meant } } : { message: 'kubectlUnknown', data: { command: verb[1] } };
    }
    const m = /^(?:[\w-]+: )?(?:line \d+: )?([^\s:]+): command not found$/m.exec(ctx.stderr);
    // A real program this place lacks (`vi` in the kubia pod) is missing-tool's, not a typo of `vim`.
    if (!m || KNOWN_COMMANDS.has(m[1])) return undefined;
    const near = closest(m[1], [...KNOWN_COMMANDS].filter((c) => c.length > 1));
    return near ? { message: 'near', data: { command: m[1], near } } : undefined;
  },
};
