// kubectl said NotFound for a name one or two letters away from an object that exists (or
// that the task names): `kubectl describe svc kubia-brokn`, `kubectl expose rc kubai`.
import { candidateNames, kubectlErrors, namespaceFlag, shortName } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const notFound: Rule = {
  meta: { id: 'not-found-near', description: 'NotFound for a name close to an existing (or the task\'s) object', messages: ['near'] },
  check(ctx) {
    for (const e of kubectlErrors(ctx.stderr)) {
      if (e.reason !== 'NotFound' || !e.kind) continue;
      const near = closest(e.name, candidateNames(ctx, e.kind, namespaceFlag(ctx.input) ?? 'default'));
      if (near) return { message: 'near', data: { kind: e.kind, name: e.name, near, short: shortName(e.kind) } };
    }
    return undefined;
  },
};
