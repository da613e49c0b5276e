// Turning what the learner typed into resource requests, as kubectl's resource builder does:
// `svc`, `services`, `svc,ep`, `all`, `svc/kubia`, `svc kubia x`. Unknown types fail with
// the server's discovery message.
import { KINDS, type AnyObject, type Kind, type KindInfo } from '../../../cluster/api/kinds.js';
import { usageError } from './kube.js';

/** The kinds `kubectl get all` lists, in kubectl's order (the ones we serve). */
export const ALL_CATEGORY: Kind[] = ['Pod', 'ReplicationController', 'Service', 'DaemonSet', 'Deployment', 'ReplicaSet'];

/**
 * A resource argument as kubectl's builder maps it (schema.ParseResourceArg, then the
 * group/resource form): `svc`, `services.v1.` (resource.version.group, core group empty),
 * `deployments.v1.apps`, `ing.v1.networking.k8s.io`, `ingress.networking` (group/resource:
 * the group may be a prefix), `deploy.v1.ap` (a short name's group may be a prefix too).
 * An unknown type names only the part before the first dot, as kubectl's error does.
 */
export function resolveType(typed: string): KindInfo {
  const info = resourceArg(typed.toLowerCase());
  if (!info) throw usageError(`the server doesn't have a resource type "${typed.split('.')[0]}"`);
  return info;
}

const groupOf = (info: KindInfo) => (info.apiVersion.includes('/') ? info.apiVersion.split('/')[0] : '');
const versionOf = (info: KindInfo) => info.apiVersion.split('/').pop()!;
const isName = (info: KindInfo, r: string) => r === info.resource || r === info.singular || r === info.kind.toLowerCase();

function resourceArg(arg: string): KindInfo | undefined {
  const infos = Object.values(KINDS);
  const parts = arg.split('.');
  if (parts.length >= 3) {
    const [r, v] = parts;
    const g = parts.slice(2).join('.');
    const full = infos.find((i) => versionOf(i) === v && ((isName(i, r) && groupOf(i) === g) || (i.shortNames.includes(r) && groupOf(i).startsWith(g))));
    if (full) return full;
  }
  const dot = arg.indexOf('.');
  if (dot < 0) return infos.find((i) => isName(i, arg) || i.shortNames.includes(arg));
  const r = arg.slice(0, dot);
  const g = arg.slice(dot + 1);
  return infos.find((i) => (isName(i, r) || i.shortNames.includes(r)) && groupOf(i).startsWith(g));
}

/** One request: a kind, and either names or "every object" (names empty). */
export interface ResourceRequest {
  info: KindInfo;
  names: string[];
}

/**
 * `get svc kubia x`, `get svc,ep`, `get svc/kubia ep/kubia`, `get all`: the requests in
 * the order kubectl would make them. Mixing `type/name` with bare types is an error.
 */
export function parseResourceArgs(args: string[]): ResourceRequest[] {
  if (args.length === 0) return [];
  if (args.some((a) => a.includes('/'))) {
    const out: ResourceRequest[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      if (slash < 0) {
        throw usageError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
      }
      const name = a.slice(slash + 1);
      if (!name || slash === 0) throw usageError(`arguments in resource/name form must have a single resource and name`);
      const info = resolveType(a.slice(0, slash));
      if (!name) throw usageError(`arguments in resource/name form must have a single resource and name`);
      const last = out[out.length - 1];
      if (last && last.info === info) last.names.push(name);
      else out.push({ info, names: [name] });
    }
    return out;
  }
  const [types, ...names] = args;
  // `kubectl expose ""`: the builder splits "" into one empty type, which no resource maps to.
  if (!types.split(',').some(Boolean)) resolveType('');
  const infos: KindInfo[] = [];
  for (const t of types.split(',').filter(Boolean)) {
    if (t.toLowerCase() === 'all') infos.push(...ALL_CATEGORY.map((k) => KINDS[k]));
    else infos.push(resolveType(t));
  }
  return infos.map((info) => ({ info, names: [...names] }));
}

export function nameOf(o: Readonly<AnyObject>): string {
  return o.metadata?.name ?? '';
}

export function namespaceOf(o: Readonly<AnyObject>): string | undefined {
  return o.metadata?.namespace;
}

/** `service/kubia`, `deployment.apps/kubia`: what create/apply/delete print before the verb. */
export function qualifiedName(kind: Kind, name: string): string {
  return `${KINDS[kind].qualified}/${name}`;
}

/** `service "kubia"`, `deployment.apps "kubia"`: the delete message's form. */
export function quotedName(kind: Kind, name: string): string {
  return `${KINDS[kind].qualified} "${name}"`;
}
