// The network tools of the virtual shell, backed by the data plane (src/cluster/network).
// Which of them a place offers is decided by the shell (the laptop and nodes have all; a
// container only what its image ships).
import type { ShellCommand } from '../../types.js';
import { curlCommand } from './curl.js';
import { digCommand } from './dig.js';
import { nslookupCommand } from './nslookup.js';
import { opensslCommand } from './openssl.js';
import { pingCommand } from './ping.js';
import { hostCommand } from './host.js';
import { wgetCommand } from './wget.js';

export const netCommands: ShellCommand[] = [curlCommand, wgetCommand, nslookupCommand, digCommand, hostCommand, pingCommand, opensslCommand];
