import { getCommandNames } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { CONTAINER_PROGRAMS, laptopCommands, SHELL_BUILTINS } from '../../shell/commands/index.js';
import { KNOWN_COMMANDS } from './known-commands.js';

describe('KNOWN_COMMANDS', () => {
  it('holds every command the shell registry and just-bash offer, and the builtins', () => {
    const registry = [...getCommandNames(), ...laptopCommands().map((c) => c.name), ...CONTAINER_PROGRAMS.map((c) => c.name), ...SHELL_BUILTINS];
    expect(registry.filter((n) => !KNOWN_COMMANDS.has(n))).toEqual([]);
  });
  it('holds the builtins the shell completes', () => {
    for (const b of ['cd', 'export', 'exit', 'unset', 'set', 'source', 'type', 'read', 'test', 'local', 'shopt', 'logout']) expect(KNOWN_COMMANDS.has(b), b).toBe(true);
  });
});
