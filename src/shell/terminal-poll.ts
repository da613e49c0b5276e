// Ctrl-C while a command keeps the event loop busy. Ink reads keys only when the loop turns,
// and a loop of shell builtins never lets it; the shell asks this poll between statements
// instead (see src/shell/interrupt.ts). It reads what is waiting on the terminal without
// blocking, through a descriptor of its own on the same terminal: a Ctrl-C byte means
// interrupt, every other key is handed back to Ink as if it had just arrived.
import { closeSync, constants, openSync, readSync } from 'node:fs';

const CTRL_C = 0x03;

export interface TerminalPoll {
  poll(): boolean;
  close(): void;
}

/** A poll of the terminal on `stdin`, or undefined when there is none to read this way. */
export function terminalInterruptPoll(stdin: NodeJS.ReadStream): TerminalPoll | undefined {
  if (!stdin.isTTY || process.platform === 'win32') return undefined;
  let fd: number | undefined;
  for (const path of ['/proc/self/fd/0', '/dev/tty']) {
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
      break;
    } catch {
      fd = undefined;
    }
  }
  if (fd === undefined) return undefined;
  const buf = Buffer.alloc(1024);
  const own = fd;
  return {
    poll(): boolean {
      let n = 0;
      try {
        n = readSync(own, buf, 0, buf.length, null);
      } catch {
        return false; // EAGAIN: nothing typed
      }
      if (n <= 0) return false;
      const bytes = buf.subarray(0, n);
      const rest = Buffer.from(bytes.filter((b) => b !== CTRL_C));
      if (rest.length > 0) stdin.unshift(rest);
      return bytes.includes(CTRL_C);
    },
    close(): void {
      try {
        closeSync(own);
      } catch {
        // already closed
      }
    },
  };
}
