// A reply as the learner reads it: the best passage quoted with where it comes from and an
// offer to show the whole of it; a comparison as two quotes side by side; or, when unsure,
// the three nearest topics to pick from by number, and what else may help.
import { questionsT, type Lang } from '../../i18n/index.js';
import type { Passage } from './corpus.js';
import type { Reply } from './ask.js';
import type { Hit } from './search.js';
import { concepts } from './terms.js';

/** What the tutor can show next when the learner says yes (or picks a number). */
export type Offer =
  | { kind: 'step'; lessonId: string; step: number }
  | { kind: 'lesson'; lessonId: string }
  | { kind: 'section'; section: string };

export interface Rendered {
  markdown: string;
  /** A yes/no question to ask after the answer. */
  offer?: { markdown: string; open: Offer };
  /** Unsure: the passages the learner may pick by number (1-based). */
  choices?: Passage[];
}

export interface RenderContext {
  lang: Lang;
  /** The learner's place, so no offer is made to open what is already on screen. */
  lessonId?: string;
  step?: number;
  /** "09" for a lesson id, and its title in the learner's language. */
  lessonNumber(lessonId: string): string;
  lessonTitle(lessonId: string): string;
}

export function renderReply(reply: Reply, ctx: RenderContext, question = ''): Rendered {
  const qt = questionsT(ctx.lang);
  switch (reply.kind) {
    case 'situation':
      return renderReply(reply.fallback, ctx, question);
    case 'answer': {
      const p = reply.hit.passage;
      return { markdown: `${quote(p)}\n\n${source(p, ctx)}`, offer: offerFor(p, ctx) };
    }
    case 'compare': {
      const parts = reply.parts.map((h) => `${quote(h.passage)}\n\n${source(h.passage, ctx)}`);
      return { markdown: `${qt('compare')}\n\n${parts.join('\n\n')}` };
    }
    case 'unsure': {
      const extra = [qt('unsureExplain', { path: explainPathFor(question) }), qt('unsureHint')].join(' ');
      if (reply.nearest.length === 0) return { markdown: `${qt('unsureNothing')} ${extra}` };
      const list = reply.nearest.map((h, i) => `${i + 1}. **${h.passage.label}** ${source(h.passage, ctx)}`);
      return { markdown: `${qt('unsure')}\n\n${list.join('\n')}\n\n${qt('unsurePick')} ${extra}`, choices: reply.nearest.map((h: Hit) => h.passage) };
    }
  }
}

/** The passage as quoted: the document's own blockquote marks dropped. */
function quote(p: Passage): string {
  return p.text.replace(/^>\s?/gm, '').trim();
}

export function source(p: Passage, ctx: RenderContext): string {
  const qt = questionsT(ctx.lang);
  if (p.kind === 'glossary') return qt('from.glossary');
  if (p.kind === 'doc') return qt('from.doc', { section: p.section });
  const n = ctx.lessonNumber(p.lessonId!);
  const title = ctx.lessonTitle(p.lessonId!);
  if (p.kind === 'faq') return qt('from.faq', { n, title });
  return qt('from.step', { n, title, step: p.step });
}

function offerFor(p: Passage, ctx: RenderContext): Rendered['offer'] {
  const qt = questionsT(ctx.lang);
  if (p.kind === 'glossary') return undefined;
  if (p.kind === 'doc') return { markdown: qt('offer.section', { section: p.section }), open: { kind: 'section', section: p.section! } };
  if (p.lessonId === ctx.lessonId && (p.kind === 'faq' || p.step === ctx.step)) return undefined;
  const n = ctx.lessonNumber(p.lessonId!);
  if (p.kind === 'faq') return { markdown: qt('offer.lesson', { n, title: ctx.lessonTitle(p.lessonId!) }), open: { kind: 'lesson', lessonId: p.lessonId! } };
  return { markdown: qt('offer.step', { n, step: p.step }), open: { kind: 'step', lessonId: p.lessonId!, step: p.step! } };
}

/** Concepts whose fields `kubectl explain` documents, most specific first. */
const EXPLAIN_PATHS: [string, string][] = [
  ['sessionaffinity', 'service.spec.sessionAffinity'],
  ['externaltrafficpolicy', 'service.spec.externalTrafficPolicy'],
  ['externalname', 'service.spec.externalName'],
  ['nodeport', 'service.spec.ports.nodePort'],
  ['targetport', 'service.spec.ports.targetPort'],
  ['namedport', 'pod.spec.containers.ports.name'],
  ['clusterip', 'service.spec.clusterIP'],
  ['loadbalancer', 'service.status.loadBalancer'],
  ['readiness', 'pod.spec.containers.readinessProbe'],
  ['liveness', 'pod.spec.containers.livenessProbe'],
  ['probe', 'pod.spec.containers.readinessProbe'],
  ['ingressclass', 'ingressclass.spec'],
  ['tls', 'ingress.spec.tls'],
  ['ingress', 'ingress.spec.rules'],
  ['endpoints', 'endpoints.subsets'],
  ['selector', 'service.spec.selector'],
  ['label', 'pod.metadata.labels'],
  ['secret', 'secret.type'],
  ['replicationcontroller', 'rc.spec'],
  ['replicaset', 'replicaset.spec'],
  ['deployment', 'deployment.spec'],
  ['namespace', 'namespace'],
  ['env', 'pod.spec.containers.env'],
  ['port', 'service.spec.ports'],
  ['pod', 'pod.spec'],
  ['node', 'node.status.addresses'],
];

/** The `kubectl explain` path that documents what a question names (a Service's spec by default). */
export function explainPathFor(question: string): string {
  const named = new Set(concepts(question));
  return EXPLAIN_PATHS.find(([c]) => named.has(c))?.[1] ?? 'service.spec';
}

export const EXPLAIN_SUGGESTIONS = [...new Set([...EXPLAIN_PATHS.map(([, p]) => p), 'service.spec'])];
