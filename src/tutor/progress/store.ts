// The learner's progress (progress.json): which steps are done, where they were, hints and
// solutions used, timestamps, language. This is the app's own file, so it uses node:fs
// directly. Nothing here may stop the tutorial: a corrupt or newer-format file is moved
// aside, an unwritable directory just means progress isn't kept — each reported as a warning.
// Saves are atomic (atomic.ts) and merge with what another instance saved meanwhile (merge.ts).
// Per step it also keeps the attempts, quiz answers and active time an instructor's export
// carries. A format-1 file (before those records) is read and upgraded, and a copy of it is
// kept as progress.v1.json so an older kubetour still finds the learner's progress there.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../types.js';
import { realFs, writeFileAtomic, type FileOps } from './atomic.js';
import { withFileLock } from './lock.js';
import { mergeProgress } from './merge.js';
import { storageProblem, type StorageReason } from './storage-problem.js';

export const PROGRESS_FORMAT = 2;

/**
 * The longest gap between two inputs that counts as time spent on a step. A learner reads
 * a step, thinks and types within a few minutes; a longer silence (a break, another window)
 * counts as this much and no more.
 */
export const IDLE_CAP_MS = 5 * 60_000;

/** What happened on one step, for the instructor's export (format 2). */
export interface StepRecord {
  /** When the learner first reached the step. */
  enteredAt: string;
  /** When it was first done (solved, answered, or read for a message step). */
  finishedAt?: string;
  /** Shell lines run while on an exercise, or answers given to a quiz. */
  attempts: number;
  /** Active time on the step in milliseconds (gaps between inputs capped at IDLE_CAP_MS). */
  activeMs: number;
  /** A quiz's answers in the order given. */
  answers?: { choice: number; right: boolean }[];
  /** The learner left the step with /next before it was done. */
  skipped?: boolean;
}

export interface LessonProgress {
  /** Index of the step the learner is on (steps.length when finished). */
  step: number;
  completed: string[];
  /** Step id → hints shown. */
  hints: Record<string, number>;
  /** Step ids whose solution was revealed. */
  solutions: string[];
  startedAt: string;
  updatedAt: string;
  completedAt?: string;
  /** Step id → what happened on it (empty for progress saved by format 1). */
  steps: Record<string, StepRecord>;
}

export interface ProgressData {
  format: typeof PROGRESS_FORMAT;
  lang?: 'ko' | 'en';
  /** The lesson the learner was last in. */
  current?: string;
  updatedAt?: string;
  lessons: Record<string, LessonProgress>;
}

/**
 * Checks a parsed progress.json (format 1 or 2) against ProgressData; returns it as format 2
 * (defaults filled in) or the first problem as `path: message`. Written by hand rather than with zod: this runs before
 * the app's first frame, and zod's shared core (with its locales) is ~400 KB of code to load.
 */
export function validateProgress(raw: unknown): { data: ProgressData } | { problem: string } {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isStr = (v: unknown): v is string => typeof v === 'string';
  const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
  if (!isObj(raw)) return { problem: ': expected an object' };
  if (raw.format !== 1 && raw.format !== PROGRESS_FORMAT) return { problem: `format: expected 1 or ${PROGRESS_FORMAT}` };
  if (raw.lang !== undefined && raw.lang !== 'ko' && raw.lang !== 'en') return { problem: 'lang: expected "ko" or "en"' };
  for (const k of ['current', 'updatedAt'] as const) if (raw[k] !== undefined && !isStr(raw[k])) return { problem: `${k}: expected a string` };
  if (!isObj(raw.lessons)) return { problem: 'lessons: expected an object' };
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, l] of Object.entries(raw.lessons)) {
    const at = `lessons.${id}`;
    if (!isObj(l)) return { problem: `${at}: expected an object` };
    if (!isInt(l.step) || l.step < 0) return { problem: `${at}.step: expected a whole number ≥ 0` };
    if (!strings(l.completed)) return { problem: `${at}.completed: expected a list of step ids` };
    if (!isObj(l.hints) || !Object.values(l.hints).every(isInt)) return { problem: `${at}.hints: expected step ids with whole numbers` };
    if (l.solutions !== undefined && !strings(l.solutions)) return { problem: `${at}.solutions: expected a list of step ids` };
    for (const k of ['startedAt', 'updatedAt'] as const) if (!isStr(l[k])) return { problem: `${at}.${k}: expected a string` };
    if (l.completedAt !== undefined && !isStr(l.completedAt)) return { problem: `${at}.completedAt: expected a string` };
    const steps = validateSteps(l.steps, `${at}.steps`);
    if (typeof steps === 'string') return { problem: steps };
    lessons[id] = { ...(l as unknown as LessonProgress), solutions: (l.solutions as string[] | undefined) ?? [], steps };
  }
  return { data: { ...(raw as unknown as ProgressData), format: PROGRESS_FORMAT, lessons } };
}

