// A lock file beside a file that several kubetour instances update (progress.json,
// history.json), so each one's read-merge-write is not interleaved with another's.
//
// The lock is `<file>.lock`, created with O_EXCL and holding the owner's pid. A holder keeps it
// for one read and one write (milliseconds), so a lock whose owner is gone (killed with -9
// mid-save) or that is older than STALE_MS is broken. If the lock cannot be had within
// WAIT_MS the work runs anyway: a rare lost update is better than a learner's prompt that
// hangs, and the write itself stays atomic either way.
import { dirname } from 'node:path';
import { alive, realFs, type FileOps } from './atomic.js';

const WAIT_MS = 1500;
const STALE_MS = 5000;
const EMPTY_STALE_MS = 200;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export function withFileLock<T>(file: string, work: () => T, fs: FileOps = realFs): T {
  const lock = `${file}.lock`;
  const held = acquire(lock, fs);
  try {
    return work();
  } finally {
    if (held) fs.rmSync(lock, { force: true });
  }
}

function acquire(lock: string, fs: FileOps): boolean {
  const deadline = Date.now() + WAIT_MS;
  for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
    try {
      const fd = fs.openSync(lock, 'wx', 0o600);
      try {
        fs.writeSync(fd, String(process.pid));
      } catch (e) {
        // A full disk can refuse even these few bytes: leave no empty lock behind.
        fs.closeSync(fd);
        fs.rmSync(lock, { force: true });
        throw e;
      }
      fs.closeSync(fd);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && pause === 1) {
        // The config folder isn't there yet (first save): make it and try again.
        fs.mkdirSync(dirname(lock), { recursive: true });
        continue;
      }
      if (code !== 'EEXIST') throw e;
    }
    if (isStale(lock, fs)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) return false;
    Atomics.wait(sleeper, 0, 0, pause);
  }
}

function isStale(lock: string, fs: FileOps): boolean {
  try {
    const age = Date.now() - fs.statSync(lock).mtimeMs;
    if (age > STALE_MS) return true;
    const pid = Number(fs.readFileSync(lock, 'utf8'));
    // Empty: its owner writes the pid right after creating it, so an empty lock that is not
    // brand new belongs to a process killed in between.
    if (!Number.isSafeInteger(pid) || pid <= 0) return age > EMPTY_STALE_MS;
    // This process releases its lock before returning, so one naming it is a dead process's
    // whose pid came round again.
    if (pid === process.pid) return true;
    return !alive(pid);
  } catch {
    // Released meanwhile (ENOENT): not stale, just try again.
    return false;
  }
}
