// The `hostsEntry` part of a file check: does a hosts file send a name to an Ingress's
// address? Read as the resolver reads /etc/hosts (the first line naming the host wins), so the
// check agrees with what `curl http://<name>` will actually reach.
import type { Store } from '../../cluster/store/store.js';
import { parseHosts } from '../../cluster/network/dns.js';

/** The address a hosts file gives `name` (its first line naming it), if any. */
export function hostsAddress(text: string, name: string): string | undefined {
  return parseHosts(text).get(name.toLowerCase().replace(/\.$/, ''))?.[0];
}

/** The address an Ingress has been given (ADDRESS in `kubectl get ingress`), if any yet. */
export function ingressAddress(store: Store, name: string, namespace = 'default'): string | undefined {
  const ing = store.get('Ingress', namespace, name) as { status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } } } | undefined;
  const first = ing?.status?.loadBalancer?.ingress?.[0];
  return first?.ip || first?.hostname || undefined;
}

/** What a hosts file says of `name` against where Ingress `ingress` is. */
export type HostsVerdict =
  | { ok: true; address: string }
  | { ok: false; why: 'no-address' }
  | { ok: false; why: 'missing'; address: string }
  | { ok: false; why: 'wrong'; address: string; have: string };

export function judgeHostsEntry(text: string | undefined, entry: { name: string; ingress: string; namespace?: string }, store: Store): HostsVerdict {
  const address = ingressAddress(store, entry.ingress, entry.namespace);
  if (!address) return { ok: false, why: 'no-address' };
  const have = text === undefined ? undefined : hostsAddress(text, entry.name);
  if (have === undefined) return { ok: false, why: 'missing', address };
  return have === address ? { ok: true, address } : { ok: false, why: 'wrong', address, have };
}
