// The tutor's public vocabulary: what the UI receives (turns) and asks for (status, lessons).
import type { OutputChunk } from '../shell/types.js';

export type Lang = 'ko' | 'en';

/** One item of the chat transcript, produced by the tutor for the UI to render. */
export type Turn =
  | { kind: 'tutor'; markdown: string }
  | { kind: 'command'; prompt: string; input: string }
  /** The learner's own words that are not a shell command: a question, a meta-command, an answer. */
  | { kind: 'said'; text: string }
  | { kind: 'output'; stdout: string; stderr: string; exitCode: number; chunks?: OutputChunk[] }
  | { kind: 'success'; markdown: string }
  | { kind: 'hint'; markdown: string; n: number; of: number }
  | { kind: 'unmet'; markdown: string }
  | { kind: 'diagram'; name: string; traceId?: number }
  | { kind: 'confirm'; id: string; markdown: string }
  | { kind: 'warning'; markdown: string }
  | { kind: 'clear' }
  | { kind: 'quit' };

export interface TutorOpenOptions {
  /** Where lessons/*.yaml live; default: the `lessons/` directory next to the package. */
  lessonsDir?: string;
  /** Where progress.json and history.json live; default $XDG_CONFIG_HOME/kubetour or ~/.config/kubetour. */
  configDir?: string;
  lang?: Lang;
  seed?: number;
  /** Start (or jump to) this lesson instead of asking. */
  lessonId?: string;
  /** With lessonId: start at this step (1-based number or step id) instead of where the learner left off. */
  step?: number | string;
  /** No lesson: a free shell with the tutor's meta-commands. */
  sandbox?: boolean;
  /** Forget saved progress (the old file is moved aside, not deleted). */
  resetProgress?: boolean;
  /** Environment used for defaults (config dir, language); default process.env. */
  env?: Record<string, string | undefined>;
  /** Wall clock for progress timestamps only (never the simulation); default Date.now. */
  now?: () => number;
  /**
   * Build the first session on first use (or `warm()`), not before the welcome: the app shows
   * its welcome without waiting for the simulated cluster. Default false.
   */
  deferSession?: boolean;
  /** Makes sessions (tests pass fakes); default: the shell's Session.create. */
  createSession?: import('./session-port.js').SessionFactory;
  /**
   * Run on a real cluster (`kubetour --cluster CONTEXT`): the learner's lines run in a real
   * shell with that context, lessons as lessonOnRealCluster rewrites them. The caller has
   * asked the learner's consent; `Tutor.close()` deletes what was made.
   */
  realCluster?: import('./real/real-sessions.js').RealClusterTarget;
}

export interface TutorStatus {
  lessonId?: string;
  lessonTitle?: string;
  /** 1-based step number; 0 in the sandbox. */
  step: number;
  total: number;
  lang: Lang;
  prompt: string;
  sandbox: boolean;
}

export interface LessonSummary {
  id: string;
  title: string;
  done: number;
  total: number;
  /** The author's estimate in minutes. */
  duration?: number;
  /** Set when the lesson file is malformed: it is listed but cannot be opened. */
  error?: string;
}
