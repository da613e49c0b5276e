// `ip addr` and `ip route` on the learner's machine and on nodes (iproute2 layout): where a
// node's address and its pod network (cni0, the node's podCIDR) come from. Read-only.
import type { Node } from 'kubernetes-types/core/v1.js';
import type { CommandContext, ShellCommand } from '../types.js';
import { fail, ok } from '../types.js';

interface Iface {
  name: string;
  flags: string;
  mtu: number;
  qdisc: string;
  state: string;
  mac: string;
  ip: string;
  prefix: number;
}

function broadcast(ip: string, prefix: number): string {
  const n = ip.split('.').reduce((a, o) => (a << 8) | Number(o), 0) >>> 0;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const b = (n | (~mask >>> 0)) >>> 0;
  return [24, 16, 8, 0].map((s) => (b >>> s) & 255).join('.');
}

function network(ip: string, prefix: number): string {
  const n = ip.split('.').reduce((a, o) => (a << 8) | Number(o), 0) >>> 0;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const b = (n & mask) >>> 0;
  return `${[24, 16, 8, 0].map((s) => (b >>> s) & 255).join('.')}/${prefix}`;
}

function macFor(ip: string, lead = '02:42'): string {
  return `${lead}:${ip.split('.').map((o) => Number(o).toString(16).padStart(2, '0')).join(':')}`;
}

function interfaces(ctx: CommandContext): Iface[] {
  const place = ctx.place;
  const hostPrefix = place.ip.startsWith('172.') ? 16 : 24;
  const list: Iface[] = [
    { name: place.kind === 'laptop' ? 'wlp2s0' : 'eth0', flags: 'BROADCAST,MULTICAST,UP,LOWER_UP', mtu: 1500, qdisc: place.kind === 'laptop' ? 'noqueue' : 'fq_codel', state: 'UP', mac: macFor(place.ip, place.kind === 'laptop' ? '3c:22' : '02:42'), ip: place.ip, prefix: hostPrefix },
  ];
  if (place.kind === 'node') {
    let node: Readonly<Node> | undefined;
    try {
      node = ctx.session.cluster.api.get('Node', undefined, place.name);
    } catch {
      node = undefined;
    }
    const cidr = node?.spec?.podCIDR;
    if (cidr) {
      const [base, bits] = cidr.split('/');
      const gw = base.replace(/\.0$/, '.1');
      list.push({ name: 'cni0', flags: 'BROADCAST,MULTICAST,UP,LOWER_UP', mtu: 1450, qdisc: 'noqueue', state: 'UP', mac: macFor(gw, '5e:1a'), ip: gw, prefix: Number(bits) });
    }
  }
  return list;
}

function addr(ctx: CommandContext): string {
  let out = '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n';
  interfaces(ctx).forEach((i, n) => {
    out += `${n + 2}: ${i.name}: <${i.flags}> mtu ${i.mtu} qdisc ${i.qdisc} state ${i.state} group default qlen 1000\n`;
    out += `    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff\n`;
    out += `    inet ${i.ip}/${i.prefix} brd ${broadcast(i.ip, i.prefix)} scope global ${i.name}\n       valid_lft forever preferred_lft forever\n`;
  });
  return out;
}

function route(ctx: CommandContext): string {
  const ifs = interfaces(ctx);
  const main = ifs[0];
  const gw = network(main.ip, main.prefix).replace(/\.0\/\d+$/, '.1');
  let out = `default via ${gw} dev ${main.name} proto ${ctx.place.kind === 'laptop' ? 'dhcp' : 'static'}\n`;
  for (const i of [...ifs].sort((a, b) => a.ip.localeCompare(b.ip))) out += `${network(i.ip, i.prefix)} dev ${i.name} proto kernel scope link src ${i.ip}\n`;
  return out;
}

export const ipCommand: ShellCommand = {
  name: 'ip',
  run(ctx) {
    const args = ctx.args.filter((a) => a !== '-4' && a !== '-c' && a !== '--color');
    const obj = args[0];
    if (obj === undefined) {
      return fail('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { address | link | route | neigh | rule | netns | ... }\n', 255);
    }
    if ('address'.startsWith(obj) || obj === 'a') return ok(addr(ctx));
    if ('route'.startsWith(obj) || obj === 'r') return ok(route(ctx));
    return fail(`Object "${obj}" is unknown, try "ip help".\n`, 255);
  },
};
