// A file the step wants on the laptop (lesson 12's /etc/hosts, lesson 13's key and
// certificate) written somewhere else: through `kubectl exec POD -- sh -c '… >> /etc/hosts'`,
// which runs in the pod, or in a pod's or node's shell the learner had opened. The file the
// check reads is untouched, so without this the tutor would only say it is not there yet.
import { execParts } from '../facts.js';
import type { Rule } from '../types.js';

export const filePlace: Rule = {
  meta: { id: 'file-place', description: 'A file the step wants on the laptop, written in a pod or on a node instead', messages: ['viaExec', 'inShell'] },
  check(ctx) {
    if (ctx.exitCode !== 0) return undefined;
    const wanted = ctx.task.files.filter((f) => f.place === 'laptop' && ctx.input.includes(f.path));
    if (wanted.length === 0) return undefined;
    const path = wanted[0].path;
    if (ctx.place.kind !== 'laptop') return { message: 'inShell', data: { path, where: ctx.place.name } };
    // (A pod named by a `$(…)` substitution is not named back.)
    const pod = execParts(ctx.input)?.pod;
    if (pod && /^[a-z0-9][-a-z0-9.]*$/.test(pod)) return { message: 'viaExec', data: { path, pod } };
    return undefined;
  },
};
