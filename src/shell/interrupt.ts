// Ctrl-C for the line running now. A real terminal sends SIGINT to the foreground job; here
// the front end calls `Session.interrupt()`, which aborts the line's signal. Commands that wait
// (sleep, watches, curl's timeouts, key generation) listen to the signal and return at once;
// the interpreter stops at its next statement.
//
// A loop of shell builtins (`while true; do :; done`) never yields to the event loop, so a
// keypress cannot even be read while it runs. The interpreter does read `signal.aborted` before
// every statement, so the signal given to it asks a poll — the front end's non-blocking look
// at the terminal — at most every POLL_MS of wall time.
//
// Once interrupted, reading `aborted` throws just-bash's own ExitError with status 130: the
// interpreter treats it as `exit 130` at that statement, which keeps everything the line
// printed so far (its ExecutionAbortedError would drop it) and ends the subshells it is in.
// @ts-expect-error: a bundle chunk of just-bash without type declarations (its error classes are not exported).
import * as internals from '../../node_modules/just-bash/dist/bundle/chunks/chunk-EFORKKSH.js';

/** How often (wall time) a busy line asks the front end whether Ctrl-C was pressed. */
export const POLL_MS = 10;

/** bash's status for a command stopped by SIGINT (128 + 2). */
export const INTERRUPTED_STATUS = 130;

type ExitErrorClass = new (exitCode: number) => Error;

/** just-bash's ExitError class, found by what its instances are called (its export name is minified). */
const ExitError: ExitErrorClass | undefined = (Object.values(internals as Record<string, unknown>) as unknown[]).find((c): c is ExitErrorClass => {
  if (typeof c !== 'function') return false;
  try {
    return (new (c as ExitErrorClass)(0) as { name?: string }).name === 'ExitError';
  } catch {
    return false;
  }
});

/** Whether an interrupted line keeps its output (false only if just-bash's internals moved). */
export const KEEPS_OUTPUT_ON_INTERRUPT = ExitError !== undefined;

/**
 * An AbortSignal for one line, made without an AbortController: Node 20 keeps every
 * controller's signal alive through young-generation collections (with --trace-gc-nvp, all
 * of a loop's controllers are promoted), so one per command line left garbage that only a
 * full collection frees and made each scavenge copy it. Listeners, `aborted`, `reason` and
 * `throwIfAborted` behave as on AbortSignal; that is all our commands and just-bash use.
 */
class LineSignal extends EventTarget {
  #aborted = false;
  reason: unknown = undefined;
  onabort: ((ev: Event) => unknown) | null = null;

  get aborted(): boolean {
    return this.#aborted;
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  abort(): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.reason = new DOMException('This operation was aborted', 'AbortError');
    const event = new Event('abort');
    this.onabort?.(event);
    this.dispatchEvent(event);
  }
}

/**
 * The interpreter's signal: never aborted the AbortSignal way (just-bash would hand that to
 * a signal of its own, which stops the line the way that drops its output); its `aborted`
 * polls the terminal and, once the line is interrupted, throws the ExitError that ends it.
 */
class ShellSignal extends LineSignal {
  #lastPoll = performance.now();

  constructor(
    private readonly line: LineInterrupt,
    private readonly poll?: () => boolean,
  ) {
    super();
  }

  override get aborted(): boolean {
    if (this.poll && !this.line.aborted) {
      const now = performance.now();
      if (now - this.#lastPoll >= POLL_MS) {
        this.#lastPoll = now;
        if (this.poll()) this.line.abort();
      }
    }
    if (this.line.aborted && ExitError) throw new ExitError(INTERRUPTED_STATUS);
    return false;
  }
}

/**
 * One line's interrupt. `signal` is for our commands (a plain AbortSignal); `shellSignal` is
 * the interpreter's (see ShellSignal).
 */
export class LineInterrupt {
  readonly #signal = new LineSignal();
  readonly signal: AbortSignal = this.#signal as unknown as AbortSignal;
  readonly shellSignal: AbortSignal;

  constructor(poll?: () => boolean) {
    this.shellSignal = new ShellSignal(this, poll) as unknown as AbortSignal;
  }

  abort(): void {
    this.#signal.abort();
  }

  get aborted(): boolean {
    return this.#signal.aborted;
  }
}

/**
 * Waits `ms` of wall time, or until the signal aborts; true when it ran the whole time.
 * (Never longer than the host timer allows: a longer wait is re-armed in steps.)
 */
export function waitOrAbort(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = (): void => {
      if (timer) clearTimeout(timer);
      resolve(false);
    };
    const end = performance.now() + ms;
    const arm = (): void => {
      const left = end - performance.now();
      if (left <= 0) {
        signal?.removeEventListener('abort', onAbort);
        return resolve(true);
      }
      timer = setTimeout(arm, Math.min(left, 2 ** 30));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    arm();
  });
}

/** Resolves with the promise's value, or with `onAbort()` as soon as the signal aborts. */
export function raceAbort<T>(p: Promise<T>, signal: AbortSignal | undefined, onAbort: () => T): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.resolve(onAbort());
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => resolve(onAbort());
    signal.addEventListener('abort', stop, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', stop);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
