// host (BIND 9): one line per record, search list applied like the resolver does.
import type { CommandContext, RunResult, ShellCommand } from '../../types.js';
import { isIPv4, reverseName } from '../../../cluster/network/addr.js';
import { clientOf, networkOf, resolverOf } from './context.js';

async function run(ctx: CommandContext): Promise<RunResult> {
  const names = ctx.args.filter((a) => !a.startsWith('-'));
  if (!names.length) return { stdout: '', stderr: 'Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]\n            [-R number] [-m flag] [-p port] hostname [server]\n', exitCode: 1 };
  const net = networkOf(ctx);
  const client = clientOf(ctx);
  const cfg = await resolverOf(ctx);
  if (names[1]) cfg.nameservers = [names[1]];
  const name = names[0];
  if (isIPv4(name)) {
    const r = net.lookup(client, cfg, reverseName(name), 'PTR', { search: false, tool: 'nslookup' });
    const ans = r.answer?.response.answers ?? [];
    if (!ans.length) return { stdout: `Host ${reverseName(name)} not found: 3(NXDOMAIN)\n`, stderr: '', exitCode: 1 };
    return { stdout: ans.map((a) => `${a.name} domain name pointer ${a.data}\n`).join(''), stderr: '', exitCode: 0 };
  }
  const r = net.lookup(client, cfg, name, 'A', { search: true, tool: 'nslookup' });
  const ans = r.answer?.response.answers ?? [];
  if (!ans.length) return { stdout: `Host ${name} not found: 3(NXDOMAIN)\n`, stderr: '', exitCode: 1 };
  const out = ans.map((a) => (a.type === 'CNAME' ? `${a.name} is an alias for ${a.data}\n` : `${a.name} has address ${a.data}\n`)).join('');
  return { stdout: out, stderr: '', exitCode: 0 };
}

export const hostCommand: ShellCommand = { name: 'host', run };
