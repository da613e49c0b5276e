// The line created an object whose name is one or two letters away from the one the task
// names: `--name kubia-htp` for `kubia-http`. The object exists, so kubectl was happy.
import { shortName } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const nearMissCreated: Rule = {
  meta: { id: 'near-miss-created', description: 'An object was created under a name close to the one the task asks for', messages: ['created'] },
  check(ctx) {
    for (const c of ctx.changed) {
      const wanted = ctx.task.objects.filter((o) => o.kind === c.kind && o.namespace === c.namespace).map((o) => o.name);
      if (wanted.includes(c.name)) continue;
      const near = closest(c.name, wanted);
      if (near && !ctx.store.get(c.kind, c.namespace, near)) {
        return { message: 'created', data: { kind: c.kind, name: c.name, near, short: shortName(c.kind) } };
      }
    }
    return undefined;
  },
};
