// GNU sleep (coreutils): operands with s/m/h/d suffixes add up, no upper limit.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('sleep', () => {
  it('moves the clock by any amount: sleep 5400 ages a pod by 90m', async () => {
    const r = await runScript('kubectl run t --image=luksa/kubia\nsleep 5400\nkubectl get pod t\nsleep 1h 30m\nkubectl get pod t\nsleep 2d\nkubectl get pod t');
    expect(r.stdout).toMatch(/\nt +1\/1 +Running +0 +90m\n/);
    expect(r.stdout).toMatch(/\nt +1\/1 +Running +0 +3h\d*m?\n/);
    expect(r.stdout).toMatch(/\nt +1\/1 +Running +0 +2d3h\n$/);
  });

  it('refuses what is not an interval, as coreutils does', async () => {
    expect((await runScript('sleep')).stderr).toBe("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    const bad = await runScript('sleep 5x');
    expect(bad.stderr).toBe("sleep: invalid time interval '5x'\nTry 'sleep --help' for more information.\n");
    expect(bad.exitCode).toBe(1);
  });

  it('works in containers that have it', async () => {
    const r = await runScript('kubectl run b --image=busybox -- sleep 9000\nsleep 5\nkubectl exec b -- sleep 4000\nkubectl get pod b');
    expect(r.stdout).toMatch(/\nb +1\/1 +Running +0 +66m\n$/);
  });
});