/** A lesson's step records (absent in format 1: none), or the first problem. */
function validateSteps(raw: unknown, at: string): Record<string, StepRecord> | string {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `${at}: expected an object`;
  const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  for (const [id, r] of Object.entries(raw as Record<string, unknown>)) {
    const rec = r as Partial<Record<keyof StepRecord, unknown>> | null;
    if (typeof rec !== 'object' || rec === null) return `${at}.${id}: expected an object`;
    if (typeof rec.enteredAt !== 'string') return `${at}.${id}.enteredAt: expected a string`;
    if (rec.finishedAt !== undefined && typeof rec.finishedAt !== 'string') return `${at}.${id}.finishedAt: expected a string`;
    if (!count(rec.attempts)) return `${at}.${id}.attempts: expected a whole number ≥ 0`;
    if (!count(rec.activeMs)) return `${at}.${id}.activeMs: expected a whole number ≥ 0`;
    const answers = rec.answers;
    if (answers !== undefined && !(Array.isArray(answers) && answers.every((a) => count(a?.choice) && typeof a?.right === 'boolean'))) {
      return `${at}.${id}.answers: expected a list of { choice, right }`;
    }
    if (rec.skipped !== undefined && typeof rec.skipped !== 'boolean') return `${at}.${id}.skipped: expected true or false`;
  }
  return raw as Record<string, StepRecord>;
}

export type ProgressWarning =
  | { code: 'corrupt'; file: string; movedTo?: string; detail: string }
  | { code: 'newer'; file: string; movedTo?: string; format: unknown }
  /** `path` is what is in the way: the read-only folder, the full disk's folder, the file where a folder should be. */
  | { code: 'unwritable'; file: string; reason: StorageReason; path: string; detail: string };

export interface ProgressOpenOptions {
  /** Move an existing file aside and start fresh (--reset-progress). */
  reset?: boolean;
  /** Check up front that the folder can be written, so the learner hears at once that progress won't be kept. */
  probe?: boolean;
  fs?: FileOps;
}

export class ProgressStore {
  readonly file: string;
  data: ProgressData;
  private writable = true;
  /** Changed in memory since the last save (see `record` and `flush`). */
  private dirty = false;
  /** A format-1 file was read: keep a copy of it before the first save in format 2. */
  private upgradedFrom?: string;
  readonly now: () => number;
  private readonly fs: FileOps;
  /** What this instance changed since it opened the file: the rest is the file's (another instance's) to say. */
  private readonly touched = { lessons: new Set<string>(), lang: false, current: false };
  readonly warnings: ProgressWarning[] = [];

  private constructor(file: string, data: ProgressData, now: () => number, fs: FileOps) {
    this.file = file;
    this.data = data;
    this.now = now;
    this.fs = fs;
  }

