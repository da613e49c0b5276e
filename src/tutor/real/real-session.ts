// A tutor session on a real cluster: the learner's lines run in a real shell (bash) on this
// machine, with a kubeconfig of their own that points at the chosen context and at the
// learner's namespace; checks read the cluster through its API (kubectl get -o json) into a
// local mirror of the store, where the learner's namespace appears as `default` — the
// namespace lessons are written for. Nothing here is simulated: time is the wall clock.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IFileSystem } from 'just-bash';
import { Store } from '../../cluster/store/store.js';
import { KINDS, type Kind } from '../../cluster/api/kinds.js';
import type { Trace } from '../../cluster/network/trace.js';
import { LAPTOP_HOME } from '../../shell/home/index.js';
import { isIncomplete, splitCommands } from '../../shell/grammar.js';
import type { PlaceInfo, RunResult } from '../../shell/types.js';
import type { TutorCommandRecord, TutorSession } from '../session-port.js';

export interface RealClusterOptions {
  /** The kubeconfig context to use. */
  context: string;
  /** The learner's own namespace (created by `open`, deleted by `close`). */
  namespace: string;
  /** The kubectl to run (`kubectl` on PATH by default). */
  kubectl: string;
  /** The learner's working directory: the lesson's home-directory files live here. */
  workdir: string;
  /** The environment of the learner's shell (PATH, HOME…); KUBECONFIG is set on top. */
  env: Record<string, string | undefined>;
  /** Longest a line may run (ms) before it is interrupted as a person would with Ctrl-C. */
  lineTimeoutMs?: number;
}

const LAPTOP: PlaceInfo = { kind: 'laptop', name: 'laptop', ip: '' };
/** Namespaced kinds mirrored from the learner's namespace. */
const NAMESPACED = (Object.keys(KINDS) as Kind[]).filter((k) => KINDS[k].namespaced && k !== 'Event');
const CLUSTER_WIDE: Kind[] = ['Node', 'IngressClass'];

export class RealClusterError extends Error {}

export class RealSession implements TutorSession {
  readonly records: TutorCommandRecord[] = [];
  readonly traces: readonly Trace[] = [];
  readonly kubeconfig: string;
  private mirror = new Store();
  private stale = true;

  readonly cluster: TutorSession['cluster'];

  private constructor(readonly opts: RealClusterOptions) {
    this.kubeconfig = join(opts.workdir, '.kubetour-kubeconfig');
    // The mirror is read again only when something may have changed since (lazily: a
    // script of several lines costs one read, at the check).
    const mirror = () => {
      if (this.stale) this.refresh();
      return this.mirror;
    };
    this.cluster = {
      get store(): Store {
        return mirror();
      },
      clock: { now: () => Date.now() },
      api: { create: (obj: unknown) => this.createObject(obj) },
      settle: () => {
        this.stale = true;
      },
      // Waiting is waiting: the real cluster moves on its own.
      advance: (seconds: number) => {
        sleep(seconds * 1000);
        this.stale = true;
      },
    };
  }

  /**
   * Makes the learner's kubeconfig (only the chosen context, credentials inlined, the
   * learner's namespace as default) and creates the namespace.
   */
  static open(opts: RealClusterOptions): RealSession {
    mkdirSync(opts.workdir, { recursive: true });
    const s = new RealSession(opts);
    const view = s.kubectlSync(['config', 'view', '--minify', '--flatten', '--context', opts.context], { kubeconfig: opts.env.KUBECONFIG });
    if (view.status !== 0) throw new RealClusterError(view.stderr.trim() || `no context "${opts.context}" in the kubeconfig`);
    writeFileSync(s.kubeconfig, view.stdout, { mode: 0o600 });
    const set = s.kubectlSync(['config', 'set-context', '--current', `--namespace=${opts.namespace}`]);
    if (set.status !== 0) throw new RealClusterError(set.stderr.trim());
    const ns = s.kubectlSync(['create', 'namespace', opts.namespace]);
    if (ns.status !== 0 && !/AlreadyExists/.test(ns.stderr)) throw new RealClusterError(ns.stderr.trim());
    return s;
  }

  /** Deletes the learner's namespace (and with it everything the lesson made). */
  /** Deletes the learner's namespace; `wait`: until it is gone (its node ports free again). */
  close(wait = false): void {
    // Waiting on a namespace waits on its pods' graceful ends (kubia ignores SIGTERM: 30 s
    // each time); what is waited out is a throwaway namespace, so its pods go at once.
    if (wait) this.kubectlSync(['delete', 'pods', '--all', '-n', this.opts.namespace, '--grace-period=0', '--force', '--wait=false']);
    this.kubectlSync(['delete', 'namespace', this.opts.namespace, `--wait=${wait}`]);
  }

  // ---- the learner's shell --------------------------------------------------------------

