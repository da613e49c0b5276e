import { describe, expect, it } from 'vitest';
import { deferredSession } from './deferred-session.js';
import { shellSessionFactory } from './session-factory.js';
import type { SessionFactory } from '../session-port.js';

describe('deferred first session', () => {
  it('builds nothing until used, answers the laptop prompt, and keeps the UI settings for the real session', () => {
    let made = 0;
    const create: SessionFactory = (o) => {
      made++;
      return shellSessionFactory(o);
    };
    const s = deferredSession(create, { seed: 1, scenario: 'kubia' });
    const edit = async () => null;
    s.editor = edit;
    s.tty = true;
    expect(s.prompt()).toBe('$ ');
    expect(s.built).toBe(false);
    expect(made).toBe(0);
    s.warm();
    s.warm();
    expect(made).toBe(1);
    expect(s.editor).toBe(edit);
    expect(s.tty).toBe(true);
    // Beyond the tutor's port (completion asks the shell for its cwd).
    expect((s as unknown as { cwd(): string }).cwd()).toMatch(/^\//);
  });

  it('gives the same bytes as a session built at once (same seed, virtual clock)', async () => {
    const lines = ['kubectl get pods -o wide', 'kubectl expose rc kubia --port=80 --target-port=8080', 'kubectl get svc,ep', 'kubectl exec kubia-f5cpb -- curl -s http://kubia'];
    const direct = shellSessionFactory({ seed: 7, scenario: 'kubia' });
    const later = deferredSession(shellSessionFactory, { seed: 7, scenario: 'kubia' });
    for (const line of lines) {
      const a = await direct.run(line);
      const b = await later.run(line);
      expect([b.stdout, b.stderr, b.exitCode]).toEqual([a.stdout, a.stderr, a.exitCode]);
    }
    expect(later.cluster.clock.now()).toBe(direct.cluster.clock.now());
  });
});
