// busybox `nc` (port probe) and `telnet`: a TCP connection through the data plane — the
// same path curl's connection takes (DNS, kube-proxy's rules, the pod's listening ports) —
// without speaking any protocol over it. `nc -z [-v] [-w SECS] HOST PORT` exits 0 when the
// handshake succeeds, 1 otherwise. A conversation over the connection (nc without -z,
// telnet's session) is not simulated: telnet ends as if its input closed at once.
import type { TraceDraft } from '../../../cluster/network/network.js';
import type { CommandContext, RunResult, ShellCommand } from '../../types.js';
import { clientOf, letTimePass, networkOf, resolverOf } from './context.js';

/** How long Linux keeps retrying a SYN that gets no answer before connect() fails. */
const KERNEL_CONNECT_TIMEOUT_S = 127;

type Dial = { ok: true; ip: string } | { ok: false; error: 'bad-address' } | { ok: false; error: 'refused' | 'timeout'; ip: string };

async function dial(ctx: CommandContext, host: string, port: number, waitS: number | undefined): Promise<Dial> {
  const net = networkOf(ctx);
  const client = clientOf(ctx);
  const t: TraceDraft = { tool: 'nc', from: { kind: client.kind, name: client.name, ip: client.ip, node: client.node }, target: `${host}:${port}`, lookups: [], hops: [], outcome: 'ok' };
  const r = net.resolve(client, await resolverOf(ctx), host, t.lookups);
  if (!r.ips.length) {
    net.emit(t, 'nxdomain');
    return { ok: false, error: 'bad-address' };
  }
  const ip = r.ips[0];
  const c = net.connect(client, ip, port, t);
  if (c.ok) {
    net.emit(t, 'ok');
    return { ok: true, ip };
  }
  net.emit(t, c.failure);
  if (c.failure === 'timeout') letTimePass(ctx, (waitS ?? KERNEL_CONNECT_TIMEOUT_S) * 1000);
  return { ok: false, error: c.failure, ip };
}

const NC_USAGE = 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n';

async function nc(ctx: CommandContext): Promise<RunResult> {
  let zero = false;
  let verbose = false;
  let wait: number | undefined;
  const rest: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (f === 'z') zero = true;
        else if (f === 'v') verbose = true;
        else if (f === 'w') {
          const v = a.slice(j + 1) || ctx.args[++i];
          if (!v || !/^\d+$/.test(v)) return { stdout: '', stderr: `nc: invalid number '${v ?? ''}'\n`, exitCode: 1 };
          wait = Number(v);
          break;
        } else if (f === 'n') continue;
        else if (f === 'l') return { stdout: '', stderr: 'nc: listening is not simulated in kubetour\n', exitCode: 1 };
        else return { stdout: '', stderr: `nc: invalid option -- '${f}'\n${NC_USAGE}`, exitCode: 1 };
      }
    } else rest.push(a);
  }
  if (rest.length !== 2) return { stdout: '', stderr: NC_USAGE, exitCode: 1 };
  const [host, portText] = rest;
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) return { stdout: '', stderr: `nc: bad port '${portText}'\n`, exitCode: 1 };
  const port = Number(portText);
  const r = await dial(ctx, host, port, wait);
  if (!r.ok && r.error === 'bad-address') return { stdout: '', stderr: `nc: bad address '${host}'\n`, exitCode: 1 };
  if (!r.ok) {
    const why = r.error === 'refused' ? 'Connection refused' : 'Connection timed out';
    return { stdout: '', stderr: `nc: ${host} (${r.ip}:${port}): ${why}\n`, exitCode: 1 };
  }
  if (!zero) {
    // Connected; what would follow is a conversation on the terminal.
    return { stdout: '', stderr: `${verbose ? `${host} (${r.ip}:${port}) open\n` : ''}nc: sending data over the connection is not simulated in kubetour (use -z, or curl)\n`, exitCode: 1 };
  }
  return { stdout: '', stderr: verbose ? `${host} (${r.ip}:${port}) open\n` : '', exitCode: 0 };
}

async function telnet(ctx: CommandContext): Promise<RunResult> {
  const [host, portText = '23', ...extra] = ctx.args.filter((a) => !a.startsWith('-'));
  if (!host || extra.length > 0 || !/^\d+$/.test(portText)) {
    return { stdout: '', stderr: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: telnet [-a] [-l USER] HOST [PORT]\n', exitCode: 1 };
  }
  const port = Number(portText);
  const r = await dial(ctx, host, port, undefined);
  if (!r.ok && r.error === 'bad-address') return { stdout: '', stderr: `telnet: bad address '${host}'\n`, exitCode: 1 };
  if (!r.ok) return { stdout: '', stderr: `telnet: can't connect to remote host (${r.ip}): ${r.error === 'refused' ? 'Connection refused' : 'Connection timed out'}\n`, exitCode: 1 };
  // busybox telnet prints nothing on connect; with no input it ends when its stdin does.
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const ncCommand: ShellCommand = { name: 'nc', run: nc };
export const telnetCommand: ShellCommand = { name: 'telnet', run: telnet };