  /** Reads progress.json in `dir`; never throws. `reset` moves an existing file aside first. */
  static open(dir: string, now: () => number, opts: ProgressOpenOptions = {}): ProgressStore {
    const file = join(dir, 'progress.json');
    const fresh = (): ProgressData => ({ format: PROGRESS_FORMAT, lessons: {} });
    const store = new ProgressStore(file, fresh(), now, opts.fs ?? realFs);
    if (opts.probe) store.probe(dir);
    if (!existsSync(file)) return store;
    if (opts.reset) {
      store.moveAside('reset');
      return store;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(store.fs.readFileSync(file, 'utf8') as string);
    } catch (e) {
      store.warnings.push({ code: 'corrupt', file, movedTo: store.moveAside('corrupt'), detail: (e as Error).message });
      return store;
    }
    const format = (raw as { format?: unknown } | null)?.format;
    if (typeof format === 'number' && format > PROGRESS_FORMAT) {
      store.warnings.push({ code: 'newer', file, movedTo: store.moveAside('newer'), format });
      return store;
    }
    const checked = validateProgress(raw);
    if ('problem' in checked) {
      store.warnings.push({ code: 'corrupt', file, movedTo: store.moveAside('corrupt'), detail: checked.problem });
      return store;
    }
    store.data = checked.data;
    if (format === 1) store.upgradedFrom = file;
    return store;
  }

  /**
   * Finds out without writing anything whether `dir` could hold the file: the nearest existing
   * folder on its path must be a writable folder. A full disk only shows on the first save.
   */
  private probe(dir: string): void {
    const problem = storageProblem(dir, undefined, this.fs);
    if (problem) this.unwritable(problem.reason, problem.path, problem.detail);
  }

  private unwritable(reason: StorageReason, path: string, detail: string): void {
    if (!this.writable) return;
    this.writable = false;
    this.warnings.push({ code: 'unwritable', file: this.file, reason, path, detail });
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
    const p = this.data.lessons[id] ?? { step: 0, completed: [], hints: {}, solutions: [], startedAt: iso, updatedAt: iso, steps: {} };
    change(p);
    p.updatedAt = iso;
    this.data.lessons[id] = p;
    this.data.current = id;
    this.data.updatedAt = iso;
    this.touched.lessons.add(id);
    this.touched.current = true;
    this.save();
  }

  /**
   * Changes a step's record (creating the lesson's entry and the record) in memory only:
   * records change on every input, so they are written with the next `update` or `flush`.
   */
  record(lessonId: string, stepId: string, change: (r: StepRecord) => void): void {
    const iso = new Date(this.now()).toISOString();
    const p = (this.data.lessons[lessonId] ??= { step: 0, completed: [], hints: {}, solutions: [], startedAt: iso, updatedAt: iso, steps: {} });
    const r = (p.steps[stepId] ??= { enteredAt: iso, attempts: 0, activeMs: 0 });
    change(r);
    this.touched.lessons.add(lessonId);
    this.dirty = true;
  }

  /** Saves what `record` changed, if anything. */
  flush(): void {
    if (this.dirty) this.save();
  }

  setLang(lang: Lang): void {
    this.data.lang = lang;
    this.touched.lang = true;
    this.save();
  }

  /**
   * Saves atomically, merged with what another instance saved since (under the lock); on
   * failure warns once and keeps going without saving.
   */
  save(): void {
    this.dirty = false;
    if (!this.writable) return;
    if (this.upgradedFrom) {
      // The format-1 file as it was, for an older kubetour (which would set a format-2 file aside).
      try {
        copyFileSync(this.upgradedFrom, join(dirname(this.file), 'progress.v1.json'));
      } catch {
        // The upgrade below still keeps everything the old file held.
      }
      this.upgradedFrom = undefined;
    }
    try {
      withFileLock(
        this.file,
        () => {
          const disk = this.readSaved();
          if (disk) this.data = mergeProgress(disk, this.data, this.touched);
          writeFileAtomic(this.file, JSON.stringify(this.data, null, 2) + '\n', this.fs);
        },
        this.fs,
      );
    } catch (e) {
      const problem = storageProblem(this.file, e, this.fs);
      this.unwritable(problem?.reason ?? 'other', problem?.path ?? this.file, problem?.detail ?? String(e));
    }
  }

  /** The file as saved now (by this or another instance), if it is there and valid. */
  private readSaved(): ProgressData | undefined {
    try {
      const checked = validateProgress(JSON.parse(this.fs.readFileSync(this.file, 'utf8') as string));
      return 'data' in checked ? checked.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Warnings not yet shown to the learner (each is shown once). */
  takeWarnings(): ProgressWarning[] {
    return this.warnings.splice(0);
  }
}
