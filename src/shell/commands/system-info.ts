// `uname` and `id`: the kernel and user facts a curious learner checks inside a container
// or on a node. The kernel is the nodes' (every container shares its node's kernel).
import type { ShellCommand } from '../types.js';
import { ok, fail } from '../types.js';
import { hostnameOf, userOf } from './identity.js';

const KERNEL = { s: 'Linux', r: '6.8.0-1015-gcp', v: '#17~22.04.1-Ubuntu SMP Tue Sep  3 16:11:52 UTC 2024', m: 'x86_64', o: 'GNU/Linux' };
const LAPTOP_KERNEL = { r: '6.8.0-48-generic', v: '#48~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC Mon Oct  7 11:24:13 UTC 2' };

/**
 * /proc/version as the place's kernel writes it: the nodes' GKE kernel (containers share
 * their node's), or the laptop's own Ubuntu kernel.
 */
export function procVersion(kind: 'laptop' | 'pod' | 'node', release = KERNEL.r): string {
  const gcc = '(x86_64-linux-gnu-gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0, GNU ld (GNU Binutils for Ubuntu) 2.38)';
  if (kind === 'laptop') return `Linux version ${LAPTOP_KERNEL.r} (buildd@lcy02-amd64-010) ${gcc} ${LAPTOP_KERNEL.v}\n`;
  return `Linux version ${release} (buildd@lcy02-amd64-071) ${gcc} ${KERNEL.v}\n`;
}

export const unameCommand: ShellCommand = {
  name: 'uname',
  run(ctx) {
    const flags = new Set<string>();
    for (const a of ctx.args) {
      if (a === '--all') flags.add('a');
      else if (a === '--kernel-name') flags.add('s');
      else if (a === '--nodename') flags.add('n');
      else if (a === '--kernel-release') flags.add('r');
      else if (a === '--kernel-version') flags.add('v');
      else if (a === '--machine') flags.add('m');
      else if (a === '--operating-system') flags.add('o');
      else if (/^-[asnrvmpio]+$/.test(a)) for (const c of a.slice(1)) flags.add(c);
      else return fail(`uname: ${a.startsWith('-') ? `invalid option -- '${a.replace(/^-+/, '')[0]}'` : `extra operand '${a}'`}\nTry 'uname --help' for more information.\n`);
    }
    if (flags.size === 0) flags.add('s');
    const all = flags.has('a');
    // Containers share their node's kernel; the laptop has its own.
    let release = ctx.place.kind === 'laptop' ? LAPTOP_KERNEL.r : KERNEL.r;
    const version = ctx.place.kind === 'laptop' ? LAPTOP_KERNEL.v : KERNEL.v;
    if (ctx.place.node) {
      try {
        release = ctx.session.cluster.api.get('Node', undefined, ctx.place.node).status?.nodeInfo?.kernelVersion ?? release;
      } catch {
        // an unknown node keeps the default
      }
    }
    const parts: string[] = [];
    if (all || flags.has('s')) parts.push(KERNEL.s);
    if (all || flags.has('n')) parts.push(hostnameOf(ctx.place));
    if (all || flags.has('r')) parts.push(release);
    if (all || flags.has('v')) parts.push(version);
    if (all || flags.has('m')) parts.push(KERNEL.m);
    if (!all && flags.has('p')) parts.push('unknown');
    if (!all && flags.has('i')) parts.push('unknown');
    if (all || flags.has('o')) parts.push(KERNEL.o);
    return ok(`${parts.join(' ')}\n`);
  },
};

export const idCommand: ShellCommand = {
  name: 'id',
  run(ctx) {
    const user = userOf(ctx.place);
    const uid = user === 'root' ? 0 : 1000;
    if (ctx.args.includes('-u')) return ok(ctx.args.includes('-n') ? `${user}\n` : `${uid}\n`);
    if (ctx.args.includes('-g')) return ok(ctx.args.includes('-n') ? `${user}\n` : `${uid}\n`);
    if (ctx.args.includes('-un')) return ok(`${user}\n`);
    return ok(`uid=${uid}(${user}) gid=${uid}(${user}) groups=${uid}(${user})\n`);
  },
};
