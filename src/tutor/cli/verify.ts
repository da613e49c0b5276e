// Placeholder until the tutor lands: `kubetour verify`.
import type { CliIO } from '../../cli-io.js';

export async function runVerifyCli(_argv: string[], io: CliIO): Promise<number> {
  io.stderr.write('kubetour verify: not available yet\n');
  return 1;
}
