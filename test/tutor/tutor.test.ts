// The Tutor facade end to end over the fake session: start-up flow, checking after each
// command, hints, solution confirm and replay, skip/back/reset, quizzes, questions, meta.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Tutor, type Turn } from '../../src/tutor/index.js';
import { fakeFactory, FakeSession } from './fake-session.js';

/** The tutor's answer without the echo of the learner's own line. */
const saidless = (turns: Turn[]) => turns.filter((x) => x.kind !== 'said');

const LESSONS = fileURLToPath(new URL('./fixtures/good/', import.meta.url));

function open(extra: Partial<Parameters<typeof Tutor.open>[0]> = {}) {
  const configDir = mkdtempSync(join(tmpdir(), 'kubetour-tutor-'));
  let clock = Date.UTC(2026, 0, 1);
  return Tutor.open({ lessonsDir: LESSONS, configDir, lang: 'en', createSession: fakeFactory, now: () => (clock += 1000), env: {}, ...extra }).then((t) => ({ t, configDir }));
}
const kinds = (turns: Turn[]) => saidless(turns).map((x) => x.kind);
const text = (turns: Turn[]) => saidless(turns).map((x) => ('markdown' in x ? x.markdown : '')).join('\n');
const fake = (t: Tutor) => t.session as unknown as FakeSession;

