// `kubectl create` (or `expose`) of an object that is already there: create never
// overwrites. The way on is `apply` (to change it) or `delete` then create.
import { kubectlErrors, shortName, words } from '../facts.js';
import type { Rule } from '../types.js';

export const alreadyExists: Rule = {
  meta: { id: 'already-exists', description: 'create/expose of an object that exists: apply or delete', messages: ['file', 'other'] },
  check(ctx) {
    const e = kubectlErrors(ctx.stderr).find((x) => x.reason === 'AlreadyExists' && x.kind);
    if (!e?.kind) return undefined;
    const w = words(ctx.input);
    const f = w.findIndex((x) => x === '-f' || x === '--filename');
    const file = f >= 0 ? w[f + 1] : w.find((x) => x.startsWith('--filename='))?.slice(11);
    const data = { kind: e.kind, name: e.name, short: shortName(e.kind) };
    if (file && /\bkubectl\s+create\b/.test(ctx.input)) return { message: 'file', data: { ...data, file } };
    return { message: 'other', data };
  },
};
