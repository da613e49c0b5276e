// `nginx` in the nginx image: `-v`/`-V` (the version from the image's NGINX_VERSION, on
// stderr as nginx prints it) and `-t` (the configuration test's two lines). Starting a
// second nginx is refused the way nginx refuses it: the ports are taken by PID 1.
import type { CommandContext, RunResult, ShellCommand } from '../types.js';
import { placeImage } from './net/context.js';
import { lookupImage } from '../../cluster/images.js';

const CONF = '/etc/nginx/nginx.conf';

function version(ctx: CommandContext): string {
  return lookupImage(placeImage(ctx))?.env.find(([k]) => k === 'NGINX_VERSION')?.[1] ?? '1.27.0';
}

function run(ctx: CommandContext): RunResult {
  const a = ctx.args;
  if (a[0] === '-V') return { stdout: '', stderr: `nginx version: nginx/${version(ctx)}\nnginx: (the build information of -V is not simulated in kubetour)\n`, exitCode: 0 };
  if (a[0] === '-v') return { stdout: '', stderr: `nginx version: nginx/${version(ctx)}\n`, exitCode: 0 };
  if (a[0] === '-t' || a[0] === '-T') {
    return { stdout: '', stderr: `nginx: the configuration file ${CONF} syntax is ok\nnginx: configuration file ${CONF} test is successful\n`, exitCode: 0 };
  }
  if (a[0] === '-s' && a[1] === 'reload') {
    // The signalling process logs its start; PID 1 rereads a configuration that did not change.
    const d = new Date(ctx.session.cluster.clock.now());
    const p2 = (n: number) => String(n).padStart(2, '0');
    const stamp = `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
    return { stdout: '', stderr: `${stamp} [notice] 7#7: signal process started\n`, exitCode: 0 };
  }
  if (a.length === 0 || (a[0] === '-g' && a.length === 2)) {
    // PID 1 already listens on :80; a second master cannot bind.
    const line = (n: string) => `nginx: [emerg] bind() to ${n} failed (98: Address already in use)\n`;
    return { stdout: '', stderr: `${line('0.0.0.0:80')}${line('[::]:80')}`.repeat(5) + 'nginx: [emerg] still could not bind()\n', exitCode: 1 };
  }
  return { stdout: '', stderr: `nginx: invalid option: "${a[0].replace(/^-/, '')}"\n`, exitCode: 1 };
}

export const nginxCommand: ShellCommand = { name: 'nginx', run };
