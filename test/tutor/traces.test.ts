// `/trace` and checkpoints' `request:` predicates read a session's request traces the same
// way, in a lesson and in the sandbox, whether the trace sits on the session's list, on the
// command's record, or both.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Tutor, type Turn } from '../../src/tutor/index.js';
import { lastTrace, sessionTraces, traceMark, tracesSince } from '../../src/tutor/checkpoints/traces.js';
import { evaluateCheck } from '../../src/tutor/checkpoints/evaluate.js';
import type { Trace } from '../../src/cluster/network/trace.js';
import { fakeFactory, FakeSession } from './fake-session.js';

/** The tutor's answer without the echo of the learner's own line. */
const saidless = (turns: Turn[]) => turns.filter((x) => x.kind !== 'said');

const GOOD = fileURLToPath(new URL('./fixtures/good/', import.meta.url));
const LESSONS = fileURLToPath(new URL('../../lessons/', import.meta.url));
const config = () => mkdtempSync(join(tmpdir(), 'kubetour-trace-'));
const trace = (id: number): Trace => ({ id, time: 0, tool: 'curl', from: { kind: 'laptop', name: 'laptop', ip: '192.168.1.10' }, target: 'http://x', lookups: [], hops: [], outcome: 'ok' }) as Trace;
const rec = (traces: Trace[]) => ({ index: 0, input: 'curl', place: { kind: 'laptop', name: 'laptop', ip: '' }, result: { stdout: '', stderr: '', exitCode: 0 }, traces, startedAt: 0 }) as any;

/** The first pod name in `kubectl get pods` output. */
async function firstPod(t: Tutor): Promise<string> {
  const out = (await t.input('kubectl get pods -o name')).find((x) => x.kind === 'output') as Extract<Turn, { kind: 'output' }>;
  return out.stdout.split('\n')[0].replace('pod/', '');
}

describe('session traces', () => {
  it('merges the session list with the records, by id, each once', () => {
    const a = trace(1);
    const b = trace(2);
    expect(sessionTraces({ traces: [a, b], records: [rec([a]), rec([b])] })).toEqual([a, b]);
    expect(sessionTraces({ traces: [], records: [rec([b]), rec([a])] })).toEqual([a, b]);
    expect(sessionTraces({ traces: [a], records: [rec([b])] })).toEqual([a, b]);
    expect(lastTrace({ traces: [], records: [rec([a])] })).toBe(a);
    expect(lastTrace({ traces: [], records: [] })).toBeUndefined();
    expect(traceMark({ traces: [a, b], records: [] })).toBe(2);
    expect(tracesSince({ traces: [a, b], records: [] }, 1)).toEqual([b]);
  });

  it('a request predicate sees a trace that only the record holds', async () => {
    const s = new FakeSession();
    await s.run('svc kubia 80 8080');
    await s.run('curl kubia');
    s.traces.length = 0; // the trace now lives on the record alone
    expect((await evaluateCheck({ id: 'q', request: { tool: 'curl', service: 'kubia', outcome: 'ok' } }, s)).pass).toBe(true);
    const marks = { stepRecords: s.records.length, stepTraces: traceMark(s), lessonRecords: 0, lessonTraces: 0 };
    expect((await evaluateCheck({ id: 'q', request: { service: 'kubia' } }, s, marks)).pass).toBe(false);
  });
});

describe('/trace', () => {
  it('finds the last request in the sandbox (real session, kubectl exec … curl)', async () => {
    const t = await Tutor.open({ lessonsDir: LESSONS, sandbox: true, configDir: config(), lang: 'en', env: {} });
    expect(saidless(await t.input('/trace'))).toEqual([{ kind: 'tutor', markdown: expect.stringContaining('No request has been made yet') }]);
    const pod = await firstPod(t);
    await t.input(`kubectl exec ${pod} -- curl -s http://kubia`);
    const id = t.session.traces.at(-1)?.id;
    expect(id).toBeGreaterThan(0);
    expect(saidless(await t.input('/trace'))).toEqual([{ kind: 'diagram', name: 'trace', traceId: id }]);
  });

  it('finds it after /sandbox left a lesson, and inside a lesson', async () => {
    const t = await Tutor.open({ lessonsDir: LESSONS, lessonId: '01-services', configDir: config(), lang: 'en', env: {} });
    const pod = await firstPod(t);
    await t.input(`kubectl exec ${pod} -- curl -s http://kubia`);
    const inLesson = t.session.traces.at(-1)?.id;
    expect(saidless(await t.input('/trace'))).toEqual([{ kind: 'diagram', name: 'trace', traceId: inLesson }]);
    await t.input('/sandbox');
    expect(saidless(await t.input('/trace'))[0].kind).toBe('tutor'); // a fresh cluster: nothing yet
    const pod2 = await firstPod(t);
    await t.input(`kubectl exec ${pod2} -- curl -s http://kubia`);
    expect(saidless(await t.input('/trace'))).toEqual([{ kind: 'diagram', name: 'trace', traceId: t.session.traces.at(-1)?.id }]);
  });

  it('finds a trace that only the command record holds', async () => {
    const t = await Tutor.open({ lessonsDir: GOOD, sandbox: true, configDir: config(), lang: 'en', createSession: fakeFactory, env: {} });
    await t.input('svc kubia 80 8080');
    await t.input('curl kubia');
    (t.session as unknown as FakeSession).traces.length = 0;
    expect(saidless(await t.input('/trace'))).toEqual([{ kind: 'diagram', name: 'trace', traceId: 1 }]);
  });
});
