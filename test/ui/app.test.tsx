// The App through ink-testing-library: typing, Enter, output, hints, the lesson menu,
// clearing, quitting, heredoc continuation, and Hangul chunks.
import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import type { Conversation } from '../../src/ui/conversation.js';
import { EditorBridge } from '../../src/ui/editor/editor-bridge.js';
import { makeTheme } from '../../src/ui/theme/theme.js';
import { FakeTutor } from './fake-tutor.js';

afterEach(() => cleanup());

/** Waits for a condition on the rendered frame (never a fixed sleep). */
async function until(cond: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!cond()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function start(opts: { plain?: boolean; history?: string[]; env?: Record<string, string> } = {}) {
  const tutor = new FakeTutor();
  const remembered: string[] = [];
  let conv: Conversation | undefined;
  const bridge = new EditorBridge(opts.env ?? { PATH: '' });
  tutor.session.editor = bridge.edit;
  const r = render(
    <App
      tutor={tutor}
      theme={makeTheme({ mode: 'none', plain: opts.plain })}
      history={opts.history ?? []}
      remember={(l) => remembered.push(l)}
      editorBridge={bridge}
      onReady={(c) => (conv = c)}
    />,
  );
  const frame = () => r.lastFrame() ?? '';
  const type = async (s: string) => {
    r.stdin.write(s);
    await new Promise((res) => setImmediate(res));
  };
  return { ...r, tutor, remembered, frame, type, conv: () => conv!, bridge };
}

describe('App', () => {
  it('shows the welcome, the prompt and the status line', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome to kubetour'), 'welcome');
    expect(a.frame()).toContain('Type kubectl get pods.');
    expect(a.frame()).toMatch(/^\$$/m);
    expect(a.frame()).toContain('Services · step 1/7 · English');
  });

  it('runs a typed command and shows its output verbatim, then the success line', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    for (const ch of 'kubectl get pods') await a.type(ch);
    await until(() => a.frame().includes('$ kubectl get pods'), 'typed line');
    await a.type('\r');
    await until(() => a.frame().includes('Well done'), 'success');
    expect(a.frame()).toContain('NAME          READY   STATUS    RESTARTS   AGE');
    expect(a.frame()).toContain('kubia-7nog1   1/1     Running   0          5m');
    expect(a.frame()).toContain('step 2/7');
    expect(a.tutor.inputs).toEqual(['kubectl get pods']);
    expect(a.remembered).toEqual(['kubectl get pods']);
  });

  it('inserts Hangul IME chunks whole and keeps the last syllable', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('echo ');
    await a.type('한');
    await a.type('글');
    await a.type('ㅎ');
    await a.type('한글');
    await a.type('\r');
    await until(() => a.tutor.inputs.length === 1, 'input');
    expect(a.tutor.inputs[0]).toBe('echo 한글ㅎ한글');
  });

  it('keeps a heredoc open with "> " and sends it whole', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('cat <<EOF');
    await a.type('\r');
    await until(() => /^>$/m.test(a.frame()), 'continuation prompt');
    expect(a.frame()).toMatch(/^\$ cat <<EOF$/m);
    await a.type('hello');
    await a.type('\r');
    await a.type('EOF');
    await a.type('\r');
    await until(() => a.tutor.inputs.length === 1, 'input');
    expect(a.tutor.inputs[0]).toBe('cat <<EOF\nhello\nEOF');
  });

  it('runs a multi-line paste line by line, keeping a heredoc whole and the tail editable', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('ls\rcat <<EOF\na: 1\nEOF\rpartial');
    await until(() => a.tutor.inputs.length === 2, 'two commands');
    expect(a.tutor.inputs).toEqual(['ls', 'cat <<EOF\na: 1\nEOF']);
    expect(a.frame()).toMatch(/^\$ partial/m);
  });

  it('recalls history with Up, persisted lines included', async () => {
    const a = start({ history: ['kubectl get svc'] });
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('\x1b[A');
    await until(() => /^\$ kubectl get svc/m.test(a.frame()), 'history line');
  });

  it('completes with Tab from the fake filesystem', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('cat kub');
    await a.type('\t');
    await until(() => a.frame().includes('$ cat kubia-svc.yaml'), 'completed file');
  });

  it('shows hints with their number', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('/hint');
    await a.type('\r');
    await until(() => a.frame().includes('Hint 1 of 2'), 'hint');
    expect(a.frame()).toContain('Use kubectl get.');
  });

  it('opens the lesson menu with completion marks and opens a lesson with Enter', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('/lessons');
    await a.type('\r');
    await until(() => a.frame().includes('Testing from inside'), 'menu');
    expect(a.frame()).toMatch(/> ✔ Services {2}\(7\/7\)/);
    expect(a.frame()).toMatch(/○ Testing from inside {2}\(1\/5\)/);
    expect(a.frame()).toMatch(/⚠ Broken {2}\(unavailable: line 3: bad indent\)/);
    await a.type('\x1b[B');
    await a.type('\r');
    await until(() => a.tutor.inputs.includes('/lessons 02-exec'), 'lesson opened');
  });

  it('switches the UI language with the tutor', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('/lang ko');
    await a.type('\r');
    await until(() => a.frame().includes('한국어'), 'Korean status');
    expect(a.frame()).toContain('단계 1/7');
  });

  it('Ctrl-C clears the line, twice on an empty line quits', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('abc');
    await a.type('\x03');
    await until(() => !a.frame().includes('$ abc'), 'cleared');
    await a.type('\x03');
    await until(() => a.frame().includes('Press Ctrl-C again'), 'armed');
    await a.type('\x03');
    await until(() => a.frame().includes('Bye!'), 'bye');
  });

  it('Ctrl-D on an empty line quits; a quit turn quits', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('\x04');
    await until(() => a.frame().includes('Bye!'), 'bye');
  });

  it('a `clear` output empties the transcript', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    await a.type('clear');
    await a.type('\r');
    await until(() => a.conv().getState().epoch === 1, 'cleared');
    expect(a.conv().getState().items).toEqual([]);
    await a.type('bad');
    await a.type('\r');
    await until(() => a.frame().includes('command not found'), 'stderr');
  });

  it('plain mode uses ASCII marks and no box drawing', async () => {
    const a = start({ plain: true });
    await until(() => a.frame().includes('Welcome'), 'welcome');
    expect(a.frame()).toContain('Tutor: Welcome');
    expect(a.frame()).toContain('Services | step 1/7 | English');
  });

  it('the built-in editor edits and saves for kubectl edit', async () => {
    const a = start();
    await until(() => a.frame().includes('Welcome'), 'welcome');
    const result = a.tutor.session.editor!('spec:\n  port: 80\n', 'kubectl-edit-123.yaml');
    await until(() => a.frame().includes('Editing kubectl-edit-123.yaml'), 'editor');
    await a.type('\x1b[B');
    await a.type('\x1b[F');
    await a.type('80');
    await a.type('\x13');
    expect(await result).toBe('spec:\n  port: 8080\n');
    await until(() => /^\$$/m.test(a.frame()), 'prompt back');
  });
});

describe('App while the tutor opens', () => {
  it('draws the prompt at once and shows the tutor when it is ready', async () => {
    const tutor = new FakeTutor();
    let open!: (t: FakeTutor) => void;
    const pending = new Promise<FakeTutor>((r) => (open = r));
    const r = render(<App tutor={pending} theme={makeTheme({ mode: 'none' })} history={[]} remember={() => {}} editorBridge={new EditorBridge({})} />);
    await until(() => (r.lastFrame() ?? '').includes('starting…'), 'loading status');
    r.stdin.write('ls');
    r.stdin.write('\r');
    await until(() => (r.lastFrame() ?? '').includes('$ ls'), 'early line');
    open(tutor);
    await until(() => (r.lastFrame() ?? '').includes('Welcome'), 'welcome');
    await until(() => tutor.inputs.includes('ls'), 'early line ran');
  });
});
