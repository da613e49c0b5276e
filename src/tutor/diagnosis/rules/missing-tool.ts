// `nslookup kubia` in the kubia pod (or `kubectl exec kubia-… -- nslookup kubia`): the book's
// DNS tools are not in every image, and the shell's "command not found" / the runtime's
// "executable file not found in $PATH" does not tell a beginner what to use instead. Named
// here: which pod and image lack the tool, what that container does have for the same
// question (cat /etc/resolv.conf, curl), and a pod that has the tool, or how to start one.
import { KNOWN_COMMANDS } from '../../questions/known-commands.js';
import { execParts, podWithTool, shellWords, toolsOf } from '../facts.js';
import type { DiagnosisContext, Rule } from '../types.js';

const DNS_TOOLS = new Set(['nslookup', 'dig', 'host']);
/** What a container may have that helps a beginner look around, in the order worth naming. */
const USEFUL = ['curl', 'wget', 'cat', 'ls', 'env', 'ps', 'hostname', 'ping', 'nslookup'];

/** The word looked up (`nslookup kubia` → kubia), else the first Service's name. */
function lookedUp(ctx: DiagnosisContext, command: string[], tool: string): string {
  let args = command.slice(command.indexOf(tool) + 1);
  // `sh -c "nslookup kubia"`: the tool is inside one word.
  if (!command.includes(tool)) args = shellWords(command.find((x) => x.includes(tool)) ?? '').slice(1);
  return args.find((a) => !a.startsWith('-') && !a.startsWith('@')) ?? ctx.store.list('Service', 'default').find((s) => s.metadata?.name !== 'kubernetes')?.metadata?.name ?? 'kubia';
}

function missingTool(ctx: DiagnosisContext): { tool: string; pod: string; container?: string; command: string[] } | undefined {
  const exec = execParts(ctx.input);
  const notFound = /exec: "([^"]+)": executable file not found in \$PATH/.exec(ctx.stderr) ?? /^(?:[\w-]+: )?(?:line \d+: |\d+: )?([^\s:]+): (?:command )?not found$/m.exec(ctx.stderr);
  if (!notFound) return undefined;
  const tool = notFound[1].split('/').pop()!;
  if (exec) return { tool, pod: exec.pod, container: exec.container, command: exec.command };
  if (ctx.place.kind === 'pod') return { tool, pod: ctx.place.name, container: ctx.place.container, command: shellWords(ctx.input) };
  return undefined;
}

export const missingToolRule: Rule = {
  meta: {
    id: 'missing-tool',
    description: 'a real tool (nslookup, dig, vi…) that the container image does not have',
    messages: ['dnsShell', 'dnsShellOther', 'dnsExec', 'dnsExecOther', 'other'],
  },
  check(ctx) {
    const found = missingTool(ctx);
    // kubectl in a pod is wrong-place's; a typo (`crul`) is command-typo's.
    if (!found || found.tool === 'kubectl' || !KNOWN_COMMANDS.has(found.tool)) return undefined;
    const pod = ctx.store.get('Pod', ctx.place.namespace ?? 'default', found.pod) ?? ctx.store.get('Pod', 'default', found.pod);
    const here = toolsOf(pod, found.container);
    if (!here || here.commands.includes(found.tool)) return undefined;
    const data = { tool: found.tool, pod: found.pod, image: here.image };
    const inShell = ctx.place.kind === 'pod' && !execParts(ctx.input);
    if (DNS_TOOLS.has(found.tool) && here.commands.includes('cat') && here.commands.includes('curl')) {
      const name = lookedUp(ctx, found.command, found.tool);
      const other = podWithTool(ctx.store, found.tool, found.pod);
      const message = `${inShell ? 'dnsShell' : 'dnsExec'}${other ? 'Other' : ''}`;
      return { message, data: { ...data, name, other } };
    }
    const some = USEFUL.filter((c) => here.commands.includes(c)).map((c) => `\`${c}\``).join(', ');
    return { message: 'other', data: { ...data, some } };
  },
};