describe('Tutor', () => {
  it('welcomes on first run and starts the first lesson on "y"', async () => {
    const { t } = await open();
    const start = t.startTurns();
    expect(kinds(start)).toEqual(['tutor', 'confirm']);
    expect(text(start)).toContain('Welcome to kubetour');
    const turns = await t.input('y');
    expect(text(turns)).toContain('Lesson 1: Fake lesson');
    expect(kinds(turns)).toContain('diagram');
    expect(text(turns)).toContain('**Your turn:** Create a service `kubia`.');
    expect(t.status()).toMatchObject({ lessonId: '01-fake', step: 2, total: 5, sandbox: false, prompt: '$ ' });
  });

  it('checks after every command, reports unmet once, and advances on success', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    const wrong = await t.input('svc kubia 8080 8080');
    // The Service exists now (progress), and what is left is said in words, not as an id.
    expect(kinds(wrong)).toEqual(['command', 'output', 'tutor']);
    expect(text(wrong).trim()).toBe('✓ Service `kubia` exists and is set as the task asks: targetPort of the first port is `8080`. One thing is left: Service `kubia`: port of the first port is 8080; the task wants 80.');
    // The same unmet set isn't repeated; a non-attempt says nothing.
    expect(kinds(await t.input('echo hi'))).toEqual(['command', 'output']);
    // The hint aimed at the unmet part comes first.
    const hint = saidless(await t.input('/hint'));
    expect(hint).toEqual([{ kind: 'hint', markdown: 'port hint', n: 1, of: 3 }]);
    expect(saidless(await t.input('/hint'))).toEqual([{ kind: 'hint', markdown: 'hint one', n: 2, of: 3 }]);
    await t.input('del Service kubia');
    const ok = await t.input('svc kubia 80 8080');
    expect(kinds(ok).slice(0, 4)).toEqual(['command', 'output', 'success', 'tutor']);
    expect(text(ok)).toContain('Well done');
    expect(t.status().step).toBe(3);
  });

  it('shows the solution only after confirmation and can replay it', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    const ask = saidless(await t.input('/solution'));
    expect(ask).toEqual([{ kind: 'confirm', id: 'solution', markdown: 'Show the solution? (y/n)' }]);
    const shown = saidless(await t.input('yes'));
    expect(text(shown)).toContain('svc kubia 80 8080');
    expect(shown[1]).toMatchObject({ kind: 'confirm', id: 'replay' });
    const ran = await t.input('네');
    expect(kinds(ran).slice(0, 3)).toEqual(['command', 'output', 'success']);
    expect(t.status().step).toBe(3);
  });

  it('declining cancels a confirmation; anything else keeps it open and asks again', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    await t.input('/solution');
    expect(text(await t.input('n'))).toContain('carry on');
    await t.input('/solution');
    const other = await t.input('echo x');
    expect(kinds(other)).toEqual(['command', 'output', 'confirm']);
    expect(other.at(-1)).toEqual({ kind: 'confirm', id: 'solution', markdown: 'Still waiting for your answer: show the solution? (y/n)' });
    expect(kinds(await t.input('/help'))).toEqual(['tutor', 'confirm']);
    expect(kinds(await t.input('what about ports?'))).toEqual(['tutor', 'confirm']);
    // The answer still reaches the question, never the shell.
    const shown = await t.input('y');
    expect(shown[0]).toEqual({ kind: 'said', text: 'y' });
    expect(text(shown)).toContain('svc kubia 80 8080');
    expect(fake(t).lines).toEqual(['echo x']);
    await t.input('n');
    // With no question open, a y/n word is answered by the tutor, not run.
    expect(saidless(await t.input('y'))).toEqual([{ kind: 'tutor', markdown: expect.stringContaining('no question waiting') }]);
    expect(fake(t).lines).toEqual(['echo x']);
  });

  it('opens at --step N or a step id with the cluster as /next would leave it', async () => {
    // Via /next: the skipped steps' solutions are what the cluster holds at step 4.
    const { t: walked } = await open({ lessonId: '01-fake' });
    await walked.input('/next');
    await walked.input('/next');
    const viaNext = fake(walked).lines;
    for (const at of [4, '4', 'newpod']) {
      const { t } = await open({ lessonId: '01-fake', step: at });
      expect(t.status()).toMatchObject({ lessonId: '01-fake', step: 4, total: 5 });
      expect(text(t.startTurns())).toContain('Starting at step 4 of 5.');
      expect(fake(t).lines).toEqual(viaNext);
    }
    const { t: bad } = await open({ lessonId: '01-fake', step: 'nope' });
    expect(text(bad.startTurns())).toContain('This lesson has no step "nope": give a number from 1 to 5 or one of the step ids (intro, expose, reach, newpod, q1).');
  });

  it('echoes the learner\'s questions, meta-commands and quiz answers as their own turns', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    expect((await t.input('/hint'))[0]).toEqual({ kind: 'said', text: '/hint' });
    expect((await t.input('what about ports?'))[0]).toEqual({ kind: 'said', text: 'what about ports?' });
    expect((await t.input('svc kubia 80 8080'))[0]).toEqual({ kind: 'command', prompt: '$ ', input: 'svc kubia 80 8080' });
    await t.input('/next');
    await t.input('/next');
    const wrong = await t.input('1');
    expect(wrong[0]).toEqual({ kind: 'said', text: '1' });
    // A wrong choice says why that choice is wrong.
    expect(wrong[1]).toEqual({ kind: 'unmet', markdown: expect.stringContaining('**1. a** is not it. why a is wrong') });
    await t.input('/lang ko');
    expect(text(await t.input('1'))).toContain('**1. 가** — 정답이 아니에요. 가가 틀린 이유');
  });

  it('the lesson offer survives /help, a question and a command; `y` then opens the next lesson', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    for (let i = 0; i < 3; i++) await t.input('/next');
    const done = await t.input('2');
    expect(done.at(-1)).toMatchObject({ kind: 'confirm', id: 'start' });
    const help = await t.input('/help');
    expect(help.at(-1)).toEqual({ kind: 'confirm', id: 'start', markdown: 'Still waiting for your answer: start lesson 2, **Second**? (y/n)' });
    expect(kinds(await t.input('echo hi'))).toEqual(['command', 'output', 'confirm']);
    await t.input('/lang ko');
    expect(text(await t.input('/help'))).toContain('아직 답을 기다리고 있어요. 2강 **「두 번째」** — 시작할까요? (y/n)');
    await t.input('/lang en');
    expect(text(await t.input('y'))).toContain('Lesson 2: Second');
  });

  it('/next at a finished lesson goes on to the next one instead of claiming the end', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    for (let i = 0; i < 3; i++) await t.input('/next');
    await t.input('2');
    await t.input('n');
    const next = await t.input('/next');
    expect(text(next)).toContain('Lesson 2: Second');
    expect(text(next)).not.toContain('finished');
  });

  it('runs a solution replay on the laptop when the learner is inside a pod, and says so', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    await t.input('enter-pod kubia-a');
    await t.input('/solution');
    await t.input('y');
    const ran = await t.input('y');
    expect(ran[1]).toEqual({ kind: 'tutor', markdown: 'You are in the shell of pod `kubia-a`; I run these on your laptop, and your shell stays open.' });
    expect(ran[2]).toEqual({ kind: 'command', prompt: '$ ', input: 'svc kubia 80 8080' });
    expect(fake(t).records.at(-1)?.place.kind).toBe('laptop');
    expect(kinds(ran)).toContain('success');
    expect(t.session.prompt()).toBe('root@kubia-a:/# ');
  });

  it('Ctrl-D leaves a pod shell (the tutor runs `exit` there); on the laptop it does nothing', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    expect(await t.eof()).toEqual([]);
    await t.input('enter-pod kubia-a');
    const turns = await t.eof();
    expect(turns[0]).toMatchObject({ kind: 'command', prompt: 'root@kubia-a:/# ' });
    expect(fake(t).lines.at(-1)).toBe('exit');
  });

  it('/lang re-shows the current task in the new language', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    const turns = saidless(await t.input('/lang ko'));
    expect(kinds(turns)).toEqual(['tutor', 'tutor']);
    expect(turns[1]).toMatchObject({ kind: 'tutor', markdown: expect.stringContaining('kubia') });
    expect(text(turns)).not.toContain('Your turn');
  });

  it('skips, goes back and resets by rebuilding the session at the step start', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    const before = t.session;
    const skipped = await t.input('/next');
    expect(text(skipped)).toContain('Skipped');
    expect(t.session).not.toBe(before);
    expect(fake(t).lines).toEqual(['svc kubia 80 8080']); // the skipped step's solution replayed
    expect(t.status().step).toBe(3);
    await t.input('svc extra 1 2');
    const reset = await t.input('/reset');
    expect(text(reset)).toContain('reset to the start of step 3');
    expect(fake(t).store.get('Service', 'default', 'extra')).toBeUndefined();
    const back = await t.input('/back');
    expect(text(back)).toContain('Back to step 2');
    expect(fake(t).store.get('Service', 'default', 'kubia')).toBeUndefined();
    expect(text(await t.input('/back'))).toContain('already the first exercise');
  });

  it('a request check passes on a traced curl; readiness passes once time moves on', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    await t.input('svc kubia 80 8080');
    expect(kinds(await t.input('curl kubia'))).toContain('success');
    const pending = await t.input('pod web1 web');
    expect(kinds(pending)).not.toContain('success');
    // Each command moves the virtual clock a second; the pod is ready 2 s after creation.
    expect(kinds(await t.input('echo waiting'))).not.toContain('success');
    const later = await t.input('echo waiting');
    expect(kinds(later)).toContain('success');
    expect(text(later)).toContain('**Quiz:** Question');
  });

  it('answers quizzes and finishes the lesson, offering the next', async () => {
    const { t, configDir } = await open({ lessonId: '01-fake' });
    for (let i = 0; i < 3; i++) await t.input('/next');
    expect(kinds(await t.input('1'))).toEqual(['unmet']);
    expect(kinds(await t.input('9'))).toEqual(['warning']);
    const done = await t.input('2');
    expect(text(done)).toContain('Right');
    expect(text(done)).toContain('answer explained');
    expect(text(done)).toContain('Lesson complete: Fake lesson');
    expect(done[done.length - 1]).toMatchObject({ kind: 'confirm', id: 'start' });
    const progress = JSON.parse(readFileSync(join(configDir, 'progress.json'), 'utf8'));
    expect(progress.lessons['01-fake'].completedAt).toBeDefined();
    expect(progress.lessons['01-fake'].completed).toEqual(['intro', 'q1']);
    const next = await t.input('y');
    expect(text(next)).toContain('Lesson 2: Second');
    expect(t.lessons()).toMatchObject([{ id: '01-fake', done: 2, total: 5 }, { id: '02-second', done: 0, total: 2 }]);
  });

  it('answers questions from the lesson FAQ and the glossary, in both languages, saying where from', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    expect(text(await t.input('what about ports?'))).toBe('FAQ about ports\n\n— from the questions of lesson 1: “Fake lesson”');
    expect(text(await t.input('what is an endpoint?'))).toContain('**Endpoints** object');
    const unsure = text(await t.input('? quantum entanglement'));
    expect(unsure).toContain("I don't know that one");
    expect(unsure).toContain('kubectl explain service.spec');
    await t.input('/lang ko');
    expect(t.lang).toBe('ko');
    expect(text(await t.input('포트를 어떻게 정하나요?'))).toContain('FAQ 포트 답');
    expect(text(await t.input('셀렉터가 뭐야?'))).toContain('셀렉터');
    expect(text(await t.input('NodePort가 뭐예요?'))).toContain('NodePort');
  });

  it('answers a question about the last command from that command', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    expect(text(await t.input('why did my command fail?'))).toContain("haven't run a command");
    await t.input('curl nowhere');
    const out = text(await t.input('why did my curl fail?'));
    expect(out).toContain('`curl nowhere`');
  });

  it('meta-commands: help, unknown, lessons, lang, trace, quit, sandbox', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    expect(text(await t.input('/help'))).toContain('/solution');
    expect(saidless(await t.input('/frobnicate'))).toEqual([{ kind: 'warning', markdown: 'Unknown command `/frobnicate`. Type `/help` for the list.' }]);
    expect(text(await t.input('/lessons'))).toMatch(/1\. \[…\] \*\*Fake lesson\*\* — `01-fake` \(1\/5\)/);
    expect(kinds(await t.input('/lang xx'))).toEqual(['warning']);
    expect(text(await t.input('/trace'))).toContain('No request');
    await t.input('svc kubia 80 8080');
    await t.input('curl kubia');
    expect(saidless(await t.input('/trace'))).toEqual([{ kind: 'diagram', name: 'trace', traceId: 1 }]);
    expect(await t.input('clear')).toEqual([{ kind: 'command', prompt: '$ ', input: 'clear' }, { kind: 'clear' }]);
    expect(saidless(await t.input('/quit'))).toEqual([{ kind: 'quit' }]);
    await t.input('/sandbox');
    expect(t.status()).toMatchObject({ sandbox: true, step: 0 });
    expect(text(await t.input('/hint'))).toContain('no lesson open');
    expect(text(await t.input('/lessons 2'))).toContain('Lesson 2: Second');
  });

  it('resumes where the learner left off', async () => {
    const first = await open({ lessonId: '01-fake' });
    await first.t.input('svc kubia 80 8080');
    const again = await Tutor.open({ lessonsDir: LESSONS, configDir: first.configDir, createSession: fakeFactory, env: {}, now: () => 0 });
    const start = again.startTurns();
    expect(start).toEqual([{ kind: 'confirm', id: 'continue', markdown: 'Continue lesson 1, **Fake lesson**, at step 3 of 5? (y/n)' }]);
    const resumed = await again.input('y');
    expect(text(resumed)).toContain('Picking up where you left off: step 3 of 5');
    expect(fake(again).store.get('Service', 'default', 'kubia')).toBeDefined();
    expect(again.status().step).toBe(3);
  });

  it('lists a malformed lesson as unavailable and keeps the others working', async () => {
    const bad = fileURLToPath(new URL('./fixtures/bad/', import.meta.url));
    const { t } = await open({ lessonsDir: bad });
    const list = t.lessons();
    expect(list[0]).toMatchObject({ id: '03-broken', total: 0 });
    expect(list[0].error).toContain('goal.en: missing English (en) translation');
    expect(list[1].error).toBeUndefined();
    expect(kinds(await t.input('/lessons 1'))).toEqual(['warning']);
  });

  it('picks the language from the environment when no flag or saved choice exists', async () => {
    const { t } = await open({ lang: undefined, env: { LANG: 'ko_KR.UTF-8' } });
    expect(t.lang).toBe('ko');
    expect(text(t.startTurns())).toContain('kubetour에 오신 것을 환영합니다');
  });
});

describe('Tutor robustness', () => {
  it('an exception inside a command becomes a warning turn, and the session goes on', async () => {
    const { t } = await open({ lessonId: '01-fake' });
    const s = fake(t);
    const run = s.run.bind(s);
    s.run = async () => {
      throw new Error('boom');
    };
    expect(await t.input('svc kubia 80 8080')).toEqual([{ kind: 'warning', markdown: expect.stringContaining('Something went wrong inside kubetour (boom)') }]);
    s.run = run;
    expect((await t.input('svc kubia 80 8080')).map((x) => x.kind)).toContain('success');
  });
});
