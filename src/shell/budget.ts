// A wall-time budget for one line: when it runs out, the line is interrupted exactly as a
// Ctrl-C would (its output so far, `^C`, status 130). Lesson verification, the tutor's own
// runs of a step's commands and the fuzzer use it, so a hostile or broken line can never
// hold them forever — including a loop of builtins that never yields (the budget is also
// checked between statements, through the session's interrupt poll).
import type { RunOptions } from './session.js';
import type { RunResult } from './types.js';

export interface BudgetedResult<R extends RunResult = RunResult> {
  result: R;
  /** True when the budget ran out and the line was interrupted. */
  timedOut: boolean;
  /** Wall time the line took (ms). */
  elapsedMs: number;
}

interface Runnable<R extends RunResult> {
  run(line: string, opts?: RunOptions): Promise<R>;
  interrupt?(): void;
  interruptPoll?: () => boolean;
}

export async function runWithBudget<R extends RunResult>(session: Runnable<R>, line: string, budgetMs: number, opts?: RunOptions): Promise<BudgetedResult<R>> {
  const start = performance.now();
  const deadline = start + budgetMs;
  let timedOut = false;
  const outer = session.interruptPoll;
  session.interruptPoll = () => {
    if (performance.now() >= deadline) {
      timedOut = true;
      return true;
    }
    return outer ? outer() : false;
  };
  const timer = setTimeout(() => {
    timedOut = true;
    session.interrupt?.();
  }, budgetMs);
  try {
    const result = await session.run(line, opts);
    return { result, timedOut: timedOut && result.exitCode === 130, elapsedMs: performance.now() - start };
  } finally {
    clearTimeout(timer);
    session.interruptPoll = outer;
  }
}
