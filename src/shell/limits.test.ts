import { describe, expect, it } from 'vitest';
import { Session } from './session.js';
import { limitSentence, oversizedBraceRange, takeLimit } from './limits.js';

describe('the shell safety limits, said plainly', () => {
  it('an endless loop and a runaway function stop with a structured reason, never the library option names', async () => {
    const s = Session.create({ seed: 1 });
    const loop = await s.run('echo before; while true; do :; done');
    expect(loop.limit).toEqual({ kind: 'commands', max: 100_000 });
    expect(loop.stdout).toBe('before\n');
    expect(loop.stderr).not.toMatch(/executionLimits/);
    const rec = await s.run('f(){ f; }; f');
    expect(rec.limit).toEqual({ kind: 'recursion', max: 100 });
    expect(rec.stderr).toBe('');
    expect((await s.run('kubectl get pods')).exitCode).toBe(0);
  });

  it('a brace range longer than the shell expands is refused, never cut short', async () => {
    const s = Session.create({ seed: 1 });
    const r = await s.run('echo {1..2000000} | wc -c');
    expect(r.stdout).toBe('');
    expect(r.limit?.kind).toBe('expansion');
    expect((await s.run('echo {1..10000} | wc -c')).stdout).toBe('48894\n');
    expect(oversizedBraceRange("echo '{1..2000000}'")).toBeUndefined();
    expect(oversizedBraceRange('echo {a..z..1}')).toBeUndefined();
  });

  it('programs that print the words "limit exceeded" keep their output', () => {
    expect(takeLimit('kubectl: limit exceeded (3)\n').limit).toBeUndefined();
    expect(takeLimit('bash: for loop: too many iterations (10), increase executionLimits.maxLoopIterations\n')).toEqual({ stderr: '', limit: { kind: 'iterations', max: 10 } });
  });

  it('reads as one sentence in both languages', () => {
    expect(limitSentence({ kind: 'commands', max: 100_000 }, 'en')).toBe('stopped: this line ran more than 100,000 commands, where the simulated shell stops; press ↑ to edit it');
    expect(limitSentence({ kind: 'commands', max: 100_000 }, 'ko')).toContain('100,000');
    expect(limitSentence({ kind: 'output', max: 256 * 1024 * 1024, bytes: true }, 'en')).toContain('256 MB');
    expect(limitSentence({ kind: 'other' }, 'ko')).toMatch(/^멈춤/);
  });
});
