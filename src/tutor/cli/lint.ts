// Placeholder until the tutor lands: `kubetour lint`.
import type { CliIO } from '../../cli-io.js';

export async function runLintCli(_argv: string[], io: CliIO): Promise<number> {
  io.stderr.write('kubetour lint: not available yet\n');
  return 1;
}
