// Questions through the Tutor facade over the shipped lessons: where an answer comes from,
// the offer to open it, picking one of the nearest topics by number, and a question about
// the learner's own last command.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Tutor, type Turn } from '../../../src/tutor/index.js';

const LESSONS = fileURLToPath(new URL('../../../lessons/', import.meta.url));
const text = (turns: Turn[]) => turns.map((x) => ('markdown' in x ? x.markdown : '')).join('\n');
const open = (lang: 'ko' | 'en', lessonId?: string) =>
  Tutor.open({ lessonsDir: LESSONS, configDir: mkdtempSync(join(tmpdir(), 'kubetour-q-')), lang, env: {}, now: () => 0, ...(lessonId ? { lessonId } : { sandbox: true }) });

describe('questions in the tutor', () => {
  it('quotes the answer with its source and offers to open it (en)', async () => {
    const t = await open('en');
    const turns = await t.input('can I use cookies for affinity?');
    expect(text(turns)).toContain('There is no cookie-based affinity');
    expect(text(turns)).toContain('— from the questions of lesson 3: “');
    expect(turns.at(-1)).toMatchObject({ kind: 'confirm', id: 'open' });
    expect(t.status().sandbox).toBe(true);
    await t.input('y');
    expect(t.status()).toMatchObject({ sandbox: false, lessonId: '03-session-affinity' });
  });

  it('answers a comparison with both entries, in Korean', async () => {
    const t = await open('ko');
    const out = text(await t.input('클러스터IP랑 노드포트는 어떻게 달라?'));
    expect(out).toContain('두 가지를 나란히 보면:');
    expect(out).toContain('**ClusterIP**');
    expect(out).toContain('**NodePort**');
    expect(out).not.toMatch(/[A-Za-z]{3,} [a-z]{3,} [a-z]{3,} [a-z]{3,}/);
  });

  it('lists the nearest topics when unsure, and a number opens one', async () => {
    const t = await open('en');
    const unsure = text(await t.input('can a readiness probe use grpc with tls certificates?'));
    expect(unsure).toContain('The nearest topics:\n\n1. **readiness probe** — from the glossary');
    expect(unsure).toContain('`kubectl explain pod.spec.containers.readinessProbe`');
    const picked = text(await t.input('1'));
    expect(picked).toContain('A **readiness probe** tells Kubernetes');
    const none = text(await t.input('how do I bake bread?'));
    expect(none).toContain("I don't know that one");
    expect(none).toContain('`kubectl explain service.spec`');
  });

  it('a question about the last command starts from that command', async () => {
    const t = await open('en', '02-testing-from-inside');
    await t.input('kubectl exec kubia-nope curl -s http://10.0.0.1');
    const out = text(await t.input('why did my command fail?'));
    expect(out).toContain('About your last command, `kubectl exec kubia-nope curl -s http://10.0.0.1`:');
    expect(out).toContain('--server');
  });
});

describe('questions about the cluster state', () => {
  it('answers "왜 준비가 안 되지?" from the pods and their readiness probe, in Korean', async () => {
    const t = await Tutor.open({ lessonsDir: LESSONS, configDir: mkdtempSync(join(tmpdir(), 'kubetour-q-')), lang: 'ko', env: {}, now: () => 0, lessonId: '14-readiness-probes', step: 'refused' });
    const out = text(await t.input('왜 준비가 안 되지?'));
    expect(out).toContain('파드 3개 중 3개가 준비되지 않았어요.');
    // Three replicas failing the same probe: said once, naming all three.
    expect(out).toMatch(/^- `kubia-\w{5}`, `kubia-\w{5}`, `kubia-\w{5}` 파드: 실행 중이지만 레디니스 프로브 `exec \[ls \/var\/ready\]` 검사가 실패해요. 실패 메시지: `ls: cannot access '\/var\/ready': No such file or directory`/m);
    expect(out).toContain('서비스 `kubia`의 엔드포인트에는 준비된 파드만 들어가요');
  });

  it('says when every pod is ready, and explains empty endpoints by selector (en)', async () => {
    const t = await open('en', '02-testing-from-inside');
    expect(text(await t.input('why are my pods not ready?'))).toContain('All 3 pods are ready now (see the READY column of `kubectl get pods`).');
    // Nothing wrong with the endpoints: what there is, not a word about the last command.
    const fine = text(await t.input('why does my service have no endpoints?'));
    expect(fine).toContain('Every Service with a selector here has ready pods in its endpoints (ready pods in brackets): `kubia` (3). `kubectl get endpoints` lists their addresses.');
    expect(fine).not.toContain('last command');
    await t.input('kubectl expose rc kubia --name=wrong --port=80 --selector=app=kubai');
    expect(text(await t.input('why does the service have no endpoints?'))).toContain('Service `wrong` selects `app=kubai`, and no pod has those labels');
  });

  it('says there is no Service yet when none has a selector (ko)', async () => {
    const t = await open('ko', '01-services');
    expect(text(await t.input('서비스에 왜 엔드포인트가 없어요?'))).toContain('`default` 네임스페이스에는 아직 셀렉터가 있는 서비스가 없어서 채울 엔드포인트가 없어요');
  });

  it('does not take the replay of earlier steps for the learner\'s last command', async () => {
    const t = await Tutor.open({ lessonsDir: LESSONS, configDir: mkdtempSync(join(tmpdir(), 'kubetour-q-')), lang: 'en', env: {}, now: () => 0, lessonId: '01-services', step: 3 });
    expect(text(await t.input('why did my command fail?'))).toContain("You haven't run a command here yet");
    await t.input('kubectl get pod');
    expect(text(await t.input('why did my command fail?'))).toContain('Your last command, `kubectl get pod`, ended without an error.');
  });

  it('leaves "what is a readiness probe?" to the glossary', async () => {
    const t = await open('en');
    expect(text(await t.input('what is a readiness probe?'))).toContain('A **readiness probe** tells Kubernetes');
  });
});
