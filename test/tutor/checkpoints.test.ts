// Every predicate kind against the fake session: which leaves pass, and what is unmet.
import { describe, expect, it } from 'vitest';
import { evaluateCheck, type CheckMarks } from '../../src/tutor/checkpoints/evaluate.js';
import type { Predicate } from '../../src/tutor/schema.js';
import { FakeSession } from './fake-session.js';

async function check(p: Predicate, s: FakeSession, marks?: CheckMarks) {
  return evaluateCheck(p, s, marks);
}

describe('checkpoint predicates', () => {
  it('object, absent and field, with per-leaf results and unmet ids', async () => {
    const s = new FakeSession();
    await s.run('svc kubia 8080 8080');
    const r = await check(
      {
        all: [
          { id: 'exists', object: { kind: 'Service', name: 'kubia' } },
          { id: 'port', field: { kind: 'Service', name: 'kubia', path: 'spec.ports[0].port', equals: 80 } },
          { id: 'target', field: { kind: 'Service', name: 'kubia', path: 'spec.ports[0].targetPort', equals: '8080' } },
          { id: 'sel', field: { kind: 'Service', name: 'kubia', path: 'spec.selector.app', matches: '^kub' } },
          { id: 'no-other', absent: { kind: 'Service', name: 'other' } },
        ],
      },
      s,
    );
    expect(r.pass).toBe(false);
    expect(r.unmet).toEqual(['port']);
    expect(r.leaves).toEqual({ exists: true, port: false, target: true, sel: true, 'no-other': true });
  });

  it('field operators: notEquals, contains, exists', async () => {
    const s = new FakeSession();
    await s.run('svc kubia 80 8080');
    const f = (extra: object) => ({ id: 'f', field: { kind: 'Service' as const, name: 'kubia', path: 'spec.selector', ...extra } });
    expect((await check(f({ contains: 'app' }), s)).pass).toBe(true);
    expect((await check(f({ exists: false }), s)).pass).toBe(false);
    expect((await check({ id: 'f', field: { kind: 'Service', name: 'kubia', path: 'spec.type', exists: false } }, s)).pass).toBe(true);
    expect((await check({ id: 'f', field: { kind: 'Service', name: 'kubia', path: 'spec.ports[0].port', notEquals: '80' } }, s)).pass).toBe(false);
    expect((await check({ id: 'f', field: { kind: 'Service', name: 'missing', path: 'spec', exists: false } }, s)).pass).toBe(false);
  });

  it('count and podsReady follow readiness over virtual time', async () => {
    const s = new FakeSession();
    await s.run('pod web1 web');
    expect((await check({ id: 'c', count: { kind: 'Pod', selector: 'app=web', equals: 1 } }, s)).pass).toBe(true);
    expect((await check({ id: 'c', count: { kind: 'Pod', min: 5 } }, s)).pass).toBe(false);
    const ready: Predicate = { id: 'r', podsReady: { selector: 'app=web', ready: 1 } };
    expect((await check(ready, s)).pass).toBe(false);
    s.cluster.advance(2);
    expect((await check(ready, s)).pass).toBe(true);
  });

  it('endpoints counts ready and not-ready addresses', async () => {
    const s = new FakeSession();
    s.create({ kind: 'Endpoints', metadata: { name: 'kubia' }, subsets: [{ addresses: [{ ip: '1' }, { ip: '2' }], notReadyAddresses: [{ ip: '3' }] }] });
    expect((await check({ id: 'e', endpoints: { service: 'kubia', ready: 2, notReady: 1 } }, s)).pass).toBe(true);
    expect((await check({ id: 'e', endpoints: { service: 'kubia', min: 3 } }, s)).pass).toBe(false);
    expect((await check({ id: 'e', endpoints: { service: 'none' } }, s)).pass).toBe(false);
  });

  it('file in a place, with contents', async () => {
    const s = new FakeSession();
    await s.run('write /tmp/ready ok-now');
    expect((await check({ id: 'f', file: { place: 'laptop', path: '/tmp/ready', contains: 'ok' } }, s)).pass).toBe(true);
    expect((await check({ id: 'f', file: { place: 'laptop', path: '/tmp/ready', contains: 'nope' } }, s)).pass).toBe(false);
    await s.fsOf({ kind: 'pod', name: 'kubia-b', ip: '' }).writeFile('/var/ready', '');
    expect((await check({ id: 'f', file: { place: 'pod:kubia-', path: '/var/ready' } }, s)).pass).toBe(true);
    expect((await check({ id: 'f', file: { place: 'pod:app=kubia', path: '/var/ready' } }, s)).pass).toBe(true);
    expect((await check({ id: 'f', file: { place: 'node:worker1', path: '/var/ready' } }, s)).pass).toBe(false);
  });

  it('request matches traces since the step started', async () => {
    const s = new FakeSession();
    await s.run('svc kubia 80 8080');
    await s.run('curl kubia');
    const req: Predicate = { id: 'q', request: { tool: 'curl', service: 'kubia', outcome: 'ok', reachedPodSelector: 'app=kubia', from: 'laptop', clientIpSeen: 'client' } };
    expect((await check(req, s)).pass).toBe(true);
    const after = { stepRecords: 2, stepTraces: 1, lessonRecords: 0, lessonTraces: 0 };
    expect((await check(req, s, after)).pass).toBe(false);
    expect((await check({ id: 'q', request: { service: 'kubia', since: 'lesson' } }, s, after)).pass).toBe(true);
    expect((await check({ id: 'q', request: { from: 'pod' } }, s)).pass).toBe(false);
    expect((await check({ id: 'q', request: { clientIpSeen: 'node' } }, s)).pass).toBe(false);
    await s.run('curl nope');
    expect((await check({ id: 'q', request: { outcome: 'nxdomain', min: 1 } }, s)).pass).toBe(true);
    expect((await check({ id: 'q', request: { service: 'kubia', min: 2 } }, s)).pass).toBe(false);
  });

  it('lastCommand and place', async () => {
    const s = new FakeSession();
    const last: Predicate = { id: 'l', lastCommand: { exitCode: 0, stdoutContains: 'hello', inputMatches: '^echo' } };
    expect((await check(last, s)).pass).toBe(false); // nothing run in this step yet
    await s.run('echo hello');
    expect((await check(last, s)).pass).toBe(true);
    expect((await check({ id: 'l', lastCommand: { stdoutMatches: '^hel+o$' } }, s)).pass).toBe(true);
    await s.run('false');
    expect((await check(last, s)).pass).toBe(false);
    expect((await check({ id: 'p', place: { kind: 'laptop' } }, s)).pass).toBe(true);
    await s.run('enter-pod kubia-a');
    expect((await check({ id: 'p', place: { kind: 'pod' } }, s)).pass).toBe(true);
  });

  it('any and not combinators report useful unmet ids', async () => {
    const s = new FakeSession();
    const anyP: Predicate = { id: 'either', any: [{ id: 'a', object: { kind: 'Service', name: 'a' } }, { id: 'b', object: { kind: 'Service', name: 'b' } }] };
    expect((await check(anyP, s)).unmet).toEqual(['either', 'a', 'b']);
    // The learner is told the named alternative, not each of its branches.
    expect((await check(anyP, s)).headline).toEqual(['either']);
    const mixed: Predicate = { all: [{ id: 'c', object: { kind: 'Service', name: 'c' } }, anyP, { any: [{ id: 'd', object: { kind: 'Service', name: 'd' } }] }] };
    expect((await check(mixed, s)).headline).toEqual(['c', 'either', 'd']);
    await s.run('svc b 80 8080');
    expect((await check(anyP, s)).pass).toBe(true);
    const notP: Predicate = { all: [{ id: 'no-b', not: { id: 'b-there', object: { kind: 'Service', name: 'b' } } }] };
    const r = await check(notP, s);
    expect(r.pass).toBe(false);
    expect(r.unmet).toEqual(['no-b']);
    expect(r.leaves).toEqual({ 'no-b': false, 'b-there': true });
  });
});
