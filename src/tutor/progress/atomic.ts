// Crash-safe file replacement: write a temp file beside the target, fsync it, rename it over
// the target, fsync the directory. A reader (or the next start after a kill) sees either the
// old file or the new one, never half of one.
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The file operations the app's own files use. Tests pass a wrapper that fails one call with
 * an errno (ENOSPC, EROFS…) to prove a full or read-only disk is handled.
 */
export type FileOps = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'mkdirSync' | 'readFileSync' | 'statSync' | 'accessSync' | 'readdirSync'
>;

export const realFs: FileOps = nodeFs;

export function writeFileAtomic(file: string, text: string, fs: FileOps = realFs): void {
  const dir = dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'w', 0o600);
    const bytes = Buffer.from(text, 'utf8');
    // writeSync may write fewer bytes than asked (a full disk, a signal): loop until all are out.
    for (let off = 0; off < bytes.length; ) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    // Some filesystems refuse to fsync a directory; the rename is still atomic.
  }
  sweepTempFiles(file, fs);
}

/** Removes temp files of `file` left by processes that were killed mid-write (their pid is gone). */
function sweepTempFiles(file: string, fs: FileOps): void {
  const prefix = `.${basename(file)}.`;
  try {
    for (const name of fs.readdirSync(dirname(file)) as string[]) {
      if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
      const pid = Number(name.slice(prefix.length, -'.tmp'.length));
      if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) fs.rmSync(join(dirname(file), name), { force: true });
    }
  } catch {
    // Tidying up is best effort.
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
