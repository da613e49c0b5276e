// dig (BIND 9.18, Debian 12): the full answer layout or `+short`. Like the real one it does
// not walk the search list unless asked (`+search`), so `dig kubia` finds nothing — a
// lesson in itself.
import type { CommandContext, RunResult, ShellCommand } from '../../types.js';
import type { RecordType } from '../../../cluster/network/dns.js';
import { isIPv4, reverseName } from '../../../cluster/network/addr.js';
import { clientOf, networkOf, nowOf, resolverOf } from './context.js';

const TYPES = new Set(['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'ANY']);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function whenLine(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** dig's master-file layout: fields at tab stops 24/32/40/48; a field already past its stop is set off by one space. */
function rr(name: string, ttl: number | undefined, type: string, data?: string): string {
  const fields = [name, ttl === undefined ? undefined : String(ttl), 'IN', type, data];
  const stops = [0, 24, 32, 40, 48];
  let line = '';
  let col = 0;
  fields.forEach((f, i) => {
    if (f === undefined) return;
    if (i > 0) {
      if (col >= stops[i]) {
        line += ' ';
        col++;
      } else {
        while (col < stops[i]) {
          line += '\t';
          col = (Math.floor(col / 8) + 1) * 8;
        }
      }
    }
    line += f;
    col += f.length;
  });
  return line;
}

async function run(ctx: CommandContext): Promise<RunResult> {
  let short = false;
  let search = false;
  let type: RecordType = 'A';
  let name: string | undefined;
  let reverse = false;
  let serverArg: string | undefined;
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (a === '+short') short = true;
    else if (a === '+search') search = true;
    else if (a.startsWith('+')) continue;
    else if (a.startsWith('@')) serverArg = a.slice(1);
    else if (a === '-x') reverse = true;
    else if (a === '-t' && ctx.args[i + 1]) type = ctx.args[++i].toUpperCase() as RecordType;
    else if (TYPES.has(a.toUpperCase()) && name !== undefined) type = a.toUpperCase() as RecordType;
    else if (name === undefined) name = a;
  }
  const net = networkOf(ctx);
  const client = clientOf(ctx);
  const cfg = await resolverOf(ctx);
  if (serverArg) cfg.nameservers = [serverArg];
  if (name === undefined) name = '.';
  if (reverse && isIPv4(name)) {
    name = reverseName(name);
    type = 'PTR';
  }
  const server = net.dnsServerFor(client, cfg).ip;
  const res = net.lookup(client, cfg, name, type, { search, tool: 'dig' });
  const q = res.answer ?? res.queries[res.queries.length - 1];
  const resp = q.response;
  if (short) return { stdout: resp.answers.map((a) => `${a.data}\n`).join(''), stderr: '', exitCode: 0 };
  const qname = `${q.name.replace(/\.$/, '')}.`;
  const id = [...qname].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 65536, 7);
  let out = `\n; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> ${ctx.args.join(' ')}\n;; global options: +cmd\n;; Got answer:\n`;
  out += `;; ->>HEADER<<- opcode: QUERY, status: ${resp.rcode}, id: ${id}\n`;
  const flags = resp.authoritative ? 'qr aa rd' : 'qr rd ra';
  out += `;; flags: ${flags}; QUERY: 1, ANSWER: ${resp.answers.length}, AUTHORITY: 0, ADDITIONAL: 1\n`;
  if (resp.authoritative) out += ';; WARNING: recursion requested but not available\n';
  out += `\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 1232\n;; QUESTION SECTION:\n${rr(`;${qname}`, undefined, type)}\n`;
  if (resp.answers.length) out += `\n;; ANSWER SECTION:\n${resp.answers.map((a) => rr(`${a.name}.`, a.ttl, a.type, a.data)).join('\n')}\n`;
  const size = 40 + qname.length + resp.answers.length * 16;
  out += `\n;; Query time: 0 msec\n;; SERVER: ${server}#53(${server}) (UDP)\n;; WHEN: ${whenLine(nowOf(ctx))}\n;; MSG SIZE  rcvd: ${size}\n\n`;
  return { stdout: out, stderr: '', exitCode: 0 };
}

export const digCommand: ShellCommand = { name: 'dig', run };
