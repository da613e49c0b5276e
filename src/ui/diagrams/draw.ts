// Turns a tutor's `diagram` turn into lines: `trace` (or a trace id) draws a request's path
// from the session's traces; any other name draws the cluster as it is now.
import type { Lang, Turn } from '../../tutor/index.js';
import type { SessionPort } from '../conversation.js';
import { uiT } from '../i18n.js';
import { namedDiagram, traceDiagram } from './diagrams.js';

export function drawDiagram(session: SessionPort, turn: Extract<Turn, { kind: 'diagram' }>, lang: Lang, plain: boolean): string[] {
  const labels = { t: uiT(lang) as unknown as (k: string, v?: Record<string, unknown>) => string, plain };
  try {
    if (turn.name === 'trace' || turn.traceId !== undefined) {
      const traces = (session.traces ?? []) as unknown as import('../../cluster/network/trace.js').Trace[];
      const trace = turn.traceId !== undefined ? traces.find((x) => x.id === turn.traceId) : traces[traces.length - 1];
      return traceDiagram(trace, labels);
    }
    return namedDiagram(turn.name, session.cluster.store, labels);
  } catch {
    return [labels.t('diagram.unknown', { name: turn.name })];
  }
}
