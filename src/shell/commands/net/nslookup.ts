// nslookup in the two flavours learners meet (§4.5): bind9's (dnsutils images, the laptop)
// and busybox's — the old ≤1.28 layout or the newer one that also asks for AAAA and reports
// every failed search suffix. The flavour follows the image of the place it runs in.
import type { CommandContext, RunResult, ShellCommand } from '../../types.js';
import type { RecordType } from '../../../cluster/network/dns.js';
import { isIPv4, reverseName } from '../../../cluster/network/addr.js';
import { clientOf, networkOf, placeImage, resolverOf } from './context.js';

type Flavour = 'bind9' | 'busybox-old' | 'busybox';

function flavourOf(image: string): Flavour {
  const m = /(?:^|\/)busybox(?::([\d.]+))?/.exec(image);
  if (!m) return 'bind9';
  const [maj, min] = (m[1] ?? '').split('.').map(Number);
  return m[1] && (maj < 1 || (maj === 1 && min <= 28)) ? 'busybox-old' : 'busybox';
}

const TYPES: Record<string, RecordType> = { a: 'A', aaaa: 'AAAA', srv: 'SRV', ptr: 'PTR', cname: 'CNAME', any: 'ANY' };

async function run(ctx: CommandContext): Promise<RunResult> {
  let type: RecordType = 'A';
  const names: string[] = [];
  for (const a of ctx.args) {
    const m = /^-(?:type|query|q|querytype)=(\w+)$/i.exec(a);
    if (m) {
      const t = TYPES[m[1].toLowerCase()];
      if (!t) return { stdout: `unknown query type: ${m[1]}\n`, stderr: '', exitCode: 1 };
      type = t;
    } else if (a.startsWith('-')) continue;
    else names.push(a);
  }
  if (names.length === 0) return { stdout: '', stderr: '', exitCode: 0 };
  const flavour = flavourOf(placeImage(ctx));
  const net = networkOf(ctx);
  const client = clientOf(ctx);
  const cfg = await resolverOf(ctx);
  const name = names[0];
  if (names[1]) cfg.nameservers = [names[1]];
  const server = net.dnsServerFor(client, cfg).ip;
  const reverse = isIPv4(name);
  const qname = reverse ? reverseName(name) : name;
  const qtype: RecordType = reverse ? 'PTR' : type;
  const res = net.lookup(client, cfg, qname, qtype, { search: !reverse, tool: 'nslookup' });

  if (flavour === 'busybox-old') return busyboxOld(net, client, cfg, name, res, server);
  if (flavour === 'busybox') return busyboxNew(name, res, server, net, client, cfg);

  let out = `Server:\t\t${server}\nAddress:\t${server}#53\n\n`;
  const ans = res.answer;
  if (!ans || ans.response.rcode !== 'NOERROR') {
    out += `** server can't find ${qname}: ${ans?.response.rcode ?? 'NXDOMAIN'}\n\n`;
    return { stdout: out, stderr: '', exitCode: 1 };
  }
  if (ans.response.answers.length === 0) {
    out += `*** Can't find ${ans.name}: No answer\n\n`;
    return { stdout: out, stderr: '', exitCode: 1 };
  }
  if (!ans.response.authoritative) out += 'Non-authoritative answer:\n';
  for (const r of ans.response.answers) {
    if (r.type === 'CNAME') out += `${r.name}\tcanonical name = ${r.data}\n`;
    else if (r.type === 'A') out += `Name:\t${r.name}\nAddress: ${r.data}\n`;
    else if (r.type === 'SRV') out += `${r.name}\tservice = ${r.data}\n`;
    else if (r.type === 'PTR') out += `${r.name}\tname = ${r.data}\n`;
  }
  // A CNAME whose target has no address: nslookup asks for the target itself and reports
  // that lookup's failure (an ExternalName service naming a host that does not exist).
  const answers = ans.response.answers;
  const last = answers[answers.length - 1];
  if (qtype === 'A' && last?.type === 'CNAME' && !answers.some((a) => a.type === 'A')) {
    const target = last.data.replace(/\.$/, '');
    const follow = net.lookup(client, { ...cfg, search: [] }, `${target}.`, 'A', { search: false, tool: 'nslookup' }).answer?.response;
    if (!follow || follow.rcode !== 'NOERROR') return { stdout: `${out}** server can't find ${target}: ${follow?.rcode ?? 'NXDOMAIN'}\n\n`, stderr: '', exitCode: 1 };
    if (!follow.answers.some((a) => a.type === 'A')) return { stdout: `${out}*** Can't find ${target}: No answer\n\n`, stderr: '', exitCode: 1 };
  }
  return { stdout: `${out}\n`, stderr: '', exitCode: 0 };
}

type Net = ReturnType<typeof networkOf>;
type Res = ReturnType<Net['lookup']>;

function ptrName(net: Net, client: ReturnType<typeof clientOf>, cfg: Parameters<Net['lookup']>[1], ip: string): string {
  const r = net.dns.query(net.dnsServerFor(client, cfg).kind, reverseName(ip), 'PTR');
  return r.answers[0]?.data.replace(/\.$/, '') ?? '';
}

/** busybox ≤1.28: `%-10s %s` labels, addresses followed by their reverse names, the name as typed. */
function busyboxOld(net: Net, client: ReturnType<typeof clientOf>, cfg: Parameters<Net['lookup']>[1], name: string, res: Res, server: string): RunResult {
  const srvName = ptrName(net, client, cfg, server);
  let out = `${'Server:'.padEnd(10)} ${server}\n${'Address 1:'.padEnd(10)} ${server}${srvName ? ` ${srvName}` : ''}\n\n`;
  const ips = (res.answer?.response.answers ?? []).filter((a) => a.type === 'A').map((a) => a.data);
  if (!ips.length) return { stdout: out, stderr: `nslookup: can't resolve '${name}'\n`, exitCode: 1 };
  out += `${'Name:'.padEnd(10)} ${name}\n`;
  ips.forEach((ip, i) => {
    const rn = ptrName(net, client, cfg, ip);
    out += `${`Address ${i + 1}:`.padEnd(10)} ${ip}${rn ? ` ${rn}` : ''}\n`;
  });
  return { stdout: out, stderr: '', exitCode: 0 };
}

/** busybox ≥1.29: asks A and AAAA for every search candidate and reports each failure. */
function busyboxNew(name: string, res: Res, server: string, net: Net, client: ReturnType<typeof clientOf>, cfg: Parameters<Net['lookup']>[1]): RunResult {
  let out = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  let failed = false;
  for (const q of res.queries) {
    if (q.response.rcode !== 'NOERROR') {
      out += `** server can't find ${q.name}: ${q.response.rcode}\n\n`;
      failed = true;
      continue;
    }
    const as = q.response.answers.filter((a) => a.type === 'A');
    if (as.length) out += `${as.map((a) => `Name:\t${a.name}\nAddress: ${a.data}\n`).join('')}\n`;
  }
  // The AAAA pass (IPv4-only cluster: no answers).
  for (const q of res.queries) {
    const r = net.dns.query(net.dnsServerFor(client, cfg).kind, q.name, 'AAAA');
    if (r.rcode !== 'NOERROR') out += `** server can't find ${q.name}: ${r.rcode}\n\n`;
    else out += `*** Can't find ${q.name}: No answer\n\n`;
    failed = true;
  }
  void name;
  return { stdout: out, stderr: '', exitCode: failed ? 1 : 0 };
}

export const nslookupCommand: ShellCommand = { name: 'nslookup', run };
