// The processes of a container, as `ps` and `kill` see them from inside its PID namespace:
// PID 1 is the container's main process (the pod's command, else the image's), then any
// interactive shell the learner has open in it, then the program asking (`ps` itself).
// Nothing here reads the host: the list is derived from the pod and the virtual clock.
import type { Pod } from 'kubernetes-types/core/v1.js';
import { containerArgv, execTarget, lookupImage, type ImageSpec } from '../../cluster/images.js';
import type { CommandContext } from '../types.js';

export interface Proc {
  pid: number;
  ppid: number;
  /** The full command line (`ps aux` COMMAND, busybox COMMAND). */
  args: string;
  /** The executable's name (`ps` CMD). */
  comm: string;
  tty: string;
  stat: string;
  vsz: number;
  rss: number;
  /** Virtual time (ms) the process started. */
  start: number;
}

export interface ContainerProcs {
  image: ImageSpec | undefined;
  /** busybox images show busybox's ps; the others procps. */
  busybox: boolean;
  procs: Proc[];
  now: number;
}

interface SessionView {
  cluster: { clock: { now(): number }; api: { list(kind: 'Pod', ns: string): readonly Pod[] }; containerFs(ns: string, pod: string, container?: string): object | undefined };
  place(): unknown;
  prompt(): string;
}

/**
 * PIDs handed out per container (keyed by its filesystem, which a restart replaces): each
 * program started with `kubectl exec` takes the next one, as the kernel would. The first
 * exec'd process of a fresh container is PID 7 (the runtime's own helpers take the few before).
 */
const pidCounters = new WeakMap<object, { next: number; shell?: number }>();
const FIRST_EXEC_PID = 7;
const PID_STEP = 6;

function podOf(ctx: CommandContext): Pod | undefined {
  const s = ctx.session as unknown as SessionView;
  const p = ctx.place;
  return s.cluster.api.list('Pod', p.namespace ?? 'default').find((x) => x.metadata?.name === p.name);
}

/** The container's main process argv: what PID 1 runs after the image's entrypoint wrapper exec'd it. */
function mainArgv(pod: Pod | undefined, container: string | undefined, image: ImageSpec | undefined): string[] {
  const c = pod?.spec?.containers?.find((x) => x.name === container) ?? pod?.spec?.containers?.[0];
  if (!image) return c?.command?.length ? [...c.command, ...(c.args ?? [])] : [...(c?.args ?? [])];
  return execTarget(containerArgv(c ?? {}, image), image);
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** The processes of the current place's container, with `self` (the asking program) last. */
export function containerProcs(ctx: CommandContext, self: string[]): ContainerProcs {
  const s = ctx.session as unknown as SessionView;
  const now = s.cluster.clock.now();
  const pod = podOf(ctx);
  const container = ctx.place.container;
  const spec = pod?.spec?.containers?.find((x) => x.name === container) ?? pod?.spec?.containers?.[0];
  const image = spec?.image ? lookupImage(spec.image) : undefined;
  const status = pod?.status?.containerStatuses?.find((x) => x.name === spec?.name);
  const startedAt = status?.state?.running?.startedAt;
  const start = startedAt ? Date.parse(startedAt) : now;
  const busybox = /(?:^|\/)(?:library\/)?busybox:/.test(image?.ref ?? '');
  const main = mainArgv(pod, spec?.name, image);
  const procs: Proc[] = [];
  if (image?.app === 'nginx' && main[0] === 'nginx') {
    // nginx forks its workers right away; PID 1 renames itself.
    procs.push({ pid: 1, ppid: 0, args: `nginx: master process ${main.join(' ')}`, comm: 'nginx', tty: '?', stat: 'Ss', vsz: 11404, rss: 7496, start });
    procs.push({ pid: 29, ppid: 1, args: 'nginx: worker process', comm: 'nginx', tty: '?', stat: 'S', vsz: 11868, rss: 2892, start });
  } else {
    const comm = baseName(main[0] ?? '');
    const node = comm === 'node';
    procs.push({ pid: 1, ppid: 0, args: main.join(' '), comm, tty: '?', stat: node ? 'Ssl' : 'Ss', vsz: node ? 676380 : 2388, rss: node ? 16504 : 756, start });
  }
  const fs = s.cluster.containerFs(ctx.place.namespace ?? 'default', ctx.place.name, container) ?? {};
  let counter = pidCounters.get(fs);
  if (!counter) pidCounters.set(fs, (counter = { next: FIRST_EXEC_PID }));
  // The learner's interactive shell in this container: the current place of the session is
  // the very place this command runs in (a one-shot exec has a place of its own).
  const tty = ctx.tty ? 'pts/0' : '?';
  if (s.place() === ctx.place) {
    if (counter.shell === undefined) {
      counter.shell = counter.next;
      counter.next += PID_STEP;
    }
    const prompt = s.prompt();
    const sh = prompt.includes('@') ? 'bash' : 'sh';
    procs.push({ pid: counter.shell, ppid: 0, args: sh, comm: sh, tty, stat: 'Ss', vsz: sh === 'bash' ? 20244 : 1716, rss: sh === 'bash' ? 3216 : 952, start: now });
  }
  const selfPid = counter.next;
  counter.next += PID_STEP;
  const inShell = s.place() === ctx.place;
  const selfParent = inShell ? procs[procs.length - 1].pid : 0;
  procs.push({ pid: selfPid, ppid: selfParent, args: self.join(' '), comm: baseName(self[0] ?? ''), tty, stat: inShell ? (ctx.tty ? 'R+' : 'R') : ctx.tty ? 'Rs+' : 'Rs', vsz: busybox ? 1716 : 17500, rss: busybox ? 4 : 2064, start: now });
  return { image, busybox, procs, now };
}
