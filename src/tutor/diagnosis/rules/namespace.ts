// `-n kube-sytem`: kubectl lists nothing ("No resources found in kube-sytem namespace.")
// rather than saying the namespace doesn't exist, which hides the typo.
import { namespaceFlag } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const namespaceTypo: Rule = {
  meta: { id: 'namespace-typo', description: 'A namespace that does not exist, close to one that does', messages: ['near', 'missing'] },
  check(ctx) {
    const ns = namespaceFlag(ctx.input) ?? /No resources found in (\S+) namespace/.exec(ctx.stderr)?.[1] ?? /namespaces "([^"]+)" not found/.exec(ctx.stderr)?.[1];
    if (!ns || ctx.store.get('Namespace', undefined, ns)) return undefined;
    const all = ctx.store.list('Namespace').map((n) => n.metadata?.name ?? '');
    const near = closest(ns, all);
    if (near) return { message: 'near', data: { namespace: ns, near } };
    return { message: 'missing', data: { namespace: ns, all: all.join(', ') } };
  },
};
