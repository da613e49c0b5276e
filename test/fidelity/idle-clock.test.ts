// In the interactive app the cluster's clock follows the wall clock while the learner is idle
// (a LoadBalancer's EXTERNAL-IP appears while they wait, as on a real cluster); a line's own
// output never depends on it: passIdleTime is refused while a line runs.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';
import { IdleClock } from '../../src/shell/idle-clock.js';

describe('idle time', () => {
  it('moves the cluster between lines: the LoadBalancer gets its address while the learner waits', async () => {
    const r = await runScript('kubectl expose rc kubia --name=lb --type=LoadBalancer --port=80 --target-port=8080\nkubectl get svc lb -o jsonpath={.status.loadBalancer}');
    expect(r.stdout.endsWith('{}')).toBe(true);
    let wall = 0;
    const clock = new IdleClock({ now: () => wall });
    wall += 20_000;
    expect(clock.tick(r.session)).toBe(20);
    const after = await runScript('kubectl get svc lb -o jsonpath={.status.loadBalancer.ingress[0].ip}', { session: r.session });
    expect(after.stdout).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('is refused while a line runs', async () => {
    const r = await runScript('true');
    let refused: boolean | undefined;
    let calls = 0;
    const s = r.session as unknown as { cluster: { advance(n: number): void } };
    const advance = s.cluster.advance.bind(s.cluster);
    // The second advance is `sleep 1`'s, inside the running line.
    s.cluster.advance = (n: number) => {
      if (++calls === 2) refused = !r.session.passIdleTime(5);
      advance(n);
    };
    await runScript('sleep 1', { session: r.session });
    expect(refused).toBe(true);
  });
});
