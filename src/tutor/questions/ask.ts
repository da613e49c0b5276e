// What a learner's question asks for, and the passages that answer it: one passage, two
// passages side by side for a comparison ("NodePort랑 LoadBalancer 차이", "difference between
// A and B"), the three nearest topics when nothing answers it well enough, or — for a question
// about the learner's own last command ("why did my curl time out?", "왜 안 돼?") — a diagnosis,
// which the caller makes.
import type { Lang } from '../../i18n/index.js';
import type { Passage } from './corpus.js';
import type { Hit, PassageIndex, Where } from './search.js';
import { concepts } from './terms.js';

/** What the passages say: one answer, a comparison, or not sure. */
export type Found =
  | { kind: 'answer'; hit: Hit; more: Hit[] }
  | { kind: 'compare'; concepts: [string, string]; parts: [Hit, Hit] }
  | { kind: 'unsure'; nearest: Hit[] };

/** A question about the learner's own last command also carries what the passages say. */
export type Reply = Found | { kind: 'situation'; fallback: Found };

/** Below this share of the question found in the best passage, the tutor says it isn't sure. */
export const MIN_COVERAGE = 0.32;
/** A topic listed as "nearest" must still cover this much of the question. */
export const MIN_NEAREST = 0.15;

const COMPARE = [
  /차이|다른\s*점|다른점|뭐가\s*달라|뭐가\s*다르|어떻게\s*달라|어떻게\s*다르|다른가요|다른지|다르죠|다릅니까|비교|중에\s*뭘|중\s*어느/,
  /\b(difference|differences|differ|vs\.?|versus|compar\w*|distinguish)\b|\bdifferent\s+(from|than|between)\b|\bhow\s+(is|are|do|does)\b.*\bdifferent\b|\bor\b.*\bwhich\b|\bwhich\b.*\bor\b/i,
];

/** Concepts too general to be one side of a comparison when two specific ones are named. */
const GENERIC = new Set(['probe', 'port', 'service', 'pod', 'external', 'internal', 'host', 'path', 'yaml', 'range', 'exec', 'curl', 'expose']);

const SITUATION = [
  // "why did my curl time out", "why doesn't it work", "what did I do wrong"
  /\b(my|mine|i|i'm|i've)\b[^?]*\b(fail\w*|error\w*|timed?\s*out|time\s*out|refused|hang\w*|stuck|wrong|broke\w*|not\s+work\w*|doesn'?t\s+work|didn'?t\s+work|won'?t|can'?t|cannot)\b/i,
  /\bwhy\s+(did|does|do|is|was|won'?t|doesn'?t|didn'?t|isn'?t|can'?t)\s+(it|this|that|my|the\s+(last\s+)?command)\b/i,
  /\bwhat('?s|\s+is|\s+went)\s+wrong\b/i,
  // "왜 안 돼", "내 curl이 왜 멈춰", "방금 명령이 실패했어"
  /(왜|어째서)[^?]*(안\s*돼|안\s*되|안\s*나|안\s*떠|안\s*보|실패|에러|오류|멈춰|멈췄|멈추|타임아웃|시간\s*초과|응답이\s*없|거부|막혀|틀렸|떴|나왔|나와|뜨)/,
  /(내|제|방금|아까)\s*[^?]*(안\s*돼|안\s*되|실패|에러|오류|멈춰|멈췄|타임아웃|틀렸|잘못)/,
  /뭐가\s*(잘못|틀렸|문제)/,
  // A bare "why?" / "왜요?" right after a line asks about that line.
  /^\s*(why|how\s+come|왜|왜요|왜지|어째서)\s*[?？!]*\s*$/i,
  /\bwhat\s+(just\s+)?happened\b/i,
  /(무슨\s*일|어떻게\s*된\s*거)/,
];

const DEFINITION = [/어떻게\s*(동작|작동|돌아가|일해|일하)/, /\bhow\s+(does|do)\b.*\bwork\b/i, /(이|가|은|는)?\s*(뭐야|뭐예요|뭔가요|뭐지|뭐에요|무엇인가요|무엇이야|무엇|란)\s*[?？]?\s*$/, /^\s*(what('?s|\s+is|\s+are)|define|meaning\s+of)\b/i];

/** "X가 뭐야?", "what is X?": a question a glossary entry answers best. */
export function isDefinition(question: string): boolean {
  return DEFINITION.some((re) => re.test(question.trim()));
}

export function isComparison(question: string): boolean {
  return COMPARE.some((re) => re.test(question));
}

export function isAboutOwnSituation(question: string): boolean {
  return SITUATION.some((re) => re.test(question));
}

/** The two things a comparison names, or undefined when it names fewer. */
export function comparedConcepts(question: string): [string, string] | undefined {
  const all = concepts(question);
  const specific = all.filter((c) => !GENERIC.has(c));
  // "라이브니스 프로브랑 뭐가 달라?" names one thing: it is no pair with the generic "probe".
  const pick = specific.length >= 2 ? specific : specific.length === 0 ? all : [];
  return pick.length >= 2 ? [pick[0], pick[1]] : undefined;
}

export class Asker {
  constructor(
    readonly index: PassageIndex,
    readonly lang: Lang,
  ) {}

  ask(question: string, where: Where = {}): Reply {
    const reply = this.lookUp(question, where);
    return isAboutOwnSituation(question) ? { kind: 'situation', fallback: reply } : reply;
  }

  private lookUp(question: string, where: Where): Found {
    const hits = this.index.query(question, where, 10, undefined, isDefinition(question));
    const pair = isComparison(question) ? comparedConcepts(question) : undefined;
    if (pair) {
      // A passage that already compares the two (an FAQ on liveness vs readiness) is the answer.
      const both = hits.slice(0, 3).find((h) => (h.passage.kind === 'faq' || h.passage.kind === 'glossary') && pair.every((c) => conceptsOf(`${h.passage.keywords} ${h.passage.label}`).includes(c)));
      if (both) return { kind: 'answer', hit: both, more: hits.filter((h) => h !== both) };
      const a = this.about(pair[0], question, where);
      const b = this.about(pair[1], question, where);
      if (a && b && a.passage.id !== b.passage.id) return { kind: 'compare', concepts: pair, parts: [a, b] };
    }
    const best = hits[0];
    // Nearest topics that share almost nothing with the question would only mislead.
    if (!best || best.coverage < MIN_COVERAGE) {
      return { kind: 'unsure', nearest: distinct(hits.filter((h) => h.coverage >= MIN_NEAREST && this.index.sharesSubject(question, h.passage.id))).slice(0, 3) };
    }
    return { kind: 'answer', hit: best, more: hits.slice(1) };
  }

  /** The passage that best says what one concept is: a glossary or FAQ entry naming it first. */
  private about(concept: string, question: string, where: Where): Hit | undefined {
    const named = (p: Passage) => (p.kind === 'glossary' || p.kind === 'faq') && this.index.has(p.id, concept) && conceptsOf(p.keywords).includes(concept);
    const defining = this.index.query(concept, where, 5, (p) => named(p) && p.kind === 'glossary');
    if (defining[0]) return defining[0];
    const faq = this.index.query(`${concept} ${question}`, where, 5, named);
    return faq[0] ?? this.index.query(concept, where, 1)[0];
  }
}

function conceptsOf(text: string): string[] {
  return concepts(text);
}

/** Hits with different labels, so the list of nearest topics never repeats itself. */
function distinct(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = h.passage.label.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
