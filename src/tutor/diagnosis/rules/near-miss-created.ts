// The line created an object under another name than the task's: one or two letters away
// (`--name kubia-htp` for `kubia-http`), or simply another name (`kubia-tls` when the task
// asks for the Secret `tls-secret`), or under the task's name in another namespace
// (`kubectl apply -f … -n kube-system`). kubectl was happy; the check can't be.
import { shortName } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const nearMissCreated: Rule = {
  meta: { id: 'near-miss-created', description: 'An object was created under another name than the one the task asks for', messages: ['created', 'other', 'namespace'] },
  check(ctx) {
    for (const c of ctx.changed) {
      const elsewhere = ctx.task.objects.find((o) => o.kind === c.kind && o.name === c.name && o.namespace !== c.namespace);
      if (elsewhere && !ctx.task.objects.some((o) => o.kind === c.kind && o.name === c.name && o.namespace === c.namespace)) {
        return { message: 'namespace', data: { kind: c.kind, name: c.name, namespace: c.namespace, want: elsewhere.namespace, short: shortName(c.kind) } };
      }
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
