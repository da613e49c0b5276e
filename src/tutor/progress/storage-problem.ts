// Why the app's own files cannot be saved, in terms a learner can act on: a read-only folder,
// a full disk, a file where the config folder should be. The errno names the case; the path
// named is the thing in the way (not the file kubetour meant to write).
import { constants } from 'node:fs';
import { dirname } from 'node:path';
import type { FileOps } from './atomic.js';

export type StorageReason = 'readOnly' | 'full' | 'notDir' | 'other';

export interface StorageProblem {
  reason: StorageReason;
  path: string;
  /** The errno code (EROFS, ENOSPC…), for the CLI's English message and for logs. */
  detail: string;
}

const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);
const FULL = new Set(['ENOSPC', 'EDQUOT']);
const NOT_DIR = new Set(['ENOTDIR', 'EEXIST']);

/**
 * With `err`: classifies a failed save of `target`. Without: checks, writing nothing, that the
 * folder `target` could be created or written — undefined when it could.
 */
export function storageProblem(target: string, err: unknown, fs: FileOps): StorageProblem | undefined {
  if (err !== undefined) return classify(err, dirname(target), fs);
  const found = existingAncestor(target, fs);
  if (!found) return undefined;
  if (!found.dir) return { reason: 'notDir', path: found.path, detail: 'ENOTDIR' };
  try {
    fs.accessSync(found.path, constants.W_OK);
    return undefined;
  } catch (e) {
    return classify(e, found.path, fs);
  }
}

/** `folder` is where the write was to happen. */
function classify(err: unknown, folder: string, fs: FileOps): StorageProblem {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const existing = () => existingAncestor(folder, fs);
  if (FULL.has(code)) return { reason: 'full', path: existing()?.path ?? folder, detail: code };
  if (NOT_DIR.has(code)) {
    const found = existing();
    return { reason: 'notDir', path: found && !found.dir ? found.path : folder, detail: code };
  }
  if (READ_ONLY.has(code)) return { reason: 'readOnly', path: existing()?.path ?? folder, detail: code };
  return { reason: 'other', path: folder, detail: code || String((err as Error)?.message ?? err) };
}

/** The nearest path from `p` upwards that exists, and whether it is a folder. */
function existingAncestor(p: string, fs: FileOps): { path: string; dir: boolean } | undefined {
  for (let at = p; ; at = dirname(at)) {
    try {
      return { path: at, dir: fs.statSync(at).isDirectory() };
    } catch {
      if (dirname(at) === at) return undefined;
    }
  }
}
