// `kubectl get pods --show-label`: kubectl rejects an unknown flag; the real one is usually a
// letter away. The flags come from kubectl's own recorded help text for that command.
import { HELP_TEXTS } from '../../../shell/commands/kubectl/help-texts.js';
import { words } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

/** The help text of the longest `kubectl a b c` command the line names. */
function helpFor(input: string): string | undefined {
  const w = words(input);
  const k = w.indexOf('kubectl');
  if (k < 0) return undefined;
  const verbs = w.slice(k + 1).filter((x) => !x.startsWith('-')).slice(0, 3);
  for (let n = verbs.length; n > 0; n--) {
    const text = HELP_TEXTS[verbs.slice(0, n).join(' ')];
    if (text) return text;
  }
  return undefined;
}

/** The long flags of the command the line names, and kubectl's global ones. */
function flagsFor(input: string): string[] {
  const help = `${helpFor(input) ?? ''}\n${HELP_TEXTS['options'] ?? ''}`;
  return [...new Set([...help.matchAll(/(?:^|\s)--([a-z][a-z0-9-]*)/g)].map((x) => x[1]))];
}

export const unknownFlag: Rule = {
  meta: { id: 'unknown-flag', description: 'kubectl rejected a flag close to a real one', messages: ['near', 'singleDash'] },
  check(ctx) {
    // `-all`: one dash makes kubectl read one-letter flags (-a -l -l); the long flag takes two.
    const short = /^error: unknown shorthand flag: '(.)' in -([a-z][\w-]+)/m.exec(ctx.stderr);
    if (short) {
      const flags = flagsFor(ctx.input);
      const near = flags.includes(short[2]) ? short[2] : closest(short[2], flags);
      return near ? { message: 'singleDash', data: { flag: `-${short[2]}`, letter: `-${short[1]}`, near: `--${near}` } } : undefined;
    }
    const m = /^error: unknown flag: --([\w-]+)/m.exec(ctx.stderr);
    if (!m) return undefined;
    const near = closest(m[1], flagsFor(ctx.input));
    return near ? { message: 'near', data: { flag: `--${m[1]}`, near: `--${near}` } } : undefined;
  },
};
