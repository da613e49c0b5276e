// Placeholder until the tutor lands: `kubetour progress`.
import type { CliIO } from '../../cli-io.js';

export async function runProgressCli(_argv: string[], io: CliIO): Promise<number> {
  io.stderr.write('kubetour progress: not available yet\n');
  return 1;
}
