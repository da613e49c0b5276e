// The app's watch on an author's `--lessons DIR`: a saved change to the open lesson's file is
// offered for `/reload` in the conversation (the tutor decides whether it concerns the open
// lesson). The lessons that ship with kubetour are never watched.
import type { Turn } from '../tutor/types.js';

interface Offering {
  lessonFilesChanged?(files: string[]): Turn[];
}

export interface ReloadWatch {
  /** Starts watching once the tutor is open and the conversation exists (again: no-op). */
  start(conversation: { addTurns(turns: Turn[]): void }): void;
  /** Stops watching; a watch that had not started yet never starts. */
  close(): void;
}

export function lessonReloadWatch(dir: string | undefined, tutor: Promise<Offering>, debounceMs?: number): ReloadWatch {
  let watcher: { close(): void } | undefined;
  let started = false;
  let closed = false;
  return {
    start(conversation) {
      if (dir === undefined || started) return;
      started = true;
      void Promise.all([tutor, import('../tutor/lessons/watch.js')]).then(([t, { watchLessonFiles }]) => {
        if (closed) return;
        watcher = watchLessonFiles(
          [dir],
          (files) => {
            const offer = t.lessonFilesChanged?.(files) ?? [];
            if (offer.length) conversation.addTurns(offer);
          },
          debounceMs,
        );
      }, () => undefined);
    },
    close() {
      closed = true;
      watcher?.close();
    },
  };
}
