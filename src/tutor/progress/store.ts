// The learner's progress (progress.json): which steps are done, where they were, hints and
// solutions used, timestamps, language. This is the app's own file, so it uses node:fs
// directly. Nothing here may stop the tutorial: a corrupt or newer-format file is moved
// aside, an unwritable directory just means progress isn't kept — each reported as a warning.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Lang } from '../types.js';
import { writeFileAtomic } from './atomic.js';

export const PROGRESS_FORMAT = 1;

const LessonProgress = z.object({
  /** Index of the step the learner is on (steps.length when finished). */
  step: z.number().int().min(0),
  completed: z.array(z.string()),
  /** Step id → hints shown. */
  hints: z.record(z.string(), z.number().int()),
  /** Step ids whose solution was revealed. */
  solutions: z.array(z.string()).default([]),
  startedAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().optional(),
});
export type LessonProgress = z.infer<typeof LessonProgress>;

const ProgressFile = z.object({
  format: z.literal(PROGRESS_FORMAT),
  lang: z.enum(['ko', 'en']).optional(),
  /** The lesson the learner was last in. */
  current: z.string().optional(),
  updatedAt: z.string().optional(),
  lessons: z.record(z.string(), LessonProgress),
});
export type ProgressData = z.infer<typeof ProgressFile>;

export type ProgressWarning =
  | { code: 'corrupt'; file: string; movedTo?: string; detail: string }
  | { code: 'newer'; file: string; movedTo?: string; format: unknown }
  | { code: 'unwritable'; file: string; detail: string };

export class ProgressStore {
  readonly file: string;
  data: ProgressData;
  private writable = true;
  private readonly now: () => number;
  readonly warnings: ProgressWarning[] = [];

  private constructor(file: string, data: ProgressData, now: () => number) {
    this.file = file;
    this.data = data;
    this.now = now;
  }

  /** Reads progress.json in `dir`; never throws. `reset` moves an existing file aside first. */
  static open(dir: string, now: () => number, opts: { reset?: boolean } = {}): ProgressStore {
    const file = join(dir, 'progress.json');
    const fresh = (): ProgressData => ({ format: PROGRESS_FORMAT, lessons: {} });
    const store = new ProgressStore(file, fresh(), now);
    if (!existsSync(file)) return store;
    if (opts.reset) {
      store.moveAside('reset');
      return store;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      store.warnings.push({ code: 'corrupt', file, movedTo: store.moveAside('corrupt'), detail: (e as Error).message });
      return store;
    }
    const format = (raw as { format?: unknown } | null)?.format;
    if (typeof format === 'number' && format > PROGRESS_FORMAT) {
      store.warnings.push({ code: 'newer', file, movedTo: store.moveAside('newer'), format });
      return store;
    }
    const parsed = ProgressFile.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      store.warnings.push({ code: 'corrupt', file, movedTo: store.moveAside('corrupt'), detail: `${issue.path.join('.')}: ${issue.message}` });
      return store;
    }
    store.data = parsed.data;
    return store;
  }

  /** Renames the file to progress.json.<why>-<timestamp>; returns the new name (undefined if that failed). */
  private moveAside(why: string): string | undefined {
    const stamp = new Date(this.now()).toISOString().replace(/[:.]/g, '-');
    const to = `${this.file}.${why}-${stamp}`;
    try {
      renameSync(this.file, to);
      return to;
    } catch {
      this.writable = false; // don't overwrite what we couldn't move
      return undefined;
    }
  }

  lesson(id: string): LessonProgress | undefined {
    return this.data.lessons[id];
  }

  /** Records where the learner is in a lesson (creating its entry) and saves. */
  update(id: string, change: (p: LessonProgress) => void): void {
    const iso = new Date(this.now()).toISOString();
    const p = this.data.lessons[id] ?? { step: 0, completed: [], hints: {}, solutions: [], startedAt: iso, updatedAt: iso };
    change(p);
    p.updatedAt = iso;
    this.data.lessons[id] = p;
    this.data.current = id;
    this.data.updatedAt = iso;
    this.save();
  }

  setLang(lang: Lang): void {
    this.data.lang = lang;
    this.save();
  }

  /** Saves atomically; on failure warns once and keeps going without saving. */
  save(): void {
    if (!this.writable) return;
    try {
      writeFileAtomic(this.file, JSON.stringify(this.data, null, 2) + '\n');
    } catch (e) {
      this.writable = false;
      this.warnings.push({ code: 'unwritable', file: this.file, detail: (e as Error).message });
    }
  }

  /** Warnings not yet shown to the learner (each is shown once). */
  takeWarnings(): ProgressWarning[] {
    return this.warnings.splice(0);
  }
}
