// `clear`: the bytes ncurses' clear writes for TERM=xterm-256color (home, erase screen,
// erase scrollback). The TUI recognises them and empties its transcript.
import type { ShellCommand } from '../types.js';
import { ok } from '../types.js';

export const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';

export const clearCommand: ShellCommand = {
  name: 'clear',
  run: () => ok(CLEAR_SCREEN),
};