  async run(input: string): Promise<RunResult & { record: TutorCommandRecord }> {
    const startedAt = Date.now();
    // Lessons name the simulated laptop's home; here it is the working directory.
    const result = await this.bash(input.split(`${LAPTOP_HOME}/`).join(`${this.opts.workdir}/`));
    this.stale = true;
    const record: TutorCommandRecord = { index: this.records.length, input, place: LAPTOP, result, traces: [], startedAt };
    this.records.push(record);
    return { ...result, record };
  }

  private bash(line: string): Promise<RunResult> {
    return new Promise((resolve) => {
      const child = spawn('bash', ['-c', line], { cwd: this.opts.workdir, env: this.shellEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      // `get -w`, `logs -f`: a person watches a while, then presses Ctrl-C.
      const watching = /\s(-w|--watch|-f|--follow)\b/.test(line);
      const timer = setTimeout(() => child.kill('SIGINT'), watching ? 10_000 : (this.opts.lineTimeoutMs ?? 120_000));
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ stdout, stderr, exitCode: code ?? (signal === 'SIGINT' ? 130 : 1) });
      });
    });
  }

  private shellEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.opts.env)) if (v !== undefined) env[k] = v;
    env.KUBECONFIG = this.kubeconfig;
    return env;
  }

  isIncomplete(text: string): boolean {
    return isIncomplete(text);
  }

  splitCommands(script: string): string[] {
    return splitCommands(script);
  }

  place(): PlaceInfo {
    return LAPTOP;
  }

  prompt(): string {
    return '$ ';
  }

  /** The working directory stands for the home directory; nothing else is reachable. */
  fsOf(place: PlaceInfo): IFileSystem {
    if (place.kind !== 'laptop') throw new RealClusterError(`no filesystem of ${place.kind} ${place.name} on a real cluster`);
    const local = (p: string): string => {
      if (p === LAPTOP_HOME) return this.opts.workdir;
      if (!p.startsWith(`${LAPTOP_HOME}/`)) throw new RealClusterError(`${p} is outside the home directory`);
      return join(this.opts.workdir, p.slice(LAPTOP_HOME.length + 1));
    };
    const fs = {
      exists: async (p: string) => stat(local(p)).then(
        () => true,
        () => false,
      ),
      readFile: async (p: string) => readFile(local(p), 'utf8'),
      // The diagnosis reads the folder to name the file a typo meant (missing-file).
      readdir: async (p: string) => readdir(local(p)),
      writeFile: async (p: string, content: string) => writeFile(local(p), content),
      mkdir: async (p: string) => {
        await mkdir(local(p), { recursive: true });
      },
    };
    return fs as unknown as IFileSystem;
  }

  // ---- reading the cluster --------------------------------------------------------------

  /** Reads the learner's namespace and the cluster-wide kinds checks use into the mirror. */
  refresh(): void {
    const next = new Store();
    // One request: kubectl lists cluster-scoped kinds whatever -n says.
    for (const item of this.listJson(['-n', this.opts.namespace], [...NAMESPACED, ...CLUSTER_WIDE])) {
      const kind = item.kind as Kind;
      if (!(kind in KINDS)) continue;
      const meta = { ...(item.metadata ?? {}) };
      if (KINDS[kind].namespaced) meta.namespace = meta.namespace === this.opts.namespace ? 'default' : meta.namespace;
      try {
        next.create(kind, { ...item, metadata: meta } as never);
      } catch {
        // a duplicate (listed twice): the first copy stands
      }
    }
    this.mirror = next;
    this.stale = false;
  }

  private listJson(extra: string[], kinds: Kind[]): Record<string, any>[] {
    const resources = kinds.map((k) => KINDS[k].qualified.replace(/^[^.]+/, KINDS[k].resource)).join(',');
    const r = this.kubectlSync(['get', resources, ...extra, '-o', 'json']);
    if (r.status !== 0) return [];
    try {
      return (JSON.parse(r.stdout).items ?? []) as Record<string, any>[];
    } catch {
      return [];
    }
  }

  /** Creates an object in the learner's namespace (a lesson's inline start manifests). */
  private createObject(obj: unknown): unknown {
    // `default` in a lesson is the learner's namespace here.
    const o = structuredClone(obj) as { metadata?: { namespace?: string } };
    if (o.metadata?.namespace === 'default') delete o.metadata.namespace;
    const r = this.kubectlSync(['create', '-f', '-', '-o', 'json'], { input: JSON.stringify(o) });
    if (r.status !== 0) throw new RealClusterError(r.stderr.trim());
    return JSON.parse(r.stdout);
  }

  kubectlSync(args: string[], opts: { input?: string; kubeconfig?: string } = {}): { status: number; stdout: string; stderr: string } {
    const env = this.shellEnv();
    if (opts.kubeconfig !== undefined) env.KUBECONFIG = opts.kubeconfig;
    else if ('kubeconfig' in opts) delete env.KUBECONFIG;
    const r = spawnSync(this.opts.kubectl, args, { env, input: opts.input, encoding: 'utf8', timeout: 60_000 });
    if (r.error) return { status: 127, stdout: '', stderr: `${this.opts.kubectl}: ${r.error.message}` };
    return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
  }
}

function sleep(ms: number): void {
  if (ms <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
