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
