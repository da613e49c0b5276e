// A label selector that matches nothing while a label one or two letters away exists:
// `kubectl get pods -l app=kubai`, or a Service created with `selector: {app: kubai}` —
// kubectl accepts both and simply finds (or routes to) no pod.
import type { Service } from 'kubernetes-types/core/v1.js';
import { shortName, words } from '../facts.js';
import { closest } from '../names.js';
import type { DiagnosisContext, Rule } from '../types.js';

/** Every `key=value` label of the pods in a namespace. */
function podLabels(ctx: DiagnosisContext, namespace: string): string[] {
  const out = new Set<string>();
  for (const p of ctx.store.list('Pod', namespace)) for (const [k, v] of Object.entries(p.metadata?.labels ?? {})) out.add(`${k}=${v}`);
  return [...out];
}

function matchesAnyPod(ctx: DiagnosisContext, namespace: string, pairs: string[]): boolean {
  return ctx.store.list('Pod', namespace).some((p) => pairs.every((pair) => {
    const [k, v] = pair.split('=');
    return p.metadata?.labels?.[k] === v;
  }));
}

export const selectorTypo: Rule = {
  meta: { id: 'selector-typo', description: 'A label selector that matches no pod, close to a label that exists', messages: ['flag', 'service'] },
  check(ctx) {
    const w = words(ctx.input);
    const i = w.findIndex((x) => x === '-l' || x === '--selector');
    const flag = i >= 0 ? w[i + 1] : w.find((x) => x.startsWith('--selector=') || x.startsWith('-l='))?.replace(/^[^=]+=/, '');
    if (flag && /^[\w./-]+=[\w.-]+$/.test(flag) && /No resources found/.test(ctx.stderr) && !matchesAnyPod(ctx, 'default', [flag])) {
      const near = closest(flag, podLabels(ctx, 'default'));
      if (near) return { message: 'flag', data: { selector: flag, near } };
    }
    for (const c of ctx.changed) {
      if (c.kind !== 'Service') continue;
      const svc = ctx.store.get('Service', c.namespace, c.name) as Service | undefined;
      const sel = Object.entries(svc?.spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`);
      if (sel.length === 0 || matchesAnyPod(ctx, c.namespace, sel)) continue;
      const labels = podLabels(ctx, c.namespace);
      for (const pair of sel) {
        const near = closest(pair, labels);
        if (near) return { message: 'service', data: { kind: 'Service', name: c.name, selector: pair, near, short: shortName('Service') } };
      }
    }
    return undefined;
  },
};
