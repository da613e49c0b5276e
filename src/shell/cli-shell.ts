// Placeholder until the shell lands: `kubetour shell`.
import type { CliIO } from '../cli-io.js';

export async function runShellCli(_argv: string[], io: CliIO): Promise<number> {
  io.stderr.write('kubetour shell: not available yet\n');
  return 1;
}
