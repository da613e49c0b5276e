// Args without --command go to the image's ENTRYPOINT and replace its CMD (Kubernetes docs,
// "Define a Command and Arguments for a Container"). busybox (CMD ["sh"]) and tutum/dnsutils
// (ubuntu's CMD ["/bin/bash"]) have no ENTRYPOINT, so the args are the whole command.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('kubectl run -- ARGS', () => {
  it('busybox -- sleep 3600 is Running, with and without --restart=Never', async () => {
    const r = await runScript(
      'kubectl run tmp --image=busybox --restart=Never -- sleep 3600\nkubectl run tmp2 --image=busybox -- sleep 3600\nkubectl run dns --image=tutum/dnsutils -- sleep infinity\nsleep 120\nkubectl get pod tmp tmp2 dns',
    );
    expect(r.stdout).toMatch(/\ntmp +1\/1 +Running +0 +2m\d*s?\n/);
    expect(r.stdout).toMatch(/\ntmp2 +1\/1 +Running +0 +2m\d*s?\n/);
    expect(r.stdout).toMatch(/\ndns +1\/1 +Running +0 +2m\d*s?\n/);
  });

  it('the pod completes when its sleep ends; ps shows the args as PID 1', async () => {
    const r = await runScript('kubectl run tmp --image=busybox --restart=Never -- sleep 30\nsleep 5\nkubectl exec tmp -- ps\nsleep 60\nkubectl get pod tmp');
    expect(r.stdout).toMatch(/\n +1 root +0:00 sleep 30\n/);
    expect(r.stdout).toMatch(/\ntmp +0\/1 +Completed +0 +\d+s\n$/);
  });
});
