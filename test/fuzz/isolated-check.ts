// Minimising a failure runs its line again and again, and a line that ran away once (a
// hang, an expansion that eats memory) does it each time. Those runs happen in a child
// process with a memory cap and a hard deadline: a try that exceeds either kills the child
// (a new one answers the next try), never the fuzzer.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Memory of the child (V8 heap, MB): far above what any honest line needs. */
export const CHILD_HEAP_MB = 768;
/** Time a try may take past the line's own budget before its child is killed (start-up included). */
const GRACE_MS = 30_000;

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/** What a try found: the line failed that way, it did not, or the child had to be killed. */
export type TryOutcome = 'fails' | 'passes' | 'killed';

export class IsolatedCheck {
  private child?: ChildProcess;
  private ready?: Promise<void>;

  constructor(private readonly graceMs = GRACE_MS) {}

  /** Whether `line`, alone in a fresh session in the child, fails with `kind` (`graceMs`: past its budget, before the kill). */
  async tryLine(line: string, kind: string, budget: number, graceMs = this.graceMs): Promise<TryOutcome> {
    const child = this.spawn();
    await this.ready;
    if (child.exitCode !== null || !child.connected) {
      this.kill();
      return 'killed';
    }
    return new Promise<TryOutcome>((resolve) => {
      const done = (outcome: TryOutcome): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (outcome === 'killed') this.kill();
        resolve(outcome);
      };
      const onMessage = (m: { fails?: boolean }): void => {
        if (typeof m.fails === 'boolean') done(m.fails ? 'fails' : 'passes');
      };
      const onExit = (): void => done('killed');
      const timer = setTimeout(() => done('killed'), Math.max(0, budget + graceMs));
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ line, kind, budget });
    });
  }

  close(): void {
    this.kill();
  }

  private spawn(): ChildProcess {
    if (this.child) return this.child;
    const child = fork(here('./check-child.ts'), {
      execArgv: ['--import', 'tsx', '--import', here('../../src/shell/just-bash-edits/register.mjs'), `--max-old-space-size=${CHILD_HEAP_MB}`],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    this.child = child;
    // (A send to a child that just died is reported here; its exit answers the try.)
    child.on('error', () => undefined);
    this.ready = new Promise((resolve) => {
      const onReady = (m: { ready?: boolean }): void => {
        if (!m.ready) return;
        child.off('message', onReady);
        resolve();
      };
      child.on('message', onReady);
      child.once('exit', () => resolve());
    });
    child.once('exit', () => {
      if (this.child === child) this.child = undefined;
    });
    return child;
  }

  private kill(): void {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) child.kill('SIGKILL');
  }
}
