// The readiness probe checks one file (`ls /var/ready`) and the learner created another
// (`touch /tmp/ready`): the pod stays unready. The message quotes the probe.
import type { Pod } from 'kubernetes-types/core/v1.js';
import { words } from '../facts.js';
import type { DiagnosisContext, Rule } from '../types.js';

/** The pod the line ran in: the shell's, the one `kubectl exec` names, else (a `$(…)` name) every pod. */
function podsOf(ctx: DiagnosisContext): Pod[] {
  if (ctx.place.kind === 'pod') return [ctx.store.get('Pod', ctx.place.namespace ?? 'default', ctx.place.name)].filter((p): p is Pod => !!p);
  if (!/\bkubectl\s+exec\b/.test(ctx.input)) return [];
  const m = /\bkubectl\s+exec\s+(?:-\S+\s+)*([a-z0-9][-a-z0-9.]*)(\s|$)/.exec(ctx.input);
  const named = m ? ctx.store.get('Pod', 'default', m[1]) : undefined;
  return named ? [named] : [...ctx.store.list('Pod', 'default')];
}

/** Paths the line creates: `touch P`, `> P`, `>> P`. */
function createdPaths(input: string): string[] {
  const out: string[] = [];
  const w = words(input);
  const t = w.indexOf('touch');
  if (t >= 0) for (const x of w.slice(t + 1)) if (x.startsWith('/')) out.push(x);
  for (const m of input.matchAll(/>>?\s*(\/[\w./-]+)/g)) out.push(m[1]);
  return out;
}

export const readinessPath: Rule = {
  meta: { id: 'readiness-path', description: 'A file created where the readiness probe does not look', messages: ['path'] },
  check(ctx) {
    const paths = createdPaths(ctx.input);
    if (paths.length === 0) return undefined;
    for (const pod of podsOf(ctx)) for (const c of pod.spec?.containers ?? []) {
      const cmd = c.readinessProbe?.exec?.command;
      if (!cmd) continue;
      const probed = cmd.filter((x) => x.startsWith('/') && !/^\/(usr\/)?s?bin\//.test(x));
      if (probed.length === 0 || paths.some((p) => probed.includes(p))) continue;
      const near = paths.find((p) => p.split('/').pop() === probed[0].split('/').pop()) ?? paths[0];
      return { message: 'path', data: { pod: pod.metadata?.name ?? '', created: near, probe: cmd.join(' '), path: probed[0] } };
    }
    return undefined;
  },
};
