// The learner's machine as it is when a session starts: the home directory with the
// document's manifests, and the few files under /etc that lessons touch (/etc/hosts is
// where the document maps kubia.example.com to the ingress address).
import { HOME_MANIFESTS } from './manifests.js';

export const LAPTOP_USER = 'learner';
export const LAPTOP_HOME = `/home/${LAPTOP_USER}`;
export const LAPTOP_HOSTNAME = 'laptop';

export const LAPTOP_ETC_HOSTS = `127.0.0.1\tlocalhost
127.0.1.1\t${LAPTOP_HOSTNAME}

# The following lines are desirable for IPv6 capable hosts
::1     ip6-localhost ip6-loopback
fe00::0 ip6-localnet
ff00::0 ip6-mcastprefix
ff02::1 ip6-allnodes
ff02::2 ip6-allrouters
`;

/** Absolute path → content for every file the laptop starts with. */
export function laptopFiles(): Record<string, string> {
  const files: Record<string, string> = {
    '/etc/hosts': LAPTOP_ETC_HOSTS,
    '/etc/hostname': `${LAPTOP_HOSTNAME}\n`,
    '/etc/resolv.conf': 'nameserver 192.168.1.1\n',
  };
  for (const [name, text] of Object.entries(HOME_MANIFESTS)) files[`${LAPTOP_HOME}/${name}`] = text;
  return files;
}
