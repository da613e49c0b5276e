// Ctrl-C while a command keeps the event loop busy. Ink reads keys only when the loop turns,
// and a loop of shell builtins never lets it; the shell asks this poll between statements
// instead (see src/shell/interrupt.ts). It reads what is waiting on the terminal without
// blocking, through a descriptor of its own on the same terminal: a Ctrl-C byte means
// interrupt, every other key is handed back to Ink as if it had just arrived.
//
// Handing back appends (`push`), never prepends (`unshift`): several polls can run before the
// event loop turns, and whatever the stream holds then was read before these bytes. Putting
// each batch in front would reverse typed-ahead keys — a line's Enter would come before its
// text, submitting an empty line and leaving the text on the prompt.
import { closeSync, constants, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';

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
  const own = fd;
  return {
    ...keyPoll((buf) => readSync(own, buf, 0, buf.length, null), stdin),
    close(): void {
      try {
        closeSync(own);
      } catch {
        // already closed
      }
    },
  };
}

/**
 * The poll itself: `read` fills the buffer with what is waiting (throwing EAGAIN when nothing
 * is); Ctrl-C is taken out and reported, the other bytes go back into `stdin` in order.
 */
export function keyPoll(read: (buf: Buffer) => number, stdin: Pick<Readable, 'push'>): Pick<TerminalPoll, 'poll'> {
  const buf = Buffer.alloc(1024);
  return {
    poll(): boolean {
      let n = 0;
      try {
        n = read(buf);
      } catch {
        return false; // EAGAIN: nothing typed
      }
      if (n <= 0) return false;
      const bytes = buf.subarray(0, n);
      const rest = Buffer.from(bytes.filter((b) => b !== CTRL_C));
      if (rest.length > 0) {
        try {
          stdin.push(rest);
        } catch {
          // The terminal closed: the keys have nowhere to go.
        }
      }
      return bytes.includes(CTRL_C);
    },
  };
}
