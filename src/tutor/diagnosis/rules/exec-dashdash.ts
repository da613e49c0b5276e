// `kubectl exec POD curl -s URL` without `--`: kubectl parses `-s URL` as its own
// `--server URL`, warns that the form is deprecated, and then tries to reach an API server at
// the URL — the request times out or is refused, and curl never runs.
import { execParts } from '../facts.js';
import type { Rule } from '../types.js';

export const execDashDash: Rule = {
  meta: { id: 'exec-no-dashdash', description: 'kubectl exec without -- : the command\'s flags are taken by kubectl', messages: ['server', 'flags'] },
  check(ctx) {
    const m = /\bkubectl\s+exec\b(.*)$/.exec(ctx.input.split(/\s(?:\||;|&&|\|\|)\s/)[0]);
    if (!m || /\s--(\s|$)/.test(m[1])) return undefined;
    const parts = execParts(ctx.input);
    const pod = parts?.pod;
    const rest = parts?.command ?? [];
    const command = rest.join(' ');
    if (!pod || !command) return undefined;
    const fixed = `kubectl exec ${pod} -- ${command}`;
    if (rest.includes('-s') || /Unable to connect to the server/.test(ctx.stderr)) return { message: 'server', data: { fixed } };
    // The old form still runs on 1.30: an error about the pod itself (`kubia-xxxxx` not found)
    // is the mistake to name, not the missing `--`.
    if (/Error from server \((NotFound|BadRequest)\)|error: (unable to upgrade|cannot exec)/.test(ctx.stderr)) return undefined;
    // With no option after the pod name, kubectl took nothing of the command's: it ran as
    // typed, and its own failure (a wrong port, say) is for the other rules to name.
    if (ctx.exitCode !== 0 && rest.slice(1).some((x) => x.startsWith('-'))) return { message: 'flags', data: { fixed } };
    return undefined;
  },
};
