// A file the step wants on the laptop (lesson 12's /etc/hosts, lesson 13's key and
// certificate) written somewhere else: through `kubectl exec POD -- sh -c '… >> /etc/hosts'`,
// which runs in the pod, or in a pod's or node's shell the learner had opened. The file the
// check reads is untouched, so without this the tutor would only say it is not there yet.
import type { Rule } from '../types.js';

/** `kubectl exec [flags] POD …`: the pod the line runs in. */
const EXEC_POD = /^\s*kubectl\s+exec\s+(?:-\S+\s+)*([a-z0-9][-a-z0-9.]*)\b/;

export const filePlace: Rule = {
  meta: { id: 'file-place', description: 'A file the step wants on the laptop, written in a pod or on a node instead', messages: ['viaExec', 'inShell'] },
  check(ctx) {
    if (ctx.exitCode !== 0) return undefined;
    const wanted = ctx.task.files.filter((f) => f.place === 'laptop' && ctx.input.includes(f.path));
    if (wanted.length === 0) return undefined;
    const path = wanted[0].path;
    if (ctx.place.kind !== 'laptop') return { message: 'inShell', data: { path, where: ctx.place.name, placeKind: ctx.place.kind } };
    const exec = EXEC_POD.exec(ctx.input);
    if (exec) return { message: 'viaExec', data: { path, pod: exec[1] } };
    return undefined;
  },
};
