// `history`: the command lines typed in the current shell (each place has its own shell,
// so a pod's bash starts with an empty history), numbered like bash (`%5d  %s`).
import type { ShellCommand } from '../types.js';
import { ok, fail } from '../types.js';

export const historyCommand: ShellCommand = {
  name: 'history',
  run(ctx) {
    const lines = ctx.session.history();
    if (ctx.args[0] === '-c') {
      lines.length = 0;
      return ok();
    }
    let shown = lines.map((l, i) => ({ n: i + 1, l }));
    if (ctx.args.length > 0) {
      const n = Number(ctx.args[0]);
      if (!/^\d+$/.test(ctx.args[0])) return fail(`bash: history: ${ctx.args[0]}: numeric argument required\n`);
      shown = n === 0 ? [] : shown.slice(-n);
    }
    return ok(shown.map(({ n, l }) => `${String(n).padStart(5)}  ${l.replace(/\n/g, '\n')}\n`).join(''));
  },
};
