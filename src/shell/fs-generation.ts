// A counter that moves whenever a filesystem's tree may have changed, so an answer computed
// from its files (which program a name runs, the resolver's /etc/hosts) can be kept until
// the next write instead of being looked up again on every command line.
//
// just-bash's InMemoryFs keeps no such counter, so a place's filesystem is watched: its
// writing methods (those of IFileSystem and InMemoryFs's synchronous and lazy writes) are
// wrapped on the instance, and each call moves the counter when it starts and, for an async
// one, again when it ends. Only the filesystem objects themselves are watched: what just-bash
// hands a command (`ctx.fs`) is a view that stops working once the command returns, so
// methods wrapped on it would fail later — an unwatched filesystem has no count, and its
// answers are looked up every time.
import type { IFileSystem } from 'just-bash';

const WRITERS = ['writeFile', 'appendFile', 'mkdir', 'rm', 'cp', 'mv', 'chmod', 'symlink', 'link', 'utimes', 'writeFileSync', 'writeFileLazy', 'mkdirSync'] as const;

interface Counter {
  n: number;
}

const counters = new WeakMap<IFileSystem, Counter>();

/** Starts counting the filesystem's writes (once; later calls do nothing). */
export function watchWrites(fs: IFileSystem): void {
  if (counters.has(fs)) return;
  const c = { n: 0 };
  counters.set(fs, c);
  const target = fs as unknown as Record<string, unknown>;
  for (const name of WRITERS) {
    const write = target[name];
    if (typeof write !== 'function') continue;
    target[name] = function (this: unknown, ...args: unknown[]): unknown {
      c.n++;
      const r: unknown = write.apply(this, args);
      if (r instanceof Promise) {
        return r.finally(() => {
          c.n++;
        });
      }
      return r;
    };
  }
}

/** The filesystem's write count (equal numbers: nothing written in between); undefined when not watched. */
export function fsGeneration(fs: IFileSystem): number | undefined {
  return counters.get(fs)?.n;
}
