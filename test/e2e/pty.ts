// Real-terminal drivers for the built CLI. Two flavours:
//  - TmuxSession: a tmux pane of a given size; send keys, read the screen (capture-pane).
//    The e2e suite uses it because it sees exactly what a person sees.
//  - PtyProcess: `script` allocates a pseudo-terminal and relays its bytes, so we see every
//    frame the moment Ink writes it. The bench uses it for first-frame time and
//    keystroke-to-frame latency (see measureFirstFrame / measureKeystrokeLatency).
// Waits poll a condition until a deadline; nothing sleeps for a fixed time.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The bundle under test; KUBETOUR_E2E_CLI points elsewhere (e.g. a private build). */
export const CLI = process.env.KUBETOUR_E2E_CLI ?? join(ROOT, 'dist/kubetour.js');

export function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A throwaway $XDG_CONFIG_HOME so runs never see (or write) the real user's progress. */
export function tempConfigHome(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kubetour-e2e-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `what` names the awaited thing; a function is called only on timeout (e.g. to show the screen then). */
export async function waitUntil<T>(probe: () => T | undefined | false, what: string | (() => string), timeoutMs = 15_000, everyMs = 20): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

let counter = 0;

export class TmuxSession {
  private constructor(
    readonly name: string,
    private readonly socket: string,
  ) {}

  /** Starts `command` (a shell line) in a detached tmux session of width × height. */
  static start(command: string, opts: { width?: number; height?: number; env?: Record<string, string>; cwd?: string } = {}): TmuxSession {
    // Test workers can share a process: the thread id keeps names apart.
    const name = `kubetour-e2e-${process.pid}-${threadId}-${++counter}`;
    const socket = `kubetour-e2e-${process.pid}-${threadId}`;
    const env = { LANG: 'C.UTF-8', TERM: 'xterm-256color', ...opts.env };
    const exports = Object.entries(env).map(([k, v]) => `export ${k}=${shq(v)};`).join(' ');
    // `; sleep` keeps the pane (and its last screen) after the program exits, and prints the
    // exit code so tests can read it from the screen.
    const line = `${exports} cd ${shq(opts.cwd ?? ROOT)}; ${command}; echo "[exit $?]"; sleep 600`;
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-s', name, '-x', String(opts.width ?? 100), '-y', String(opts.height ?? 30), line], {
      stdio: 'ignore',
      env: { ...process.env, TMUX: '' },
    });
    return new TmuxSession(name, socket);
  }

  private tmux(...args: string[]): string {
    // stderr piped, not inherited: a failure is thrown (and handled), not printed into the run.
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** The visible screen, one string per row (trailing spaces removed). */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.name);
  }

  /** The screen plus scrollback. */
  history(): string {
    return this.tmux('capture-pane', '-p', '-S', '-10000', '-t', this.name);
  }

  /** Types text literally (no key-name interpretation). */
  type(text: string): void {
    if (text) this.tmux('send-keys', '-t', this.name, '-l', text);
  }

  /** Pastes text the way a terminal does (bracketed, if the app asked for it); newlines become Enter. */
  paste(text: string): void {
    this.tmux('set-buffer', '-b', 'kubetour-e2e', '--', text);
    this.tmux('paste-buffer', '-p', '-d', '-b', 'kubetour-e2e', '-t', this.name);
  }

  /** Sends tmux key names: 'Enter', 'C-c', 'Up', 'Tab', 'BSpace', 'M-b'. */
  keys(...names: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...names);
  }

  resize(width: number, height: number): void {
    this.tmux('resize-window', '-t', this.name, '-x', String(width), '-y', String(height));
  }

  async waitFor(pred: (screen: string) => boolean, what: string, timeoutMs = 15_000, full = false): Promise<string> {
    return waitUntil(() => {
      const s = full ? this.history() : this.screen();
      return pred(s) ? s : undefined;
    }, () => `${what}\n--- screen at the deadline ---\n${(() => { try { return full ? this.history() : this.screen(); } catch { return '(gone)'; } })()}`, timeoutMs);
  }

  kill(): void {
    try {
      this.tmux('kill-session', '-t', this.name);
    } catch {
      // already gone
    }
    // The last session gone, the server exits but may leave its socket file behind.
    try {
      this.tmux('list-sessions');
    } catch {
      rmSync(join(process.env.TMUX_TMPDIR || '/tmp', `tmux-${process.getuid?.() ?? 0}`, this.socket), { force: true });
    }
  }
}

/** A program on a pseudo-terminal via `script`, with its output bytes as they arrive. */
export class PtyProcess {
  output = '';
  private listeners = new Set<() => void>();
  readonly child: ChildProcess;
  readonly startedAt: number;

  constructor(command: string, opts: { width?: number; height?: number; env?: Record<string, string | undefined>; cwd?: string } = {}) {
    const inner = `stty cols ${opts.width ?? 100} rows ${opts.height ?? 30}; exec ${command}`;
    this.startedAt = performance.now();
    this.child = spawn('script', ['-qfec', inner, '/dev/null'], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, LANG: 'C.UTF-8', TERM: 'xterm-256color', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (d: string) => {
      this.output += d;
      for (const l of this.listeners) l();
    });
  }

  write(data: string): void {
    this.child.stdin!.write(data);
  }

