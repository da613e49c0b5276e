// kubectl get -w ends when the server closes the watch, silently and with status 0
// (kubernetes/kubernetes#42552, kubernetes/kubectl#668); --request-timeout closes it.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';
import { requestTimeoutSeconds } from '../../src/shell/commands/kubectl/get.js';

describe('kubectl get -w --request-timeout', () => {
  it('watches for exactly that long on the virtual clock, printing each change, then exits 0', async () => {
    const r = await runScript('kubectl run a --image=luksa/kubia\nkubectl get pods a -w --request-timeout=45s\nkubectl get pod a');
    const t0 = r.session.records[1].startedAt;
    expect(r.session.records[2].startedAt - t0).toBe(46_000);
    const watched = r.stdout.split('\n').filter((l) => l.startsWith('a '));
    expect(watched[0]).toMatch(/^a +0\/1 +(Pending|ContainerCreating) /);
    expect(watched.some((l) => / 1\/1 +Running /.test(l))).toBe(true);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('reads Go durations and plain seconds', () => {
    expect(requestTimeoutSeconds('30s')).toBe(30);
    expect(requestTimeoutSeconds('1m30s')).toBe(90);
    expect(requestTimeoutSeconds('5')).toBe(5);
    expect(requestTimeoutSeconds('0')).toBe(0);
    expect(requestTimeoutSeconds('1500ms')).toBe(2);
  });
});
