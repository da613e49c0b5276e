// The tutor over the real shell and simulated cluster: verify, the Tutor facade, and
// `kubetour shell --lesson`, on a fixture lesson that uses kubectl and files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runVerifyCli } from '../../src/tutor/cli/verify.js';
import { runLessonShellCli } from '../../src/tutor/cli/shell.js';
import { Tutor, type Turn } from '../../src/tutor/index.js';
import { memIO } from './mem-io.js';

/** The tutor's answer without the echo of the learner's own line. */
const saidless = (turns: Turn[]) => turns.filter((x) => x.kind !== 'said');

const REAL = fileURLToPath(new URL('./fixtures/real/', import.meta.url));
const text = (turns: Turn[]) => turns.map((x) => ('markdown' in x ? x.markdown : 'stdout' in x ? x.stdout + x.stderr : '')).join('\n');

describe('with the real session', () => {
  it('verify passes the fixture lesson', async () => {
    const m = memIO();
    const code = await runVerifyCli([REAL], m.io as any);
    expect(m.out()).toContain('8 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('the Tutor checks state, not keystrokes, and runs demos', async () => {
    const t = await Tutor.open({ lessonsDir: REAL, lessonId: '01-real', configDir: mkdtempSync(join(tmpdir(), 'kubetour-real-')), lang: 'en', env: {} });
    const start = t.startTurns();
    expect(start.find((x) => x.kind === 'command')).toEqual({ kind: 'command', prompt: '$ ', input: 'kubectl get rc' });
    expect(text(start)).toMatch(/NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE\nkubia/);
    const wrong = await t.input('kubectl expose rc kubia --port=8080 --target-port=8080 --name kubia');
    expect(wrong.at(-1)).toEqual({ kind: 'tutor', markdown: '✓ Service `kubia` exists and is set as the task asks: label `app` of the selector is `kubia` and targetPort of the first port is 8080. One thing is left: Service `kubia`: port of the first port is 8080; the task wants 80.' });
    expect(saidless(await t.input('/hint'))).toEqual([{ kind: 'hint', markdown: '`--port=80`', n: 1, of: 2 }]);
    await t.input('kubectl delete svc kubia');
    // A YAML file with the same content passes just as well as `kubectl expose`.
    const ok = await t.input('kubectl create -f kubia-svc.yaml');
    expect(ok.map((x) => x.kind)).toContain('success');
    expect(t.status().step).toBe(3);
    expect((await t.input('kubectl get ep kubia')).map((x) => x.kind)).toContain('success');
    expect((await t.input('echo done >> notes.txt')).map((x) => x.kind)).toContain('success');
  });

  it('kubetour shell --lesson ID --step N starts at that step', async () => {
    const m = memIO();
    (m.io.stdin as any).end('kubectl get svc kubia -o jsonpath={.spec.ports[0].port}\ncat notes.txt\n');
    const code = await runLessonShellCli(['--lesson', '01-real', '--step', '3', '--lessons', REAL], m.io as any);
    expect(m.err()).toBe('');
    expect(m.out()).toBe('80hello\n');
    expect(code).toBe(0);
    const bad = memIO();
    expect(await runLessonShellCli(['--lesson', 'nope', '--lessons', REAL], bad.io as any)).toBe(2);
    expect(bad.err()).toBe('kubetour shell: no lesson "nope"\n');
    const step = memIO();
    expect(await runLessonShellCli(['--lesson', '01-real', '--step', '99', '--lessons', REAL], step.io as any)).toBe(2);
  });
});
