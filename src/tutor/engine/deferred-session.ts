// The tutor's first session, built when it is first needed instead of before the welcome is
// shown. Building the simulated cluster is the largest part of start-up; a learner reads the
// welcome for seconds before typing, so the app builds it then (`warm`, or on first use).
// Until then the session answers only what needs no cluster: the laptop's prompt, and the
// terminal settings the UI hands to every session (kept and applied once it exists).
import type { SessionCreateOptions, SessionFactory, TutorSession } from '../session-port.js';
import { LAPTOP_PROMPT } from '../../shell/places/prompt.js';

export interface DeferredSession extends TutorSession {
  /** True once the real session exists. */
  readonly built: boolean;
  /** Builds the real session now (idempotent). */
  warm(): void;
}

type UiSettings = Pick<TutorSession, 'editor' | 'tty' | 'interruptPoll' | 'wallSleep'>;

export function deferredSession(create: SessionFactory, opts: SessionCreateOptions): DeferredSession {
  let real: TutorSession | undefined;
  const settings: UiSettings = {};
  const get = (): TutorSession => {
    if (!real) {
      real = create(opts);
      if (settings.editor !== undefined) real.editor = settings.editor;
      if (settings.tty !== undefined) real.tty = settings.tty;
      if (settings.interruptPoll !== undefined) real.interruptPoll = settings.interruptPoll;
      if (settings.wallSleep !== undefined) real.wallSleep = settings.wallSleep;
    }
    return real;
  };
  const setting = <K extends keyof UiSettings>(key: K) => ({
    get: () => (real ? real[key] : settings[key]),
    set: (v: UiSettings[K]) => {
      if (real) (real as UiSettings)[key] = v;
      else settings[key] = v;
    },
    enumerable: true,
  });
  const session = {
    get built() {
      return real !== undefined;
    },
    warm: () => void get(),
    get cluster() {
      return get().cluster;
    },
    get records() {
      return get().records;
    },
    get traces() {
      return get().traces;
    },
    get exited() {
      return real?.exited;
    },
    run: (input: string, opts?: { typed?: boolean }) => get().run(input, opts),
    // Before the cluster exists there is no time to move.
    passIdleTime: (seconds: number) => real?.passIdleTime?.(seconds) ?? false,
    isIncomplete: (text: string) => get().isIncomplete(text),
    splitCommands: (script: string) => get().splitCommands(script),
    place: () => get().place(),
    // A new session always starts in the laptop shell.
    prompt: () => (real ? real.prompt() : LAPTOP_PROMPT),
    fsOf: (place: Parameters<TutorSession['fsOf']>[0]) => get().fsOf(place),
  };
  Object.defineProperties(session, { editor: setting('editor'), tty: setting('tty'), interruptPoll: setting('interruptPoll'), wallSleep: setting('wallSleep') });
  // Anything beyond the tutor's port (the UI's completion asks for cwd and command names)
  // comes from the real session.
  return new Proxy(session, {
    get(target, key, receiver) {
      if (key in target) return Reflect.get(target, key, receiver);
      const s = get() as unknown as Record<string | symbol, unknown>;
      const v = s[key];
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(s) : v;
    },
  }) as DeferredSession;
}
