import { describe, expect, it } from 'vitest';
import { Conversation, type ConversationEffects } from './conversation.js';
import { FakeTutor } from '../../test/ui/fake-tutor.js';

function make() {
  const tutor = new FakeTutor();
  const log: string[] = [];
  const fx: ConversationEffects = {
    clearScreen: () => log.push('clear'),
    exit: () => log.push('exit'),
    remember: (l) => log.push(`remember ${l}`),
    diagram: (turn) => [`diagram ${turn.name}`],
    t: (_lang, key) => key,
  };
  const c = new Conversation(tutor, fx);
  c.start();
  return { c, tutor, log };
}

describe('Conversation', () => {
  it('runs queued lines one at a time, in order', async () => {
    const { c, tutor } = make();
    c.enter('a');
    c.enter('b');
    c.enter('c');
    await c.idle();
    expect(tutor.inputs).toEqual(['a', 'b', 'c']);
    expect(c.getState().items.filter((i) => i.turn.kind === 'command').length).toBe(3);
  });
  it('keeps an open heredoc as continuation and sends it whole', async () => {
    const { c, tutor } = make();
    c.enter('cat <<EOF');
    expect(c.prompt()).toBe('> ');
    c.enter('x');
    c.enter('EOF');
    await c.idle();
    expect(tutor.inputs).toEqual(['cat <<EOF\nx\nEOF']);
    expect(c.prompt()).toBe('$ ');
  });
  it("sends a question with an apostrophe to the tutor, not to a continuation", async () => {
    const { c, tutor } = make();
    c.enter("what's a NodePort?");
    await c.idle();
    expect(tutor.inputs).toEqual(["what's a NodePort?"]);
    expect(c.prompt()).toBe('$ ');
  });
  it('clears the screen on the clear marker and keeps what follows', () => {
    const { c, log } = make();
    c.addTurns([{ kind: 'output', stdout: 'before\x1b[H\x1b[2Jafter\n', stderr: '', exitCode: 0 }]);
    expect(log).toContain('clear');
    expect(c.getState().items.map((i) => i.turn)).toEqual([{ kind: 'output', stdout: 'after\n', stderr: '', exitCode: 0 }]);
  });
  it('draws diagram turns', () => {
    const { c } = make();
    c.addTurns([{ kind: 'diagram', name: 'services' }]);
    expect(c.getState().items.at(-1)?.turn).toEqual({ kind: 'lines', lines: ['diagram services'], tone: 'diagram' });
  });
  it('quits on a quit turn and ignores later input', async () => {
    const { c, tutor, log } = make();
    c.enter('/quit');
    await c.idle();
    expect(c.getState().done).toBe(true);
    expect(log).toContain('exit');
    c.enter('ls');
    await c.idle();
    expect(tutor.inputs).toEqual(['/quit']);
  });
  it('remembers shell commands once they ran, a heredoc as one entry, never meta-commands or answers', async () => {
    const { c, log } = make();
    c.enter('kubectl get pods');
    c.enter('  ');
    c.enter('/hint');
    c.enter('y');
    c.paste('cat <<EOF\nx\nEOF\n');
    await c.idle();
    expect(log.filter((l) => l.startsWith('remember'))).toEqual(['remember kubectl get pods', 'remember cat <<EOF\nx\nEOF']);
  });

  it('Ctrl-D in a pod shell leaves it; on the laptop it quits', async () => {
    const { c, tutor, log } = make();
    tutor.session.place_ = 'kubia-x2l9m';
    c.eof();
    await c.idle();
    expect(c.getState().done).toBe(false);
    expect(tutor.session.place_).toBe('laptop');
    expect(c.getState().items.at(-1)?.turn).toEqual({ kind: 'command', prompt: 'root@kubia-x2l9m:/# ', input: 'exit' });
    c.eof();
    expect(c.getState().done).toBe(true);
    expect(log).toContain('exit');
  });
});

describe('Conversation before the tutor is open', () => {
  it('holds typed lines and runs them, in order, once the tutor attaches', async () => {
    const fx: ConversationEffects = { clearScreen() {}, exit() {}, remember() {}, diagram: () => [], t: (_l, k) => k };
    const c = new Conversation(null, fx, 'ko');
    expect(c.getState().loading).toBe(true);
    expect(c.getState().lang).toBe('ko');
    expect(c.prompt()).toBe('$ ');
    c.enter('cat <<EOF');
    c.enter('x');
    c.enter('EOF');
    c.enter('ls');
    expect(c.getState().early).toEqual(['cat <<EOF', 'x', 'EOF', 'ls']);
    const tutor = new FakeTutor();
    c.attach(tutor);
    await c.idle();
    expect(tutor.inputs).toEqual(['cat <<EOF\nx\nEOF', 'ls']);
    expect(c.getState().loading).toBe(false);
    expect(c.getState().items[0].turn.kind).toBe('tutor');
  });
});