  /** Resolves with the time (ms, performance.now) when the output first satisfies pred. */
  when(pred: (output: string) => boolean, timeoutMs = 15_000): Promise<number> {
    return new Promise((resolveP, reject) => {
      const check = () => {
        if (pred(this.output)) {
          this.listeners.delete(check);
          clearTimeout(timer);
          resolveP(performance.now());
        }
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`timed out waiting for output; got ${JSON.stringify(this.output.slice(-500))}`));
      }, timeoutMs);
      this.listeners.add(check);
      check();
    });
  }

  kill(): void {
    this.child.kill('SIGTERM');
  }
}

/**
 * Milliseconds from spawning `node <cli>` in a pseudo-terminal to its first frame. The
 * first frame already has a live prompt (keys typed meanwhile are kept and run once the
 * tutor is open). With `ready: true` it measures until the tutor has opened instead (the
 * status line no longer says "starting…"). `cli` may be any bundle, e.g. a bare Ink
 * hello-world for comparison (pass its `marker`). With several markers, until all are shown.
 */
export async function measureFirstFrame(opts: { cli?: string; args?: string[]; marker?: string | string[]; ready?: boolean; env?: Record<string, string | undefined> } = {}): Promise<number> {
  const cfg = tempConfigHome();
  const args = opts.args ?? ['--lang', 'en', '--sandbox'];
  const p = new PtyProcess(`node ${shq(opts.cli ?? CLI)} ${args.map(shq).join(' ')}`, {
    env: { XDG_CONFIG_HOME: cfg.dir, ...opts.env },
  });
  try {
    const markers = [opts.marker ?? (opts.ready ? 'sandbox · ' : FRAME_END)].flat();
    const at = await p.when((o) => markers.every((m) => o.includes(m)), 120_000);
    return at - p.startedAt;
  } finally {
    p.kill();
    cfg.dispose();
  }
}

/** Ink ends every frame on a terminal with "synchronized update end". */
export const FRAME_END = '\x1b[?2026l';

/**
 * Writes `data` and resolves with the ms until Ink has drawn a frame in response. Before
 * raw mode is on, the terminal itself would echo the bytes, so only a whole Ink frame counts.
 */
export async function keyToFrame(p: PtyProcess, data: string, timeoutMs = 15_000): Promise<number> {
  const before = p.output.length;
  const t0 = performance.now();
  p.write(data);
  const t1 = await p.when((o) => o.indexOf(FRAME_END, before) >= 0, timeoutMs);
  return t1 - t0;
}

/** Types a character and waits until a frame shows it (proof that raw-mode input works). */
export async function typedAndDrawn(p: PtyProcess, ch: string, timeoutMs = 15_000): Promise<void> {
  const before = p.output.length;
  p.write(ch);
  await p.when((o) => {
    const at = o.indexOf(ch, before);
    return at >= 0 && o.indexOf(FRAME_END, at) >= 0;
  }, timeoutMs);
}

/** Resolves once no output has arrived for `quietMs` (the app has settled). */
export async function settled(p: PtyProcess, quietMs = 200, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const len = p.output.length;
    await new Promise((r) => setTimeout(r, quietMs));
    if (p.output.length === len) return;
    if (performance.now() > deadline) throw new Error('output never settled');
  }
}

/**
 * Keystroke-to-frame latency: fills the transcript with `items` command/output pairs (one
 * pasted burst of `echo` lines, then a sentinel whose output differs from its command line),
 * then types `samples` keys one at a time (x, Backspace, …) and returns, for each, the ms
 * from writing the byte to the end of the frame Ink draws for it. The bench takes the p95.
 */
export async function measureKeystrokeLatency(opts: { cli?: string; args?: string[]; items?: number; samples?: number; gapMs?: number; sentinel?: { command: string; output: string } } = {}): Promise<number[]> {
  const cfg = tempConfigHome();
  const p = new PtyProcess(`node ${shq(opts.cli ?? CLI)} ${(opts.args ?? ['--lang', 'en', '--sandbox']).map(shq).join(' ')}`, { env: { XDG_CONFIG_HOME: cfg.dir } });
  try {
    await p.when((o) => o.includes('sandbox · '), 120_000);
    // Ink turns raw mode on just after its first frame; keys sent before that would be
    // handled (and echoed) by the terminal's line discipline instead.
    await settled(p);
    await typedAndDrawn(p, 'Q');
    await keyToFrame(p, '\x7f');
    await settled(p);
    const items = opts.items ?? 1000;
    if (items > 0) {
      const sentinel = opts.sentinel ?? { command: 'echo $((6*7))-filled', output: '42-filled' };
      const lines = Array.from({ length: items }, (_, i) => `echo item-${i}`);
      p.write(`${[...lines, sentinel.command].join('\r')}\r`);
      await p.when((o) => o.includes(sentinel.output), 300_000);
      await settled(p);
    }
    const samples: number[] = [];
    for (let i = 0; i < (opts.samples ?? 50); i++) {
      samples.push(await keyToFrame(p, i % 2 === 0 ? 'x' : '\x7f'));
      // A typing cadence: keys closer together than Ink's frame interval share a frame.
      await new Promise((r) => setTimeout(r, opts.gapMs ?? 30));
    }
    return samples;
  } finally {
    p.kill();
    cfg.dispose();
  }
}
