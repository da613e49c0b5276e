// `ssh NODE [COMMAND…]`: log in to a cluster node (the document's "ssh into a node and curl
// the ClusterIP" check). Without a command the session nests a node shell until `exit`;
// with one, the command runs on the node and ssh returns its status.
import type { ShellCommand } from '../types.js';
import { fail } from '../types.js';

const USAGE = `usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]
           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]
           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]
           [-J destination] [-L address] [-l login_name] [-m mac_spec]
           [-O ctl_cmd] [-o option] [-p port] [-Q query_option] [-R address]
           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]
           destination [command [argument ...]]
`;

/** Flags that take a value (OpenSSH's getopt string). */
const WITH_VALUE = new Set('BbcDEeFIiJLlmOopQRSWw'.split(''));

export const sshCommand: ShellCommand = {
  name: 'ssh',
  async run(ctx) {
    let user: string | undefined;
    let dest: string | undefined;
    let i = 0;
    for (; i < ctx.args.length; i++) {
      const a = ctx.args[i];
      if (a === '--') {
        i++;
        break;
      }
      if (a.startsWith('-') && a.length > 1) {
        const flag = a[1];
        if (!/[46AaCfGgKkMNnqsTtVvXxYyBbcDEeFIiJLlmOopQRSWw]/.test(flag)) {
          return fail(`ssh: illegal option -- ${flag}\n${USAGE}`, 255);
        }
        if (WITH_VALUE.has(flag) && a.length === 2) {
          const v = ctx.args[++i];
          if (v === undefined) return fail(`option requires an argument -- ${flag}\n${USAGE}`, 255);
          if (flag === 'l') user = v;
        } else if (flag === 'l') user = a.slice(2);
        continue;
      }
      break;
    }
    dest = ctx.args[i];
    if (dest === undefined) return fail(USAGE, 255);
    const command = ctx.args.slice(i + 1);
    const at = dest.lastIndexOf('@');
    if (at >= 0) {
      user = dest.slice(0, at);
      dest = dest.slice(at + 1);
    }
    const node = ctx.session.nodePlace(dest);
    if (!node) {
      if (/^\d+\.\d+\.\d+\.\d+$/.test(dest)) return fail(`ssh: connect to host ${dest} port 22: Connection timed out\n`, 255);
      return fail(`ssh: Could not resolve hostname ${dest.toLowerCase()}: Name or service not known\n`, 255);
    }
    if (command.length > 0) {
      return ctx.session.runAt(node, command.join(' '), { stdin: ctx.stdin, tty: false, user });
    }
    ctx.session.enter(node, { user });
    return { stdout: '', stderr: '', exitCode: 0 };
  },
};
