// Mistakes in the laptop's /etc/hosts, where lesson 12 maps an Ingress's host name to the
// ingress controller's address.
import { parseHosts } from '../../../cluster/network/dns.js';
import { ingressAddress } from '../../checkpoints/hosts.js';
import type { Rule } from '../types.js';

/** `echo "… kubia.example.com" > /etc/hosts`: a single `>` replaces the whole file (localhost included) instead of adding a line. */
export const hostsOverwritten: Rule = {
  meta: { id: 'hosts-overwritten', description: '/etc/hosts replaced with > instead of appended to with >>', messages: ['overwritten'] },
  check(ctx) {
    if (!/(^|[^>])>\s*\/etc\/hosts\b/.test(ctx.input) || ctx.exitCode !== 0) return undefined;
    return { message: 'overwritten', data: { fixed: ctx.input.replace(/(^|[^>])>(\s*\/etc\/hosts)/, '$1>>$2') } };
  },
};

/**
 * /etc/hosts sends an Ingress's host to another address than the Ingress has: the book's
 * 192.168.99.100 copied from the document, an old address, or a wrong line above the right
 * one (the resolver takes the first line that names the host). Spoken when the line wrote the
 * file or made a request to that host, as long as the Ingress has an address to compare with.
 */
export const hostsWrongAddress: Rule = {
  meta: { id: 'hosts-wrong-address', description: '/etc/hosts maps an Ingress host to an address the Ingress does not have', messages: ['wrong', 'shadowed'] },
  check(ctx) {
    if (ctx.hosts === undefined) return undefined;
    const wrote = /\/etc\/hosts\b/.test(ctx.input) && ctx.exitCode === 0;
    const table = parseHosts(ctx.hosts);
    for (const ing of ctx.store.list('Ingress')) {
      const want = ingressAddress(ctx.store, ing.metadata?.name ?? '', ing.metadata?.namespace);
      if (!want) continue;
      for (const host of (ing.spec?.rules ?? []).map((r) => r.host).filter((h): h is string => !!h)) {
        const addrs = table.get(host.toLowerCase());
        if (!addrs || addrs[0] === want) continue;
        // A request speaks only of the name it used.
        if (!wrote && !ctx.input.toLowerCase().includes(host.toLowerCase())) continue;
        const data = { name: host, have: addrs[0], want, ingress: ing.metadata?.name };
        return { message: addrs.includes(want) ? 'shadowed' : 'wrong', data };
      }
    }
    return undefined;
  },
};
