// A cluster node reached with `ssh <node>`: its own small filesystem, the node's address as
// the source of its requests, network tools but no kubectl. Prompt `learner@worker1:~$ `.
import { InMemoryFs } from 'just-bash';
import type { Node } from 'kubernetes-types/core/v1.js';
import type { PlaceInfo, ShellCommand } from '../types.js';
import { LAPTOP_USER } from '../home/index.js';
import type { PlaceSetup } from './place.js';
import { passwd } from './laptop.js';

export function nodeIp(node: Readonly<Node>): string {
  const addrs = node.status?.addresses ?? [];
  return (addrs.find((a) => a.type === 'InternalIP') ?? addrs.find((a) => a.type === 'ExternalIP'))?.address ?? '';
}

export function nodePlaceInfo(node: Readonly<Node>): PlaceInfo {
  const name = node.metadata?.name ?? '';
  return { kind: 'node', name, ip: nodeIp(node), node: name };
}

export function nodeSetup(info: PlaceInfo, commands: readonly ShellCommand[], user = LAPTOP_USER): PlaceSetup {
  const home = user === 'root' ? '/root' : `/home/${user}`;
  const fs = new InMemoryFs({
    '/etc/hostname': `${info.name}\n`,
    '/etc/hosts': `127.0.0.1\tlocalhost\n${info.ip}\t${info.name}\n`,
    // systemd-resolved's stub, as on an Ubuntu node: cluster names do not resolve here.
    '/etc/resolv.conf': 'nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n',
    '/etc/passwd': passwd(LAPTOP_USER, `/home/${LAPTOP_USER}`),
  });
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync('/tmp', { recursive: true });
  return {
    info,
    fs,
    env: {
      HOME: home,
      USER: user,
      LOGNAME: user,
      SHELL: '/bin/bash',
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      SHLVL: '1',
    },
    cwd: home,
    home,
    user,
    hostname: info.name,
    commands,
    leave: 'node',
  };
}
