// Runs lines with a real kubectl against `kubetour serve` and with the built-in kubectl in a
// session of the same seed, started at the same moment, their clocks kept in step: what the
// two print must be the same bytes. Used by the differential test and by `verify --cluster`
// tests; finds kubectl 1.30 the way the test documents.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '../../src/shell/session.js';
import { HOME_MANIFESTS } from '../../src/shell/home/manifests.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { kubeconfigWith } from '../../src/serve/cli.js';
import { shellQuote } from '../../src/shell/quote.js';

/** kubectl 1.30: $KUBETOUR_KUBECTL, the SDK's kubectl.1.30, or kubectl.1.30 / kubectl on PATH. */
export function findKubectl(): string | undefined {
  const candidates = [process.env.KUBETOUR_KUBECTL, '/usr/lib/google-cloud-sdk/bin/kubectl.1.30'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  for (const name of ['kubectl.1.30', 'kubectl']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Splits a plain kubectl line into words ('…' and "…" quoting only; no expansions). */
export function words(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"((?:\\.|[^"\\])*)"|(\S+)/g;
  let cur = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    if (m.index > last && cur !== '') {
      out.push(cur);
      cur = '';
    }
    cur += m[1] ?? (m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]);
    last = re.lastIndex;
    if (re.lastIndex >= line.length || /\s/.test(line[re.lastIndex])) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

export class Pair {
  readonly builtIn: Session;
  readonly served: Session;
  private constructor(
    readonly kubectl: string,
    readonly server: RunningServer,
    builtIn: Session,
    served: Session,
    readonly dir: string,
  ) {
    this.builtIn = builtIn;
    this.served = served;
  }

  static async start(kubectl: string, seed: number, scenario = 'kubia'): Promise<Pair> {
    const startMs = Math.floor(Date.now() / 1000) * 1000;
    const builtIn = Session.create({ seed, scenario, startMs });
    const served = Session.create({ seed, scenario, startMs });
    const server = await startServer(served, { mode: 'lockstep' });
    const dir = mkdtempSync(join(tmpdir(), 'kubetour-diff-'));
    writeFileSync(join(dir, 'kubeconfig'), kubeconfigWith(undefined, server.url, true));
    for (const [name, text] of Object.entries(HOME_MANIFESTS)) writeFileSync(join(dir, name), text);
    const pair = new Pair(kubectl, server, builtIn, served, dir);
    // Discovery fills kubectl's cache once, so later lines start as fast as they can.
    await pair.real(['api-resources', '-o', 'name']);
    return pair;
  }

  /** `{pod0}`, `{pod1}`…: the names of the default namespace's pods right now. */
  expand(line: string): string {
    const pods = this.builtIn.cluster.api.list('Pod', 'default').map((p) => p.metadata!.name!);
    return line.replace(/\{pod(\d)\}/g, (_, i) => pods[Number(i)] ?? 'missing-pod');
  }

  /**
   * Runs one `kubectl …` line on both sides, their virtual clocks at the same moment.
   * `describe` reads its clock on the client: on a machine so loaded that kubectl started a
   * second late, the (read-only) line is run once more before the outcomes count.
   */
  async run(rawLine: string): Promise<{ line: string; builtIn: Outcome; real: Outcome }> {
    let r = await this.runOnce(rawLine, 0);
    // kubectl reads its clock just before it exits: the next try starts it so that this
    // moment falls in the middle of the virtual second.
    for (let i = 0; i < 5 && /\bdescribe\b/.test(r.line) && JSON.stringify(r.real) !== JSON.stringify(r.builtIn); i++) r = await this.runOnce(rawLine, r.took);
    return r;
  }

  private async runOnce(rawLine: string, took: number): Promise<{ line: string; builtIn: Outcome; real: Outcome; took: number }> {
    const line = this.expand(rawLine);
    // kubectl describe ages events with its own clock: start it early in a wall second so
    // it reads the same second as the virtual clock.
    // kubectl describe ages events with its own clock: the virtual clock is set to a whole
    // wall second, and kubectl starts just after it, so both read the same second.
    let target = Math.max(this.builtIn.cluster.clock.now() + 1000, Date.now());
    if (/\bdescribe\b/.test(line)) {
      target = Math.ceil((target + took) / 1000) * 1000;
      await new Promise((r) => setTimeout(r, Math.max(0, target + (took ? 500 - took : 20) - Date.now())));
    }
    this.builtIn.cluster.advance((target - 1000 - this.builtIn.cluster.clock.now()) / 1000);
    this.served.cluster.advance((target - this.served.cluster.clock.now()) / 1000);
    const t0 = Date.now();
    const real = await this.real(words(line).slice(1));
    const t1 = Date.now();
    const r = await this.builtIn.run(line);
    return { line, builtIn: { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }, real, took: t1 - t0 };
  }

  private real(args: string[]): Promise<Outcome> {
    return new Promise((resolve) => {
      execFile(
        this.kubectl,
        args,
        { cwd: this.dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: this.dir, KUBECONFIG: join(this.dir, 'kubeconfig'), KUBECACHEDIR: join(this.dir, 'cache') }, encoding: 'utf8', timeout: 120_000 },
        (err, stdout, stderr) => {
          const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
          resolve({ stdout, stderr, exitCode: code });
        },
      );
    });
  }

  /**
   * Puts a file (a directory when `text` is undefined) in the working directory of both
   * sides: the real kubectl's, and the built-in kubectl's laptop home.
   */
  async putFile(name: string, text: string | undefined): Promise<void> {
    if (text === undefined) mkdirSync(join(this.dir, name));
    else writeFileSync(join(this.dir, name), text);
    const r = await this.builtIn.run(text === undefined ? `mkdir ${shellQuote(name)}` : `printf %s ${shellQuote(text)} > ${shellQuote(name)}`);
    if (r.exitCode !== 0) throw new Error(`could not write ${name} in the session: ${r.stderr}`);
  }

  async close(): Promise<void> {
    await this.server.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
