// `kubectl exec POD -- curl http://$KUBIA_SERVICE_HOST:$KUBIA_SERVICE_PORT`, or the same in
// double quotes: the laptop's shell expands the variables before kubectl runs, and they are
// empty there (Kubernetes sets them inside containers), so the pod gets `http://:`. Single
// quotes hand the text to the pod's shell untouched.
import type { Rule } from '../types.js';

/** Variables a laptop shell has itself; expanding them there is what the learner meant. */
const LAPTOP_VARS = new Set(['HOME', 'PATH', 'USER', 'PWD', 'OLDPWD', 'SHELL', 'HOSTNAME', 'LANG', 'TERM', 'RANDOM', 'PS1', 'IFS']);

/** `$NAME` / `${NAME}` outside single quotes, in the order written. */
function expandedHere(text: string): string[] {
  const out: string[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = '';
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === "'" && !quote) quote = "'";
    else if (c === '"') quote = quote ? '' : '"';
    else if (c === '$') {
      const m = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/.exec(text.slice(i));
      if (m) out.push(m[1] ?? m[2]);
    }
  }
  return out;
}

export const laptopExpansion: Rule = {
  meta: { id: 'laptop-expansion', description: 'variables meant for the pod were expanded (empty) by the laptop shell', messages: ['empty'] },
  check(ctx) {
    if (ctx.place.kind !== 'laptop' || ctx.exitCode === 0) return undefined;
    const m = /\bkubectl\s+exec\s+.*?\s--\s+(.*)$/s.exec(ctx.input.split(/\s(?:\||;|&&|\|\|)\s/)[0]);
    if (!m) return undefined;
    const names = [...new Set(expandedHere(m[1]).filter((n) => !LAPTOP_VARS.has(n)))];
    if (names.length === 0) return undefined;
    const remote = m[1].trim();
    // `sh -c "…"` becomes `sh -c '…'`; a bare command is handed to `sh -c '…'` whole.
    const inner = /^(?:ba)?sh\s+-c\s+"(.*)"$/s.exec(remote)?.[1] ?? remote;
    const prefix = ctx.input.slice(0, ctx.input.indexOf(m[1]));
    const fixed = `${prefix}sh -c '${inner.replace(/'/g, `'\\''`)}'`;
    return { message: 'empty', data: { vars: names.map((n) => `\`$${n}\``).join(', '), fixed } };
  },
};
