import { describe, expect, it } from 'vitest';
import { Session } from './session.js';
import { LineInterrupt, raceAbort, waitOrAbort } from './interrupt.js';

describe('Ctrl-C on a running line', () => {
  it('stops a loop of builtins that never yields, through the terminal poll', async () => {
    const s = Session.create({ seed: 1 });
    await s.run('echo warm; true'); // just-bash loads a command's code on its first use
    let polls = 0;
    s.interruptPoll = () => ++polls >= 3;
    const r = await s.run('echo start; while true; do :; done; echo never');
    expect(r.exitCode).toBe(130);
    expect(r.stdout).toBe('start\n');
    expect(r.stderr).toBe('^C\n');
    s.interruptPoll = undefined;
    expect((await s.run('echo $?')).stdout).toBe('130\n');
    expect((await s.run('kubectl get pods')).exitCode).toBe(0);
  });

  it('stops a command waiting on the signal, from outside the line', async () => {
    const s = Session.create({ seed: 1 });
    const running = s.run('echo a; true');
    s.interrupt(); // nothing is waiting yet at this point of the line: no effect before it starts
    const r = await running;
    expect(r.exitCode).toBe(130);
    expect(r.stderr.endsWith('^C\n')).toBe(true);
  });

  it('interrupt() between lines does nothing', async () => {
    const s = Session.create({ seed: 1 });
    s.interrupt();
    expect((await s.run('echo ok')).stdout).toBe('ok\n');
  });
});

describe('waiting helpers', () => {
  it('waitOrAbort ends early on abort and raceAbort answers at once', async () => {
    const li = new LineInterrupt();
    const w = waitOrAbort(60_000, li.signal);
    const r = raceAbort(new Promise<string>(() => undefined), li.signal, () => 'stopped');
    li.abort();
    expect(await w).toBe(false);
    expect(await r).toBe('stopped');
    expect(await waitOrAbort(1)).toBe(true);
  });
});
