// kubectl said NotFound for a name one or two letters away from an object that exists (or
// that the task names): `kubectl describe svc kubia-brokn`, `kubectl expose rc kubai` — or
// for the right name in the wrong namespace (`kubectl get svc kubia -n kube-system`).
import { candidateNames, kubectlErrors, namespaceFlag, shortName } from '../facts.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const notFound: Rule = {
  meta: { id: 'not-found-near', description: 'NotFound for a name close to an existing (or the task\'s) object, or a pod replaced by its controller', messages: ['near', 'replaced', 'namespace'] },
  check(ctx) {
    for (const e of kubectlErrors(ctx.stderr)) {
      if (e.reason !== 'NotFound' || !e.kind) continue;
      const asked = namespaceFlag(ctx.input) ?? 'default';
      const there = ctx.store.list(e.kind).find((o) => o.metadata?.name === e.name && (o.metadata?.namespace ?? 'default') !== asked && !o.metadata?.deletionTimestamp);
      if (there) return { message: 'namespace', data: { kind: e.kind, name: e.name, namespace: asked, actual: there.metadata?.namespace ?? 'default' } };
      const near = closest(e.name, candidateNames(ctx, e.kind, namespaceFlag(ctx.input) ?? 'default'));
      if (near) return { message: 'near', data: { kind: e.kind, name: e.name, near, short: shortName(e.kind) } };
      // `kubia-f5cpb` after `kubectl delete pods`: its controller made pods with new names.
      // `kubia` (the controller's name): its pods are `kubia-` and five random characters.
      const prefix = e.kind === 'Pod' ? (/^(.+-)[a-z0-9]{5}$/.exec(e.name)?.[1] ?? `${e.name}-`) : undefined;
      const siblings = prefix ? ctx.store.list('Pod', namespaceFlag(ctx.input) ?? 'default').filter((p) => p.metadata?.generateName === prefix && !p.metadata?.deletionTimestamp) : [];
      if (siblings.length) return { message: 'replaced', data: { name: e.name, pods: siblings.map((p) => `\`${p.metadata?.name}\``).join(', ') } };
    }
    return undefined;
  },
};
