// End to end in a real pseudo-terminal: the built CLI (dist/kubetour.js) in a tmux pane,
// driven by keystrokes the way a person types, with an isolated $XDG_CONFIG_HOME. Needs
// `npm run build` first (npm test does it) and tmux; skipped with a message otherwise.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, PtyProcess, ROOT, TmuxSession, hasTool, tempConfigHome, waitUntil } from './pty.js';

const haveTmux = hasTool('tmux');
const haveDist = existsSync(CLI);
const reason = !haveTmux ? 'tmux is not installed' : !haveDist ? 'dist/kubetour.js is missing (run `npm run build`)' : '';
if (reason) process.stderr.write(`test/e2e: skipping the terminal tests: ${reason}\n`);

const sessions: TmuxSession[] = [];
const disposers: (() => void)[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
  for (const d of disposers.splice(0)) d();
});

function open(args: string, opts: { width?: number; height?: number; env?: Record<string, string>; configHome?: string } = {}) {
  let home = opts.configHome;
  if (!home) {
    const cfg = tempConfigHome();
    disposers.push(cfg.dispose);
    home = cfg.dir;
  }
  const s = TmuxSession.start(`node ${CLI} ${args}`, { ...opts, env: { XDG_CONFIG_HOME: home, ...opts.env } });
  sessions.push(s);
  return { s, configDir: join(home, 'kubetour'), configHome: home };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;
/** Success turns start with a check mark (the tutor's ✓, or the UI's ✔ when it has none). */
const successes = (text: string) => (text.match(/^[✓✔]/gm) ?? []).length;

/** The first frame comes at once; the tutor (lessons, cluster) is ready when "starting…" goes. */
async function ready(s: TmuxSession): Promise<void> {
  await s.waitFor((sc) => /English|한국어/.test(sc), 'the first frame');
  await s.waitFor((sc) => !sc.includes('starting…') && !sc.includes('시작하는 중…'), 'the tutor to open', 60_000);
}

describe('piped stdin', () => {
  it.skipIf(!haveDist)('prints one line pointing to `kubetour shell` and exits 2', () => {
    const r = spawnSync('node', [CLI], { input: '\n', encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('kubetour: the tutorial needs an interactive terminal; for scripts and pipes use `kubetour shell` (kubetour shell --help)\n');
  });
  it.skipIf(!haveDist)('works through a real shell pipe too', () => {
    const out = execFileSync('sh', ['-c', `echo | node ${CLI} 2>&1; echo "rc=$?"`], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
    expect(out.trim().split('\n')).toHaveLength(2);
    expect(out).toContain('kubetour shell');
    expect(out).toContain('rc=2');
  });
});

describe.skipIf(!!reason)('the TUI in a terminal', () => {
  it('completes the sample lesson by typing, then the progress file says so', async () => {
    const file = readdirSync(join(ROOT, 'lessons')).find((f) => /^01-.*\.ya?ml$/.test(f));
    expect(file, 'lessons/01-*.yaml').toBeDefined();
    const lesson = parse(readFileSync(join(ROOT, 'lessons', file!), 'utf8'));
    const { s, configDir } = open(`--lang en --seed 1 --lesson ${lesson.id}`, { width: 100, height: 30 });
    await ready(s);

    let passed = successes(s.history());
    for (const step of lesson.steps) {
      if (step.type === 'message') continue;
      if (step.type === 'exercise') {
        for (const line of String(step.solution).replace(/\n$/, '').split('\n')) {
          s.type(line);
          s.keys('Enter');
        }
      } else if (step.type === 'quiz') {
        s.type(String(step.answer));
        s.keys('Enter');
      }
      passed++;
      await s.waitFor((h) => successes(h) >= passed, `step ${step.id} to pass`, 60_000, true);
    }
    const progressFile = join(configDir, 'progress.json');
    const exercises = lesson.steps.filter((st: { type: string }) => st.type !== 'message').map((st: { id: string }) => st.id);
    const progress = await waitUntil(() => {
      if (!existsSync(progressFile)) return undefined;
      const data = JSON.parse(readFileSync(progressFile, 'utf8'));
      const mine = data.lessons?.[lesson.id];
      return mine?.completedAt && exercises.every((id: string) => mine.completed.includes(id)) ? data : undefined;
    }, `every step of ${lesson.id} completed in ${progressFile}`);
    expect(progress.lessons[lesson.id].completed).toEqual(expect.arrayContaining(exercises));
    // What was typed is kept for the next run's Up/Down and Ctrl-R.
    const history = JSON.parse(readFileSync(join(configDir, 'history.json'), 'utf8'));
    expect(history.lines).toContain(String(lesson.steps.find((st: { type: string }) => st.type === 'exercise').solution).trim());

    s.keys('C-d');
    await s.waitFor((sc) => sc.includes('[exit 0]'), 'a clean exit on Ctrl-D');
  }, 600_000);

  it('types Hangul, edits with the cursor keys, and keeps it all', async () => {
    const { s } = open('--lang ko --sandbox', { width: 60, height: 20 });
    await ready(s);
    s.type('echo 안녕');
    s.type('하세요');
    s.keys('Left', 'Left', 'Left');
    s.type('-');
    s.keys('End');
    s.type(' ㅎ');
    s.keys('Enter');
    await s.waitFor((sc) => /^안녕-하세요 ㅎ$/m.test(sc), 'the echoed Hangul');
  }, 120_000);

  it('stays usable at 40 columns and after a resize to 200', async () => {
    const { s } = open('--lang en --sandbox', { width: 40, height: 20 });
    await ready(s);
    for (const row of s.screen().split('\n')) expect([...row].length).toBeLessThanOrEqual(40);
    s.type('kubectl get svc');
    s.keys('Enter');
    await s.waitFor((sc) => sc.includes('CLUSTER-IP'), 'the service table');
    s.resize(200, 30);
    await s.waitFor((sc) => sc.includes('Ctrl-R search'), 'the wide status line');
    const screen = s.screen();
    // One prompt and one status line: no ghost copies of the live area after the resize.
    expect(count(screen, 'Ctrl-R search')).toBe(1);
  }, 120_000);

  /** An editor script in a temp dir, and the app with Service kubia exposed, about to be edited. */
  async function editingKubia(script: string, env: (editor: string) => Record<string, string>) {
    const tools = tempConfigHome();
    disposers.push(tools.dispose);
    const editor = join(tools.dir, 'edit.sh');
    writeFileSync(editor, script);
    chmodSync(editor, 0o755);
    const { s } = open('--lang en --sandbox', { width: 100, height: 30, env: env(editor) });
    await ready(s);
    s.type('kubectl expose rc kubia --port=80 --target-port=8080');
    s.keys('Enter');
    await s.waitFor((sc) => sc.includes('service/kubia exposed'), 'the service');
    s.type('kubectl edit svc kubia');
    s.keys('Enter');
    return { s, dir: tools.dir };
  }

  it('kubectl edit opens kubetour\'s own editor, even with $EDITOR set: nothing runs on the machine', async () => {
    // The script leaves a mark beside itself if it ever runs.
    const { s, dir } = await editingKubia('#!/bin/sh\ntouch "$0.ran"\n', (editor) => ({ EDITOR: editor, VISUAL: editor, KUBE_EDITOR: editor }));
    const marker = join(dir, 'edit.sh.ran');
    await s.waitFor((sc) => sc.includes('Editing') && sc.includes('kind: Service'), 'the built-in editor');
    s.keys('Escape');
    await s.waitFor((sc) => sc.includes('Edit cancelled, no changes made.'), 'the cancelled edit');
    expect(existsSync(marker)).toBe(false);
  }, 120_000);

  it('kubectl edit pauses the app for KUBETOUR_EDITOR and applies what it saved', async () => {
    const { s } = await editingKubia('#!/bin/sh\nsed -i "s/sessionAffinity: None/sessionAffinity: ClientIP/" "$1"\n', (editor) => ({ KUBETOUR_EDITOR: editor }));
    await s.waitFor((sc) => sc.includes('service/kubia edited'), 'the edit to apply');
    s.type('kubectl get svc kubia -o jsonpath={.spec.sessionAffinity}');
    s.keys('Enter');
    await s.waitFor((sc) => /^ClientIP\$?/m.test(sc), 'the edited field');
  }, 120_000);

  it('keeps history across runs: Up recalls the last command of the previous run', async () => {
    const first = open('--lang en --sandbox', { width: 80, height: 20 });
    await ready(first.s);
    first.s.type('echo from-the-first-run');
    first.s.keys('Enter');
    await first.s.waitFor((sc) => /^from-the-first-run$/m.test(sc), 'the echo');
    first.s.keys('C-d');
    await first.s.waitFor((sc) => sc.includes('[exit 0]'), 'a clean exit');
    const second = open('--lang en --sandbox', { width: 80, height: 20, configHome: first.configHome });
    await ready(second.s);
    second.s.keys('Up');
    await second.s.waitFor((sc) => /^\$ echo from-the-first-run$/m.test(sc), 'the recalled line');
  }, 120_000);

  it('Ctrl-C stops an endless loop, sleep, RSA key generation and a watch; each shows ^C and gives the prompt back', async () => {
    const { s } = open('--lang en --sandbox', { width: 100, height: 30 });
    await ready(s);
    // The input prompt: `$` alone on a row (gone while a line runs).
    const prompt = (sc: string) => /^\$ ?$/m.test(sc);
    const interrupts = (sc: string) => (sc.match(/^\^C$/gm) ?? []).length;
    for (const line of ['while true; do :; done', 'sleep 100000', 'openssl genrsa 16384', 'kubectl get pods -w']) {
      const before = interrupts(s.history());
      s.type(line);
      await s.waitFor((sc) => sc.includes(`$ ${line}`), `${line} to be typed`);
      s.keys('Enter');
      // Running: the input prompt is gone.
      await s.waitFor((sc) => !prompt(sc), `${line} to be running`);
      s.keys('C-c');
      const after = await s.waitFor((sc) => interrupts(sc) === before + 1 && prompt(sc), `^C and the prompt after ${line}`, 15_000, true);
      expect(after).not.toMatch(/stopped:|Press Ctrl-C again/);
    }
    const tables = (sc: string) => (sc.match(/^NAME +READY +STATUS/gm) ?? []).length;
    const listed = tables(s.history());
    s.type('kubectl get pods');
    await s.waitFor((sc) => sc.includes('$ kubectl get pods'), 'the line to be typed');
    s.keys('Enter');
    await s.waitFor((sc) => tables(sc) === listed + 1 && prompt(sc), 'the session to answer', 15_000, true);
  }, 120_000);

  it('NO_COLOR and --plain print no colour codes and no box drawing; FORCE_COLOR keeps colour', async () => {
    // eslint-disable-next-line no-control-regex -- matching terminal colour escapes is the point
    const colour = /\x1b\[(?:3\d|9\d|4\d)(?:;\d+)*m/;
    const run = async (args: string, env: Record<string, string>) => {
      const cfg = tempConfigHome();
      disposers.push(cfg.dispose);
      const p = new PtyProcess(`node ${CLI} ${args}`, { env: { XDG_CONFIG_HOME: cfg.dir, ...env } });
      try {
        await p.when((o) => /sandbox (·|\|) English/.test(o), 60_000);
        p.write('kubectl get svc\r');
        await p.when((o) => o.includes('CLUSTER-IP'), 60_000);
        return p.output;
      } finally {
        p.kill();
      }
    };
    expect(await run('--lang en --sandbox', { NO_COLOR: '1' })).not.toMatch(colour);
    const plain = await run('--lang en --sandbox --plain', {});
    expect(plain).not.toMatch(colour);
    expect(plain).not.toMatch(/[│├└─▶•✔]/);
    expect(await run('--lang en --sandbox', { FORCE_COLOR: '1' })).toMatch(colour);
  }, 180_000);
});
