import { describe, expect, it } from 'vitest';
import { Session } from './session.js';
import { wallSleep } from './wall-sleep.js';

describe('sleep in a typed line', () => {
  it('waits on the wall clock until Ctrl-C, then moves the virtual clock by what passed', async () => {
    const s = Session.create({ seed: 1 });
    const waits: number[] = [];
    s.wallSleep = (ms, signal) => {
      waits.push(ms);
      return wallSleep(ms, signal);
    };
    const before = s.cluster.clock.now();
    const running = s.run('sleep 100000; echo never', { typed: true });
    await new Promise((r) => setTimeout(r, 30));
    s.interrupt();
    const r = await running;
    expect(waits).toEqual([100_000_000]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', '^C\n', 130]);
    // One second for the line itself (every line moves the clock by one), none slept.
    expect(s.cluster.clock.now() - before).toBe(1000);
    expect((await s.run('kubectl get pods')).exitCode).toBe(0);
  });

  it('a short sleep finishes and moves the clock by its whole length', async () => {
    const s = Session.create({ seed: 1 });
    s.wallSleep = async (ms) => ms; // as if the time had passed
    const before = s.cluster.clock.now();
    expect((await s.run('sleep 2m', { typed: true })).exitCode).toBe(0);
    expect(s.cluster.clock.now() - before).toBe(121_000);
  });

  it("lines not typed by the learner (lesson scripts, verify) never wait", async () => {
    const s = Session.create({ seed: 1 });
    s.wallSleep = () => Promise.reject(new Error('must not wait'));
    expect((await s.run('sleep 30')).exitCode).toBe(0);
  });
});
