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

export const unknownFlag: Rule = {
  meta: { id: 'unknown-flag', description: 'kubectl rejected a flag close to a real one', messages: ['near'] },
  check(ctx) {
    const m = /^error: unknown flag: --([\w-]+)/m.exec(ctx.stderr);
    if (!m) return undefined;
    const help = `${helpFor(ctx.input) ?? ''}\n${HELP_TEXTS['options'] ?? ''}`;
    const flags = [...new Set([...help.matchAll(/(?:^|\s)--([a-z][a-z0-9-]*)/g)].map((x) => x[1]))];
    const near = closest(m[1], flags);
    return near ? { message: 'near', data: { flag: `--${m[1]}`, near: `--${near}` } } : undefined;
  },
};
