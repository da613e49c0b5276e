// The request traces of a session, read one way everywhere: `/trace`, checkpoints'
// `request:` predicates and the "since the step started" marks. A trace lands on the
// session's list and on the record of the command that made it; a session (or a test fake)
// that fills only one of the two must not make `/trace` say "no request yet" while the other
// holds the trace, so both are read, merged by trace id.
import type { Trace } from '../../cluster/network/trace.js';
import type { TutorSession } from '../session-port.js';

type TraceSource = Pick<TutorSession, 'traces' | 'records'>;

/** Every trace the session knows of, oldest first (by id), each once. */
export function sessionTraces(session: TraceSource): readonly Trace[] {
  const listed = session.traces ?? [];
  const seen = new Set<number>();
  for (const t of listed) seen.add(t.id);
  let extra: Trace[] | undefined;
  for (const rec of session.records ?? []) {
    for (const t of rec.traces ?? []) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      (extra ??= []).push(t);
    }
  }
  if (!extra) return listed;
  return [...listed, ...extra].sort((a, b) => a.id - b.id);
}

/** The most recent request of the session, if any. */
export function lastTrace(session: TraceSource): Trace | undefined {
  const all = sessionTraces(session);
  return all[all.length - 1];
}

/** A mark for "traces from now on": the newest trace id so far (0 when none). */
export function traceMark(session: TraceSource): number {
  return lastTrace(session)?.id ?? 0;
}

/** The traces made after a mark taken with `traceMark`. */
export function tracesSince(session: TraceSource, mark: number): Trace[] {
  return sessionTraces(session).filter((t) => t.id > mark);
}
