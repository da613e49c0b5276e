import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { memIO } from '../../../test/tutor/mem-io.js';
import { runPlayCli } from './play-cli.js';
import { plainTurn } from './plain-turns.js';

function io(input: string) {
  const m = memIO();
  (m.io.stdin as PassThrough).end(input);
  return m;
}

describe('kubetour play', () => {
  it("prints the tutor's turns for a piped script, as plain text", async () => {
    const m = io('kubectl get pods --show-labels\n/hint\n');
    expect(await runPlayCli(['--lesson', '01-services', '--lang', 'en'], m.io)).toBe(0);
    const out = m.out();
    expect(m.err()).toBe('');
    expect(out).toMatch(/^Tutor: Lesson 1: Services/);
    expect(out).toContain('\n$ kubectl get pods --show-labels\nNAME          READY   STATUS    RESTARTS   AGE    LABELS\n');
    // The learner's /hint is echoed at its prompt, then the hint with its number.
    expect(out).toMatch(/\n\$ \/hint\n\nHint 1 of \d+\n/);
    expect(out.includes('\x1b[')).toBe(false);
    expect(out).not.toContain('**');
    expect(out.split('\n').filter((l) => l.startsWith('Tutor:') && l.includes('`'))).toEqual([]);
  });

  it('is deterministic under --seed, and the seed matters', async () => {
    const run = async (seed: string) => {
      const m = io('kubectl get pods\n');
      await runPlayCli(['--lesson', '01-services', '--lang', 'ko', '--seed', seed], m.io);
      return m.out();
    };
    const a = await run('7');
    expect(await run('7')).toBe(a);
    expect(await run('8')).not.toBe(a);
  });

  it('--json writes one record per input, with the status', async () => {
    const m = io('kubectl get pods --show-labels\n');
    await runPlayCli(['--lesson', '01-services', '--lang', 'en', '--json'], m.io);
    const records = m.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.input)).toEqual([null, 'kubectl get pods --show-labels']);
    expect(records[1].turns.map((t: { kind: string }) => t.kind)).toContain('success');
    expect(records[1].status).toMatchObject({ lessonId: '01-services', total: 13 });
    // Diagrams carry the lines they draw.
    expect(records[0].turns.find((t: { kind: string }) => t.kind === 'diagram').lines.join('\n')).toContain('kubia-');
  });

  it('--step starts at a step (by number or id); a heredoc spans lines', async () => {
    const m = io("kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: kubia-http\nspec:\n  type: LoadBalancer\n  selector: {app: kubia}\n  ports: [{port: 8080}]\nEOF\n");
    expect(await runPlayCli(['--lesson', '01-services', '--step', 'expose', '--lang', 'en'], m.io)).toBe(0);
    expect(m.out()).toContain('Starting at step 4 of 13.');
    expect(m.out()).toContain('$ kubectl apply -f - <<EOF\n> apiVersion: v1\n');
    expect(m.out()).toContain('service/kubia-http created\n\n✓ ');
  });

  it('refuses bad flags and a step the lesson does not have', async () => {
    const bad = io('');
    expect(await runPlayCli(['--nope'], bad.io)).toBe(2);
    expect(bad.err()).toContain('unknown option --nope');
    const step = io('kubectl get pods\n');
    expect(await runPlayCli(['--lesson', '01-services', '--step', '99', '--lang', 'en'], step.io)).toBe(1);
    expect(step.out()).toContain('This lesson has no step "99"');
    expect(step.out()).not.toContain('kubectl get pods');
    const noLesson = io('');
    expect(await runPlayCli(['--step', '2'], noLesson.io)).toBe(2);
  });
});

describe('plain turns', () => {
  const opts = { lang: 'en' as const, draw: () => ['a -> b'] };
  it('say what each turn is without colour or markdown markers', () => {
    expect(plainTurn({ kind: 'tutor', markdown: 'Run **`kubectl get svc`**:\n\n- one\n- two' }, opts)?.text).toBe('Tutor: Run kubectl get svc:\n\n- one\n- two');
    expect(plainTurn({ kind: 'command', prompt: '$ ', input: 'cat <<EOF\nx\nEOF' }, opts)?.text).toBe('$ cat <<EOF\n> x\n> EOF');
    expect(plainTurn({ kind: 'output', stdout: 'out\n', stderr: 'err\n', exitCode: 1, chunks: [{ fd: 2, text: 'err\n' }, { fd: 1, text: 'out\n' }] }, opts)).toEqual({ gap: false, text: 'err\nout' });
    expect(plainTurn({ kind: 'hint', markdown: 'Try `-A`.', n: 1, of: 2 }, opts)?.text).toBe('Hint 1 of 2\nTry -A.');
    expect(plainTurn({ kind: 'unmet', markdown: 'Not yet.' }, opts)?.text).toBe('[ ] Not yet.');
    expect(plainTurn({ kind: 'success', markdown: '✓ Done!' }, opts)?.text).toBe('✓ Done!');
    expect(plainTurn({ kind: 'confirm', id: 'x', markdown: 'Go on?' }, opts)?.text).toBe('Go on?\n(y = yes · n = no)');
    expect(plainTurn({ kind: 'diagram', name: 'services' }, opts)?.text).toBe('a -> b');
    expect(plainTurn({ kind: 'clear' }, opts)).toBeNull();
  });
  it('colours roles only when asked', () => {
    expect(plainTurn({ kind: 'command', prompt: '$ ', input: 'ls' }, { ...opts, color: true })?.text).toBe('\x1b[32m$ \x1b[0mls');
  });
});
