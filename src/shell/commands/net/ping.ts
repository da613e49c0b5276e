// ping (iputils, or busybox's in busybox images). Pods, nodes and the internet answer echo
// requests; a ClusterIP never does — it is an iptables rule for TCP/UDP ports, not a host
// (§7), so pinging a service is 100% loss even when curl to it works.
import type { CommandContext, RunResult, ShellCommand } from '../../types.js';
import { clientOf, letTimePass, networkOf, placeImage, resolverOf } from './context.js';

/** Without -c, ping runs until interrupted; the simulation stops it after this many probes, as if Ctrl-C. */
const DEFAULT_COUNT = 4;

async function run(ctx: CommandContext): Promise<RunResult> {
  const busybox = /(?:^|\/)busybox/.test(placeImage(ctx));
  let count: number | undefined;
  let target: string | undefined;
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    const m = /^-c(\d*)$/.exec(a);
    if (m) {
      const v = m[1] || ctx.args[++i];
      if (!v || !/^\d+$/.test(v) || Number(v) === 0) {
        return busybox ? { stdout: '', stderr: `ping: invalid number '${v ?? ''}'\n`, exitCode: 1 } : { stdout: '', stderr: `ping: invalid argument: '${v ?? ''}': out of range: 1 <= value <= 9223372036854775807\n`, exitCode: 1 };
      }
      count = Number(v);
    } else if (/^-[WwistlQ]$/.test(a)) i++;
    else if (a.startsWith('-')) continue;
    else target = a;
  }
  if (!target) {
    return busybox ? { stdout: '', stderr: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n', exitCode: 1 } : { stdout: '', stderr: 'ping: usage error: Destination address required\n', exitCode: 1 };
  }
  const net = networkOf(ctx);
  const cfg = await resolverOf(ctx);
  const r = net.ping(clientOf(ctx), cfg, target);
  if (!r.ip) return busybox ? { stdout: '', stderr: `ping: bad address '${target}'\n`, exitCode: 1 } : { stdout: '', stderr: `ping: ${target}: Name or service not known\n`, exitCode: 2 };
  const n = count ?? DEFAULT_COUNT;
  // Round-trip times: deterministic, sub-millisecond inside the cluster.
  const base = r.ttl === 117 ? 12 : r.ttl === 63 ? 0.45 : 0.06;
  const times = Array.from({ length: n }, (_, i) => base * (1 + ((i * 37 + target!.length * 11) % 23) / 40));
  const fmt = (t: number) => (t >= 10 ? t.toFixed(1) : t.toFixed(3));
  const from = r.replyName ? `${r.replyName} (${r.ip})` : r.ip;
  let out = '';
  if (busybox) {
    out += `PING ${r.name} (${r.ip}): 56 data bytes\n`;
    if (r.replies) times.forEach((t, i) => (out += `64 bytes from ${r.ip}: seq=${i} ttl=${r.ttl} time=${fmt(t)} ms\n`));
    out += `\n--- ${r.name} ping statistics ---\n${n} packets transmitted, ${r.replies ? n : 0} packets received, ${r.replies ? 0 : 100}% packet loss\n`;
    if (r.replies) out += `round-trip min/avg/max = ${fmt(Math.min(...times))}/${fmt(times.reduce((a, b) => a + b, 0) / n)}/${fmt(Math.max(...times))} ms\n`;
  } else {
    out += `PING ${r.name} (${r.ip}) 56(84) bytes of data.\n`;
    if (r.replies) times.forEach((t, i) => (out += `64 bytes from ${from}: icmp_seq=${i + 1} ttl=${r.ttl} time=${fmt(t)} ms\n`));
    const totalMs = (n - 1) * 1000 + (r.replies ? 3 + n : 20 + n * 7);
    out += `\n--- ${r.name} ping statistics ---\n${n} packets transmitted, ${r.replies ? n : 0} received, ${r.replies ? 0 : 100}% packet loss, time ${totalMs}ms\n`;
    if (r.replies) {
      const avg = times.reduce((a, b) => a + b, 0) / n;
      const mdev = Math.sqrt(times.reduce((a, t) => a + (t - avg) ** 2, 0) / n);
      out += `rtt min/avg/max/mdev = ${Math.min(...times).toFixed(3)}/${avg.toFixed(3)}/${Math.max(...times).toFixed(3)}/${mdev.toFixed(3)} ms\n`;
    }
  }
  letTimePass(ctx, (n - 1) * 1000 + (r.replies ? 0 : 1000));
  return { stdout: out, stderr: '', exitCode: r.replies ? 0 : 1 };
}

export const pingCommand: ShellCommand = { name: 'ping', run };
