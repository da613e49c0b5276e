// wget, as found in the kubia image (GNU Wget) and busybox: enough for `wget -qO- URL`
// and `wget -O file URL`, with each flavour's messages for failures.
import type { CommandContext, RunResult, ShellCommand } from '../../types.js';
import { absPath, clientOf, networkOf, placeImage, resolverOf } from './context.js';

async function run(ctx: CommandContext): Promise<RunResult> {
  const busybox = /(?:^|\/)busybox/.test(placeImage(ctx));
  let quiet = false;
  let output: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (a === '-q' || a === '--quiet') quiet = true;
    else if (a === '-O' || a === '--output-document') output = ctx.args[++i];
    else if (a.startsWith('-O')) output = a.slice(2);
    else if (a === '-qO-' || a === '-qO') {
      quiet = true;
      output = a === '-qO-' ? '-' : ctx.args[++i];
    } else if (a.startsWith('--output-document=')) output = a.slice(18);
    else if (a.startsWith('-')) continue;
    else url = a;
  }
  if (!url) return busybox ? { stdout: '', stderr: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n', exitCode: 1 } : { stdout: '', stderr: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n", exitCode: 1 };
  const m = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
  if (!m) return { stdout: '', stderr: busybox ? `wget: bad address '${url}'\n` : `${url}: Invalid URL\n`, exitCode: 1 };
  const scheme = (m[1] ?? 'http') as 'http' | 'https';
  const host = m[2];
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  const path = m[4] ?? '/';
  const x = networkOf(ctx).httpExchange({ client: clientOf(ctx), resolver: await resolverOf(ctx), scheme, host, port, path, method: 'GET', headers: [['User-Agent', busybox ? 'Wget' : 'Wget/1.21.3'], ['Accept', '*/*'], ['Host', host]], body: '', insecure: false, tool: 'curl' });
  const fail = (bb: string, gnu: string, code: number): RunResult => ({ stdout: '', stderr: busybox ? `${quiet ? '' : `Connecting to ${host} (${x.ip ?? host}:${port})\n`}wget: ${bb}\n` : quiet ? '' : gnu, exitCode: busybox ? 1 : code });
  if (x.failure === 'resolve') return busybox ? { stdout: '', stderr: `wget: bad address '${host}'\n`, exitCode: 1 } : { stdout: '', stderr: quiet ? '' : `wget: unable to resolve host address '${host}'\n`, exitCode: 4 };
  if (x.failure === 'refused') return fail("can't connect to remote host: Connection refused", `Connecting to ${host} (${host})|${x.ip}|:${port}... failed: Connection refused.\n`, 4);
  if (x.failure === 'timeout') return fail('download timed out', `Connecting to ${host} (${host})|${x.ip}|:${port}... failed: Connection timed out.\n`, 4);
  if (!x.response) return fail('error getting response', 'Read error (Connection reset by peer) in headers.\n', 4);
  const res = x.response;
  if (res.status >= 400) return fail(`server returned error: HTTP/1.1 ${res.status} ${res.reason}`, `HTTP request sent, awaiting response... ${res.status} ${res.reason}\nERROR ${res.status}: ${res.reason}.\n`, 8);
  const target = output ?? (path.split('/').pop() || 'index.html');
  let stdout = '';
  if (target === '-') stdout = res.body;
  else await ctx.fs.writeFile(absPath(ctx.cwd, target), res.body);
  const stderr = quiet ? '' : busybox ? `Connecting to ${host} (${x.ip}:${port})\n${target === '-' ? 'writing to stdout\n' : `saving to '${target}'\n`}` : `HTTP request sent, awaiting response... ${res.status} ${res.reason}\n`;
  return { stdout, stderr, exitCode: 0 };
}

export const wgetCommand: ShellCommand = { name: 'wget', run };
