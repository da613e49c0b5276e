// Ranking passages for a question: MiniSearch's BM25+ over our own terms (see terms.ts),
// subject words weighted above body text, FAQ and glossary above lesson paragraphs, and the
// learner's current lesson and step above the rest. A confidence in [0, 1] says how much of
// the question the best passage covers, weighted by how rare each word is in the corpus.
import MiniSearch from 'minisearch';
import type { Passage, PassageKind } from './corpus.js';
import { SYNONYMS, terms, words, type Word } from './terms.js';

const SYNONYM_CONCEPTS = new Set(Object.keys(SYNONYMS));
/** A word used by this many passages or fewer is rare enough to name a subject. */
const RARE = 8;

export interface Where {
  lessonId?: string;
  /** 1-based step number. */
  step?: number;
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Share of the question's (rarity-weighted) terms the passage contains. */
  coverage: number;
}

// FAQ and glossary entries are written as answers; a step or quiz that shares words with a
// question is usually context around the answer, not the answer (chosen on the tuning set and
// the first held-out set; the second held-out set was not used).
const KIND_BOOST: Record<PassageKind, number> = { faq: 2.6, glossary: 2.4, explanation: 1.1, quiz: 1.1, step: 1, doc: 0.9 };
const CONCEPT_BOOST = 1.5;
const PREDICATE_BOOST = 0.4;
const FIELD_BOOST = { keywords: 4, label: 1.5, text: 1, extra: 0.5 };

export class PassageIndex {
  private readonly search: MiniSearch<Passage>;
  private readonly byId = new Map<string, Passage>();
  private readonly termSets = new Map<string, Set<string>>();
  private readonly df = new Map<string, number>();

  constructor(readonly passages: Passage[]) {
    // Each field's text is read once; the index and the per-passage term sets share the result.
    const cache = new Map<string, string[]>();
    const read = (text: string) => {
      let t = cache.get(text);
      if (!t) cache.set(text, (t = terms(text)));
      return t;
    };
    this.search = new MiniSearch<Passage>({
      fields: ['keywords', 'label', 'text', 'extra'],
      storeFields: [],
      // A subject word said twice is still one subject: keyword lists count each term once.
      tokenize: (text, field) => (field === 'keywords' ? [...new Set(read(text))] : read(text)),
      processTerm: (t) => t,
    });
    this.search.addAll(passages);
    for (const p of passages) {
      this.byId.set(p.id, p);
      const set = new Set([p.keywords, p.label, p.text, p.extra].flatMap(read));
      this.termSets.set(p.id, set);
      for (const t of set) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
  }

  get(id: string): Passage | undefined {
    return this.byId.get(id);
  }

  has(passageId: string, term: string): boolean {
    return this.termSets.get(passageId)?.has(term) ?? false;
  }

  private get unknownWeight(): number {
    return 1.5 * Math.log(1 + this.passages.length);
  }

  /**
   * Whether a passage shares the question's subject: a concept the question names, or one
   * of its rarer words (used by at most a few passages), found whole — not just a common word.
   */
  sharesSubject(question: string, id: string): boolean {
    return words(question).some((w) => !w.predicate && this.has(id, w.term) && (SYNONYM_CONCEPTS.has(w.term) || (this.df.get(w.term) ?? 0) <= RARE));
  }

  /** How rare a term is here (log-scaled inverse document frequency); 0 for a word never used. */
  idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return df ? Math.log(1 + this.passages.length / df) : 0;
  }

  /**
   * Ranks the passages for a question. `definition` favours glossary entries (for "what is
   * X?"); `only` keeps the passages it accepts.
   */
  query(question: string, where: Where = {}, limit = 10, only?: (p: Passage) => boolean, definition = false): Hit[] {
    const qWords = words(question);
    const qTerms = [...new Set(qWords.flatMap((w) => [w.term, ...w.grams]))];
    if (qTerms.length === 0) return [];
    // A concept names the subject; a predicate (써야, 필요해) only says what is asked about it.
    const termBoost = new Map<string, number>();
    for (const w of qWords) {
      const b = SYNONYM_CONCEPTS.has(w.term) ? CONCEPT_BOOST : w.predicate ? PREDICATE_BOOST : 1;
      for (const t of [w.term, ...w.grams]) termBoost.set(t, Math.max(termBoost.get(t) ?? 0, b));
    }
    const results = this.search.search(qTerms.join(' '), {
      boost: FIELD_BOOST,
      combineWith: 'OR',
      // Typos in English words of five letters or more (readines, endpiont); Korean terms are
      // already forgiving through their bigrams.
      fuzzy: (t) => (/^[a-z]{5,}$/.test(t) ? 0.2 : false),
      weights: { fuzzy: 0.6, prefix: 0.3 },
      boostTerm: (t) => termBoost.get(t) ?? 1,
      filter: only ? (r) => only(this.byId.get(r.id)!) : undefined,
      boostDocument: (id) => {
        const p = this.byId.get(id);
        if (!p) return 1;
        let b = KIND_BOOST[p.kind] * (definition && p.kind === 'glossary' ? 1.5 : 1);
        if (where.lessonId && p.lessonId === where.lessonId) b *= p.step !== undefined && p.step === where.step ? 2 : 1.6;
        return b;
      },
    });
    // BM25 finds the candidates; among them, the passage covering more of the question wins.
    return results
      .slice(0, Math.max(limit, 20))
      .map((r) => ({ passage: this.byId.get(r.id)!, score: r.score, coverage: this.coverage(qWords, r.id, new Set([...r.terms, ...r.queryTerms])) }))
      .map((h) => ({ h, rank: h.score * (0.2 + h.coverage) ** 2 }))
      .sort((a, b) => b.rank - a.rank)
      .slice(0, limit)
      .map((x) => x.h);
  }

  /**
   * The rarity-weighted share of the question's words found in a passage. A Korean word not
   * found whole counts by the share of its bigrams found. A word the lessons never use counts
   * as much as the rarest word: a question about the weather must not look answered because
   * it also says "like".
   */
  private coverage(qWords: Word[], id: string, matched: Set<string>): number {
    let total = 0;
    let covered = 0;
    const seen = new Set<string>();
    // Found as written counts whole; found only through a typo (fuzzy) counts half.
    const found = (t: string) => (this.has(id, t) ? 1 : matched.has(t) ? 0.5 : 0);
    for (const w of qWords) {
      if (seen.has(w.term)) continue;
      seen.add(w.term);
      const weight = (this.idf(w.term) || this.unknownWeight) * (w.predicate ? 0.5 : 1);
      total += weight;
      const whole = found(w.term);
      if (whole) covered += weight * whole;
      // Part of a word found inside longer words: a noun's parts say more than a verb's (정하 ⊂ 가정하자).
      else if (w.grams.length) covered += (weight * (w.predicate ? 0.5 : 1) * w.grams.reduce((s, g) => s + found(g), 0)) / w.grams.length;
    }
    return total ? covered / total : 0;
  }
}
