// What the network tools need from where they run: the session's Network and clock, the
// place as a network client, and the place's resolver files (/etc/resolv.conf, /etc/hosts).
import type { IFileSystem } from 'just-bash';
import type { Network, NetClient, ResolverConfig } from '../../../cluster/network/network.js';
import { parseHosts, parseResolvConf } from '../../../cluster/network/dns.js';
import type { CommandContext } from '../../types.js';
import { fsGeneration } from '../../fs-generation.js';

interface SessionLike {
  network: Network;
  cluster: { clock: { now(): number }; advance?(seconds: number): void };
}

const sessionOf = (ctx: CommandContext) => ctx.session as unknown as SessionLike;

export const networkOf = (ctx: CommandContext): Network => sessionOf(ctx).network;
export const nowOf = (ctx: CommandContext): number => sessionOf(ctx).cluster.clock.now();

/** A command that waited (a timeout, ping's interval) lets virtual time pass by as much. */
export function letTimePass(ctx: CommandContext, ms: number): void {
  const s = Math.floor(ms / 1000);
  if (s >= 1) sessionOf(ctx).cluster.advance?.(s);
}

export function clientOf(ctx: CommandContext): NetClient {
  const p = ctx.place;
  return { kind: p.kind, name: p.name, ip: p.ip, node: p.node, namespace: p.namespace };
}

/** `p` made absolute against `cwd`, `.` and `..` resolved (the editors use it too). */
export function absPath(cwd: string, p: string): string {
  const parts = (p.startsWith('/') ? p : `${cwd}/${p}`).split('/');
  const out: string[] = [];
  for (const x of parts) {
    if (!x || x === '.') continue;
    if (x === '..') out.pop();
    else out.push(x);
  }
  return `/${out.join('/')}`;
}

export async function readText(fs: IFileSystem, path: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path);
  } catch {
    return undefined;
  }
}

/** Each filesystem's resolver files as last parsed, and the write count they were read at. */
const resolvers = new WeakMap<IFileSystem, { generation: number; config: ResolverConfig }>();

/**
 * The place's resolver configuration. Parsed again only after a write to its filesystem (a
 * learner editing /etc/hosts), or every time for a filesystem not watched (see
 * fs-generation.ts); a copy each time, since nslookup swaps in its own server.
 */
export async function resolverOf(ctx: CommandContext): Promise<ResolverConfig> {
  const generation = fsGeneration(ctx.fs);
  const known = resolvers.get(ctx.fs);
  if (generation !== undefined && known?.generation === generation) return { ...known.config };
  const [conf, hosts] = await Promise.all([readText(ctx.fs, '/etc/resolv.conf'), readText(ctx.fs, '/etc/hosts')]);
  const config = { ...parseResolvConf(conf), hosts: parseHosts(hosts) };
  if (generation !== undefined && fsGeneration(ctx.fs) === generation) resolvers.set(ctx.fs, { generation, config });
  return { ...config };
}

/** The image the current place's container runs ('' outside pods). */
export function placeImage(ctx: CommandContext): string {
  const p = ctx.place;
  if (p.kind !== 'pod' || !p.namespace) return '';
  const s = ctx.session as unknown as { cluster: { api?: { get(kind: string, ns: string, name: string): any } } };
  try {
    const pod = s.cluster.api?.get('Pod', p.namespace, p.name);
    const c = (pod?.spec?.containers ?? []).find((x: { name: string }) => !p.container || x.name === p.container) ?? pod?.spec?.containers?.[0];
    return c?.image ?? '';
  } catch {
    return '';
  }
}
