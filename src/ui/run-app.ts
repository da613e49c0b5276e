// Placeholder until the TUI lands.
import type { CliIO } from '../cli-io.js';

export async function runAppCli(_argv: string[], io: CliIO): Promise<number> {
  io.stderr.write('kubetour: the tutorial is not available yet; try `kubetour shell`\n');
  return 2;
}
