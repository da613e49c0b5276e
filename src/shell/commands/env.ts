// `env` and `printenv` without arguments print the *exported* environment, as the real
// tools do (just-bash's own list also shows shell-internal variables). A one-shot
// `kubectl exec POD -- env` has no shell in between, so no PWD/OLDPWD either — exactly the
// container's environment. With arguments (`env -i …`, `env X=1 cmd`) just-bash's `env` runs.
import { defineCommand, type Command } from 'just-bash';

export interface EnvView {
  /** True when the command runs without a shell (container exec). */
  oneShot(): boolean;
  /** Variable names in the order the process received them; others follow in set order. */
  order(): readonly string[];
}

function visible(exported: Record<string, string>, view: EnvView): [string, string][] {
  const first = view.order().filter((k) => k in exported);
  const rest = Object.keys(exported).filter((k) => !first.includes(k));
  const entries: [string, string][] = [...first, ...rest].map((k) => [k, exported[k]]);
  return entries.filter(([k, v]) => {
    if (view.oneShot() && (k === 'PWD' || k === 'OLDPWD')) return false;
    // bash exports OLDPWD only after the first `cd`.
    if (k === 'OLDPWD' && v === exported.PWD) return false;
    return true;
  });
}

export function envCommands(view: EnvView): Command[] {
  const env = defineCommand('env', async (args, ctx) => {
    if (args.length > 0 && ctx.origCommand) return ctx.origCommand(args);
    const lines = visible(ctx.exportedEnv ?? {}, view).map(([k, v]) => `${k}=${v}\n`);
    return { stdout: lines.join(''), stderr: '', exitCode: 0 };
  });
  const printenv = defineCommand('printenv', async (args, ctx) => {
    const vars = Object.fromEntries(visible(ctx.exportedEnv ?? {}, view));
    if (args.length === 0) return { stdout: Object.entries(vars).map(([k, v]) => `${k}=${v}\n`).join(''), stderr: '', exitCode: 0 };
    if (args.some((a) => a.startsWith('-')) && ctx.origCommand) return ctx.origCommand(args);
    let out = '';
    let missing = false;
    for (const name of args) {
      if (name in vars) out += `${vars[name]}\n`;
      else missing = true;
    }
    return { stdout: out, stderr: '', exitCode: missing ? 1 : 0 };
  });
  return [env, printenv];
}
