// The part of the shell's Session the tutor relies on. Checkpoints and the engine are written
// against this narrow port (not the whole class) so they can be tested with small fakes and
// so the tutor keeps working while the shell grows.
import type { IFileSystem } from 'just-bash';
import type { Store } from '../cluster/store/store.js';
import type { Trace } from '../cluster/network/trace.js';
import type { PlaceInfo, RunResult } from '../shell/types.js';
import type { CommandRecord } from '../shell/session.js';

/** One line the learner ran, as the shell records it. */
export type TutorCommandRecord = CommandRecord;

export interface TutorSession {
  readonly cluster: {
    readonly store: Store;
    readonly clock: { now(): number };
    readonly api: { create(obj: unknown): unknown };
    settle(): void;
    advance(seconds: number): void;
  };
  readonly records: readonly TutorCommandRecord[];
  readonly traces: readonly Trace[];
  /** `typed`: the learner typed the line (in the app, `sleep` then waits for real). */
  run(input: string, opts?: { typed?: boolean }): Promise<RunResult & { record: TutorCommandRecord }>;
  /** Ctrl-C for the line running now (the time budget of a step's commands uses it). */
  interrupt?(): void;
  isIncomplete(text: string): boolean;
  splitCommands(script: string): string[];
  place(): PlaceInfo;
  prompt(): string;
  fsOf(place: PlaceInfo): IFileSystem;
  /** How many shells deep the learner is (1: the laptop). */
  depth?(): number;
  /** Runs `fn` with only the outer `depth` shells open (see Session.atDepth). */
  atDepth?<T>(depth: number, fn: () => Promise<T>): Promise<{ value: T; closed: PlaceInfo[] }>;
  /** True once `exit` ran in the laptop shell. */
  readonly exited?: boolean;
  /** Set by the TUI (kubectl edit); carried over when the tutor replaces the session. */
  editor?: unknown;
  tty?: boolean;
  /** Set by the TUI (a look at the terminal for Ctrl-C); carried over like `editor`. */
  interruptPoll?: () => boolean;
  /** Set by the TUI: how `sleep` waits on the wall clock in typed lines; carried over like `editor`. */
  wallSleep?: (ms: number, signal?: AbortSignal) => Promise<number>;
  /** The interactive app's idle clock (see shell/idle-clock.ts); false while a line runs. */
  passIdleTime?(seconds: number): boolean;
}

export interface SessionCreateOptions {
  seed: number;
  scenario: string;
}

/** Makes a fresh session; the real one comes from the shell, tests pass fakes. */
export type SessionFactory = (opts: SessionCreateOptions) => TutorSession;
