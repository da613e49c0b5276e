import { describe, expect, it } from 'vitest';
import { WriteLog } from './write-order.js';

function run(log: WriteLog, argv: string[], stdout: string, stderr = '', chunks?: { fd: 1 | 2; text: string }[]) {
  const top = log.enter();
  log.leave(top, argv, chunks ? { stdout, stderr, exitCode: 0, chunks } : { stdout, stderr, exitCode: 0 });
}

describe('WriteLog', () => {
  it('orders a line by its programs’ writes; nested programs are part of their caller', () => {
    const log = new WriteLog();
    run(log, ['echo', 'a'], 'a\n');
    const outer = log.enter();
    run(log, ['curl'], '', 'inner\n');
    log.leave(outer, ['kubectl'], { stdout: '', stderr: 'inner\nterminated\n', exitCode: 1 });
    run(log, ['echo', 'c'], 'c\n');
    expect(log.order({ stdout: 'a\nc\n', stderr: 'inner\nterminated\n', exitCode: 0 }).chunks).toEqual([
      { fd: 1, text: 'a\n' },
      { fd: 2, text: 'inner\nterminated\n' },
      { fd: 1, text: 'c\n' },
    ]);
  });

  it('puts `2>&1` output back in write order, on the terminal and into a pipe', () => {
    const log = new WriteLog();
    const chunks = [{ fd: 2 as const, text: '> GET\n' }, { fd: 1 as const, text: 'body\n' }, { fd: 2 as const, text: '* closed\n' }];
    run(log, ['curl', '-v'], 'body\n', '> GET\n* closed\n', chunks);
    expect(log.reorderStdin('body\n> GET\n* closed\n')).toBe('> GET\nbody\n* closed\n');
    expect(log.order({ stdout: 'body\n> GET\n* closed\n', stderr: '', exitCode: 0 }).stdout).toBe('> GET\nbody\n* closed\n');
  });

  it('text the shell itself wrote keeps its place before the next noted write', () => {
    const log = new WriteLog();
    run(log, ['kubectl', 'get', 'pods'], '', 'No resources found in default namespace.\n');
    const r = log.order({ stdout: '', stderr: 'bash: cd: nope: No such file or directory\nNo resources found in default namespace.\n', exitCode: 0 });
    expect(r.stderr).toBe('bash: cd: nope: No such file or directory\nNo resources found in default namespace.\n');
  });
});
