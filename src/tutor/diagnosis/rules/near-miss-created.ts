// The line created an object under another name than the task's: one or two letters away
// (`--name kubia-htp` for `kubia-http`), or simply another name (`kubia-tls` when the task
// asks for the Secret `tls-secret`). kubectl was happy; the check can't be.
import { shortName } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const nearMissCreated: Rule = {
  meta: { id: 'near-miss-created', description: 'An object was created under another name than the one the task asks for', messages: ['created', 'other'] },
  check(ctx) {
    for (const c of ctx.changed) {
      const wanted = ctx.task.objects.filter((o) => o.kind === c.kind && o.namespace === c.namespace).map((o) => o.name);
      if (wanted.length === 0 || wanted.includes(c.name)) continue;
      const missing = wanted.filter((n) => !ctx.store.get(c.kind, c.namespace, n));
      if (missing.length === 0) continue;
      const near = closest(c.name, missing);
      const data = { kind: c.kind, name: c.name, short: shortName(c.kind) };
      if (near) return { message: 'created', data: { ...data, near } };
      if (missing.length === 1) return { message: 'other', data: { ...data, near: missing[0] } };
    }
    return undefined;
  },
};
