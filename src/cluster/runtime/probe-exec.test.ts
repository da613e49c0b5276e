import { describe, expect, it } from 'vitest';
import { InMemoryFs } from 'just-bash';
import { runProbeCommand } from './probe-exec.js';

const cmds = ['ls', 'cat', 'sh', 'bash', 'test', 'echo'];

describe('exec probe evaluator', () => {
  it('ls fails with coreutils wording until the file exists', () => {
    const fs = new InMemoryFs();
    expect(runProbeCommand(fs, ['ls', '/var/ready'], cmds)).toEqual({ exitCode: 2, output: "ls: cannot access '/var/ready': No such file or directory\n" });
    fs.writeFileSync('/var/ready', '');
    expect(runProbeCommand(fs, ['ls', '/var/ready'], cmds).exitCode).toBe(0);
  });

  it('cat, test and sh -c lists', () => {
    const fs = new InMemoryFs({ '/ok': 'yes\n' });
    expect(runProbeCommand(fs, ['cat', '/ok'], cmds)).toEqual({ exitCode: 0, output: 'yes\n' });
    expect(runProbeCommand(fs, ['test', '-e', '/nope'], cmds).exitCode).toBe(1);
    expect(runProbeCommand(fs, ['sh', '-c', 'test -e /nope || cat /ok'], cmds)).toEqual({ exitCode: 0, output: 'yes\n' });
    expect(runProbeCommand(fs, ['sh', '-c', 'test -e /ok && false'], cmds).exitCode).toBe(1);
  });

  it('a command the image lacks fails like the runtime says', () => {
    const r = runProbeCommand(new InMemoryFs(), ['curl', 'localhost'], cmds);
    expect(r.exitCode).toBe(126);
    expect(r.output).toContain('executable file not found in $PATH');
  });
});
