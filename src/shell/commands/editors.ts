// `vi`, `vim`, `nano` and `sudo` on the learner's machine and nodes: the document has the
// learner add the ingress address to /etc/hosts. An editor opens the TUI's editor (the same
// one `kubectl edit` uses) on the virtual file; without one (scripted mode) it does not exist.
// `sudo` runs its command as is (the learner is a password-less sudoer).
import { decodeBytesToUtf8, defineCommand, type Command } from 'just-bash';
import type { ShellCommand } from '../types.js';
import { fail, ok } from '../types.js';
import { shellQuote } from '../quote.js';
import { absPath } from './net/context.js';

function editor(name: string): ShellCommand {
  return {
    name,
    async run(ctx) {
      const edit = ctx.session.editor;
      if (!edit) return fail(`bash: ${name}: command not found\n`, 127);
      const file = ctx.args.find((a) => !a.startsWith('-') && !a.startsWith('+'));
      if (!file) return fail(`${name}: a file name is needed here\n`);
      const path = absPath(ctx.cwd, file);
      let content = '';
      if (await ctx.fs.exists(path)) {
        const st = await ctx.fs.stat(path);
        if (st.isDirectory) return fail(`${name}: "${file}" is a directory\n`);
        content = await ctx.fs.readFile(path);
      }
      const edited = await edit(content, file);
      if (edited !== null && edited !== content) await ctx.fs.writeFile(path, edited);
      return ok();
    },
  };
}

export const EDITOR_COMMANDS: readonly ShellCommand[] = [editor('vi'), editor('vim'), editor('nano')];

/** `sudo [-E] [-u user] CMD …`: runs CMD in the same shell. */
export function sudoCommand(): Command {
  return defineCommand('sudo', async (args, ctx) => {
    let i = 0;
    while (i < args.length && args[i].startsWith('-')) {
      if (args[i] === '-u' || args[i] === '-g') i++;
      if (args[i] === '-s' || args[i] === '-i') return { stdout: '', stderr: '', exitCode: 0 };
      i++;
    }
    const argv = args.slice(i);
    if (argv.length === 0) {
      return { stdout: '', stderr: 'usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABknS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABknS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command [arg ...]]\nusage: sudo [-ABbEHknPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]\nusage: sudo -e [-ABknS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...\n', exitCode: 1 };
    }
    if (!ctx.exec) return { stdout: '', stderr: 'sudo: unable to run command\n', exitCode: 1 };
    return ctx.exec(argv.map(shellQuote).join(' '), { cwd: ctx.cwd, stdin: decodeBytesToUtf8(ctx.stdin), env: ctx.exportedEnv });
  });
}
