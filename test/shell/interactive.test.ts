// The line-mode shell on a terminal: input that arrives all at once (a paste, fast typing)
// is queued line by line, never dropped — a heredoc pasted whole still runs.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runShellCli } from '../../src/shell/cli-shell.js';

function tty(): PassThrough & { isTTY: boolean; setRawMode(): void; columns: number } {
  return Object.assign(new PassThrough(), { isTTY: true, setRawMode() {}, columns: 100 });
}

describe('kubetour shell on a terminal', () => {
  it('runs a pasted heredoc and the line after it', async () => {
    const stdin = tty();
    const stdout = tty();
    let out = '';
    stdout.on('data', (d) => (out += d.toString()));
    const done = runShellCli(['--seed', '1'], { stdin, stdout, stderr: stdout, env: {} });
    stdin.write('cat <<EOF\nhello from a paste\nEOF\necho after\n');
    stdin.end();
    expect(await done).toBe(0);
    expect(out).toContain('hello from a paste\n');
    expect(out).toMatch(/after\n/);
  });
});
