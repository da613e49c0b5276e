// The sessions of `kubetour --cluster`: each lesson start (a lesson opened, `/reset`, `/back`,
// `/next`) gets a fresh namespace of the learner's own on the real cluster, and the previous
// one is deleted; the working directory (the lesson's home-directory files) stays at one
// path for the whole run, so the learner can keep a second terminal there. `close()` deletes
// the last namespace and the directory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubiaRc } from '../../cluster/scenarios/index.js';
import { HOME_MANIFESTS } from '../../shell/home/manifests.js';
import type { SessionCreateOptions, TutorSession } from '../session-port.js';
import { RealSession } from './real-session.js';
import { learnerNamespace } from './verify-cluster.js';

export interface RealClusterTarget {
  /** The kubeconfig context to use. */
  context: string;
  /** The kubectl to run (`kubectl` on PATH by default). */
  kubectl?: string;
  /** The learner's environment (PATH, KUBECONFIG…). */
  env: Record<string, string | undefined>;
  /** Where the working directory goes; default: the system's temporary directory. */
  workRoot?: string;
  /** Names the namespaces and the working directory (default `learner`). */
  label?: string;
  /**
   * Wait until a closed namespace is gone before going on (verify): what it held, node ports
   * above all, stays allocated cluster-wide until then. The app never waits on the learner.
   */
  waitOnClose?: boolean;
}

/** The working directory of a run on `target` (one per process). */
export function realWorkdir(target: Pick<RealClusterTarget, 'context' | 'workRoot' | 'label'>): string {
  const label = target.label ? `-${target.label.replace(/[^\w.-]+/g, '_')}` : '';
  return join(target.workRoot ?? tmpdir(), `kubetour-${target.context.replace(/[^\w.-]+/g, '_')}-${process.pid}${label}`);
}

/** The kubeconfig's current context, if any. */
export function currentContext(kubectl: string, env: Record<string, string | undefined>): string | undefined {
  const r = spawnSync(kubectl, ['config', 'current-context'], { env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 30_000 });
  const name = r.status === 0 ? r.stdout.trim() : '';
  return name || undefined;
}

export class RealClusterSessions {
  readonly workdir: string;
  private current?: RealSession;

  constructor(readonly target: RealClusterTarget) {
    this.workdir = realWorkdir(target);
  }

  /** The namespace the learner works in now (undefined before the first session). */
  get namespace(): string | undefined {
    return this.current?.opts.namespace;
  }

  /** A session at a lesson's start: a new namespace, the home files, the kubia RC. Throws RealClusterError. */
  readonly create = (opts: SessionCreateOptions): TutorSession => {
    this.closeCurrent();
    mkdirSync(this.workdir, { recursive: true });
    for (const f of readdirSync(this.workdir)) rmSync(join(this.workdir, f), { recursive: true, force: true });
    for (const [name, text] of Object.entries(HOME_MANIFESTS)) writeFileSync(join(this.workdir, name), text);
    const session = RealSession.open({
      context: this.target.context,
      namespace: learnerNamespace(this.target.label ?? 'learner'),
      kubectl: this.target.kubectl ?? 'kubectl',
      workdir: this.workdir,
      env: { ...this.target.env, HOME: this.workdir },
    });
    this.current = session;
    if (opts.scenario === 'kubia') session.cluster.api.create(kubiaRc());
    return session;
  };

  private closeCurrent(): void {
    this.current?.close(this.target.waitOnClose);
    this.current = undefined;
  }

  /** Deletes the learner's namespace and the working directory. */
  close(): void {
    this.closeCurrent();
    rmSync(this.workdir, { recursive: true, force: true });
  }
}
