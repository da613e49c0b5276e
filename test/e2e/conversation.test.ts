// The conversation in a real terminal: a question survives other input, Ctrl-D leaves a pod
// shell rather than the app, the tutor's commands run on the laptop even from inside a pod,
// and a pasted heredoc is one entry for ↑. Needs `npm run build` and tmux (skipped otherwise).
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, TmuxSession, hasTool, tempConfigHome } from './pty.js';

const reason = !hasTool('tmux') ? 'tmux is not installed' : !existsSync(CLI) ? 'dist/kubetour.js is missing (run `npm run build`)' : '';

const sessions: TmuxSession[] = [];
const disposers: (() => void)[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
  for (const d of disposers.splice(0)) d();
});

function open(args: string): TmuxSession {
  const cfg = tempConfigHome();
  disposers.push(cfg.dispose);
  const s = TmuxSession.start(`node ${CLI} ${args}`, { width: 110, height: 40, env: { XDG_CONFIG_HOME: cfg.dir } });
  sessions.push(s);
  return s;
}

async function ready(s: TmuxSession): Promise<void> {
  await s.waitFor((sc) => /English|한국어/.test(sc), 'the first frame');
  await s.waitFor((sc) => !sc.includes('starting…') && !sc.includes('시작하는 중…'), 'the tutor to open', 60_000);
}

function line(s: TmuxSession, text: string): void {
  s.type(text);
  s.keys('Enter');
}

/** The last non-empty row above the status line: the prompt and what is typed on it. */
function promptRow(screen: string): string {
  const rows = screen.split('\n').filter((r) => r.trim() !== '');
  return rows[rows.length - 2] ?? '';
}

const POD = "POD=$(kubectl get pods -l app=kubia -o jsonpath='{.items[0].metadata.name}')";

describe.skipIf(!!reason)('the conversation in a terminal', () => {
  it('the first-lesson offer survives /help, and `y` then starts the lesson', async () => {
    const s = open('--lang en --seed 1');
    await ready(s);
    await s.waitFor((sc) => sc.includes('Shall we start lesson 1'), 'the offer');
    line(s, '/help');
    await s.waitFor((sc) => sc.includes('Still waiting for your answer: start lesson 1'), 'the offer asked again');
    line(s, 'y');
    await s.waitFor((sc) => sc.includes('Lesson 1:'), 'the lesson to open', 60_000);
    expect(s.history()).not.toContain('command not found');
    // The learner's /help is in the transcript as their own turn.
    expect(s.history()).toMatch(/^› \/help$/m);
  }, 120_000);

  // Typed ahead: the exec line is typed while the POD line still runs (the shell's Ctrl-C poll
  // reads those keys and hands them back); its Enter must not overtake its text.
  it('Ctrl-D in `kubectl exec -it … bash` returns to the laptop and the app goes on', async () => {
    const s = open('--lang en --sandbox --seed 1');
    await ready(s);
    line(s, POD);
    line(s, 'kubectl exec -it $POD -- bash');
    await s.waitFor((sc) => promptRow(sc).startsWith('root@kubia-'), 'the pod shell');
    s.keys('C-d');
    await s.waitFor((sc) => promptRow(sc).trim() === '$', 'the laptop prompt');
    line(s, 'hostname');
    await s.waitFor((sc) => /^laptop$/m.test(sc), 'the laptop answering hostname');
    expect(s.screen()).not.toContain('[exit');
  }, 120_000);

  it('a /solution replay from inside a pod shell runs on the laptop, and the pod shell stays', async () => {
    const s = open('--lang en --seed 1 --lesson 01-services');
    await ready(s);
    await s.waitFor((sc) => sc.includes('Your turn'), 'the first task', 60_000);
    line(s, POD);
    line(s, 'kubectl exec -it $POD -- bash');
    await s.waitFor((sc) => promptRow(sc).startsWith('root@kubia-'), 'the pod shell');
    line(s, '/solution');
    await s.waitFor((sc) => sc.includes('Show the solution?'), 'the question');
    line(s, 'y');
    await s.waitFor((sc) => sc.includes('Shall I run it for you?'), 'the replay offer');
    line(s, 'y');
    await s.waitFor((sc) => sc.includes('I run these on your laptop'), 'the note', 60_000);
    const h = s.history();
    expect(h).not.toContain('kubectl: command not found');
    expect(h).not.toContain('No such file or directory');
    expect(promptRow(s.screen())).toMatch(/^root@kubia-/);
  }, 120_000);

  it('a pasted heredoc runs once and comes back whole on ↑', async () => {
    const s = open('--lang en --sandbox --seed 1');
    await ready(s);
    s.paste('cat <<EOF > note.txt\nhello\nEOF\n');
    await s.waitFor((sc) => /^\$ cat <<EOF > note\.txt$/m.test(sc), 'the heredoc to run');
    line(s, 'cat note.txt');
    await s.waitFor((sc) => /^hello$/m.test(sc), 'the file');
    line(s, '/help');
    await s.waitFor((sc) => sc.includes('/hint'), 'the help');
    // ↑ skips /help (not shell history) and recalls `cat note.txt`, then the heredoc whole.
    s.keys('Up');
    await s.waitFor((sc) => promptRow(sc) === '$ cat note.txt', '↑ to recall the last shell command');
    s.keys('Up');
    // The whole heredoc sits on the prompt, right above the status line.
    await s.waitFor((sc) => /\$ cat <<EOF > note\.txt\n> hello\n> EOF\nsandbox/.test(sc), '↑ to recall the heredoc as one entry');
  }, 120_000);
});
