// The learner's laptop: outside the cluster, with kubectl configured, the document's
// manifests in the home directory and an editable /etc/hosts. Prompt `$ `.
import { InMemoryFs } from 'just-bash';
import type { PlaceInfo, ShellCommand } from '../types.js';
import { LAPTOP_HOME, LAPTOP_HOSTNAME, LAPTOP_USER, laptopFiles } from '../home/index.js';
import type { PlaceSetup } from './place.js';

/** The address the laptop's requests leave with (documentation range TEST-NET-2, apart from the simulated internet's TEST-NET-3 hosts). */
export const LAPTOP_IP = '198.51.100.23';

export const LAPTOP_PLACE: PlaceInfo = { kind: 'laptop', name: 'laptop', ip: LAPTOP_IP };

export function laptopSetup(commands: readonly ShellCommand[]): PlaceSetup {
  const files = laptopFiles();
  const fs = new InMemoryFs(files);
  fs.mkdirSync('/tmp', { recursive: true });
  fs.writeFileSync('/etc/passwd', passwd(LAPTOP_USER, LAPTOP_HOME));
  return {
    info: LAPTOP_PLACE,
    fs,
    env: {
      HOME: LAPTOP_HOME,
      USER: LAPTOP_USER,
      LOGNAME: LAPTOP_USER,
      SHELL: '/bin/bash',
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      SHLVL: '1',
    },
    cwd: LAPTOP_HOME,
    home: LAPTOP_HOME,
    user: LAPTOP_USER,
    hostname: LAPTOP_HOSTNAME,
    commands,
    leave: 'laptop',
  };
}

/** An Ubuntu laptop's /etc/passwd: the system accounts, then the learner (uid 1000). */
export function passwd(user: string, home: string): string {
  return [
    'root:x:0:0:root:/root:/bin/bash',
    'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
    'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
    'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
    'sync:x:4:65534:sync:/bin:/bin/sync',
    'games:x:5:60:games:/usr/games:/usr/sbin/nologin',
    'man:x:6:12:man:/var/cache/man:/usr/sbin/nologin',
    'lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin',
    'mail:x:8:8:mail:/var/mail:/usr/sbin/nologin',
    'news:x:9:9:news:/var/spool/news:/usr/sbin/nologin',
    'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
    'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
    'systemd-network:x:100:102:systemd Network Management,,,:/run/systemd:/usr/sbin/nologin',
    'systemd-resolve:x:101:103:systemd Resolver,,,:/run/systemd:/usr/sbin/nologin',
    'messagebus:x:102:105::/nonexistent:/usr/sbin/nologin',
    'sshd:x:105:65534::/run/sshd:/usr/sbin/nologin',
    `${user}:x:1000:1000:${user},,,:${home}:/bin/bash`,
    '',
  ].join('\n');
}
