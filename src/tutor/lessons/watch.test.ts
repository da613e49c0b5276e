// The lesson watcher: changes to watched files arrive once per burst, whichever way the
// editor saves (in place, or a temporary file renamed over the old one), and other files
// in the folder are ignored.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLessonFiles, type LessonWatch } from './watch.js';

let dir = '';
let watcher: LessonWatch | undefined;
afterEach(() => {
  watcher?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('watchLessonFiles', () => {
  it('reports a watched file saved in place or by rename, once per burst; ignores other files', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kubetour-watch-'));
    const file = join(dir, '01-a.yaml');
    writeFileSync(file, 'id: 01-a\n');
    writeFileSync(join(dir, '02-b.yaml'), 'id: 02-b\n');
    const calls: string[][] = [];
    watcher = watchLessonFiles([file], (files) => calls.push(files), 50);
    writeFileSync(join(dir, '02-b.yaml'), 'id: 02-b # not watched\n');
    writeFileSync(file, 'id: 01-a # one\n');
    writeFileSync(file, 'id: 01-a # two\n');
    await vi.waitFor(() => expect(calls).toEqual([[file]]), { timeout: 5000 });
    // An editor's save: a temporary file renamed over the lesson (the old inode is gone).
    writeFileSync(join(dir, '.01-a.yaml.swp'), 'id: 01-a # three\n');
    renameSync(join(dir, '.01-a.yaml.swp'), file);
    await vi.waitFor(() => expect(calls).toEqual([[file], [file]]), { timeout: 5000 });
  });

  it('in a watched folder, a new lesson file counts too', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kubetour-watch-'));
    const calls: string[][] = [];
    watcher = watchLessonFiles([dir], (files) => calls.push(files), 50);
    writeFileSync(join(dir, 'notes.txt'), 'not a lesson\n');
    writeFileSync(join(dir, '03-new.yaml'), 'id: 03-new\n');
    await vi.waitFor(() => expect(calls).toEqual([[join(dir, '03-new.yaml')]]), { timeout: 5000 });
  });
});
