// `kubetour shell` driven in-process: flags, scripts from stdin and -c, --echo, status.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { CliIO } from '../../src/cli-io.js';
import { parseShellArgs, runShellCli } from '../../src/shell/cli-shell.js';

function io(stdin = ''): { io: CliIO; out: () => string; err: () => string; both: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  let both = '';
  stdout.on('data', (c: Buffer) => {
    out += c.toString();
    both += c.toString();
  });
  stderr.on('data', (c: Buffer) => {
    err += c.toString();
    both += c.toString();
  });
  return { io: { stdin: Readable.from([stdin]), stdout, stderr, env: {} }, out: () => out, err: () => err, both: () => both };
}

describe('parseShellArgs', () => {
  test('flags', () => {
    expect(parseShellArgs(['--seed', '7', '--scenario=empty', '--echo', '-c', 'ls'])).toEqual({ seed: 7, scenario: 'empty', echo: true, script: 'ls' });
    expect(parseShellArgs([])).toEqual({ seed: 1, scenario: 'kubia', echo: false });
  });
  test.each([[['--seed']], [['--seed', 'x']], [['--bogus']], [['-c']], [['--scenario']]])('%j is refused', (argv) => {
    expect(typeof parseShellArgs(argv)).toBe('string');
  });
});

describe('kubetour shell', () => {
  test('bad flags print a usage line and exit 2', async () => {
    const t = io();
    expect(await runShellCli(['--nope'], t.io)).toBe(2);
    expect(t.err()).toBe('kubetour shell: unknown option "--nope"\nusage: kubetour shell [--seed N] [--scenario NAME] [--echo] [-c SCRIPT]\n');
  });

  test('-c runs a script; the status is the last command\'s', async () => {
    const t = io();
    expect(await runShellCli(['-c', 'echo hi; echo oops >&2\nfalse'], t.io)).toBe(1);
    expect(t.out()).toBe('hi\n');
    expect(t.err()).toBe('oops\n');
  });

  test('a script on stdin, with --echo, streams in order', async () => {
    const t = io('echo one\nnope\ncd /tmp\npwd\n');
    expect(await runShellCli(['--echo'], t.io)).toBe(0);
    expect(t.both()).toBe('$ echo one\none\n$ nope\nbash: nope: command not found\n$ cd /tmp\n$ pwd\n/tmp\n');
  });

  test('--echo shows a multi-line command as typed', async () => {
    const t = io('for i in 1 2; do\n  echo $i\ndone\n');
    await runShellCli(['--echo'], t.io);
    expect(t.out()).toBe('$ for i in 1 2; do\n  echo $i\ndone\n1\n2\n');
  });

  test('an unknown scenario is a clear message, exit 2', async () => {
    const t = io('echo never\n');
    expect(await runShellCli(['--scenario', 'nosuch'], t.io)).toBe(2);
    expect(t.err()).toMatch(/^kubetour shell: .*scenario.*"nosuch"/);
    expect(t.out()).toBe('');
  });

  test('prepare runs before the script', async () => {
    const t = io('echo $X\n');
    await runShellCli([], t.io, async (s) => {
      await s.run('export X=prepared');
    });
    expect(t.out()).toBe('prepared\n');
  });
});
