// How long a container's main process runs. Servers (kubia, nginx, CoreDNS) and
// `sleep infinity` run until killed; a shell without a terminal or a one-shot command
// (`nslookup kubia`) exits at once — which is why `kubectl run dnsutils --image=tutum/dnsutils`
// without `-- sleep infinity` ends in CrashLoopBackOff, as on a real cluster.
import type { Container } from 'kubernetes-types/core/v1.js';
import { containerArgv, execTarget, type ImageSpec } from '../images.js';

export interface Exit {
  /** Seconds after start. */
  after: number;
  exitCode: number;
}

const FOREVER_SCRIPT = /sleep\s+inf|while\s+true|while\s*:|tail\s+-f|sleep\s+\d{6,}/;

export function containerLifetime(c: Readonly<Container>, image: ImageSpec): Exit | undefined {
  // `kubectl run -i/-t` keeps stdin open, so an interactive shell waits for its user.
  if (c.stdin || c.tty) return undefined;
  // System images without a shell run only their own daemon.
  if (image.shell === null) return undefined;
  const argv = execTarget(containerArgv(c, image), image);
  const cmd = (argv[0] ?? '').split('/').pop();
  const args = argv.slice(1);
  // A server image still running its own main program is that server (kubia's ENTRYPOINT
  // `node app.js` ignores any args appended to it).
  const own = execTarget([...image.entrypoint, ...image.cmd], image)[0]?.split('/').pop();
  if (image.app !== null && cmd === own) return undefined;
  switch (cmd) {
    case 'sleep': {
      if (args[0] === 'infinity' || args[0] === 'inf') return undefined;
      const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(args[0] ?? '');
      const n = m ? Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]] : NaN;
      return Number.isFinite(n) && n >= 0 ? { after: n, exitCode: 0 } : { after: 0, exitCode: 1 };
    }
    case 'curl':
      // `curl` without a URL: "curl: try 'curl --help' for more information", exit 2.
      return { after: 0, exitCode: args.length === 0 ? 2 : 0 };
    case 'tail':
      return args.includes('-f') || args.includes('-F') ? undefined : { after: 0, exitCode: 0 };
    case 'node':
    case 'nginx':
    case 'coredns':
    case 'pause':
      return undefined;
    case 'sh':
    case 'bash':
    case 'ash': {
      const i = args.indexOf('-c');
      if (i < 0) return { after: 0, exitCode: 0 };
      const script = args[i + 1] ?? '';
      if (FOREVER_SCRIPT.test(script)) return undefined;
      const m = /sleep\s+(\d+)/.exec(script);
      return { after: m ? Number(m[1]) : 0, exitCode: /exit\s+([1-9]\d*)/.test(script) ? Number(/exit\s+(\d+)/.exec(script)![1]) : 0 };
    }
    case 'true':
      return { after: 0, exitCode: 0 };
    case 'false':
      return { after: 0, exitCode: 1 };
    default:
      if (!image.commands.includes(cmd ?? '')) return { after: 0, exitCode: 127 };
      return { after: 0, exitCode: 0 };
  }
}

/** kubelet's crash-loop back-off: 10 s doubling per restart, capped at 5 minutes. */
export function restartBackoffSeconds(restarts: number): number {
  return Math.min(10 * 2 ** Math.max(0, restarts - 1), 300);
}
