// Questions answered from what the lessons teach. This module is loaded on the first
// question (a dynamic import), so start-up never pays for the search library, the taught
// document or the index; the index of a language is built once, when first asked.
import type { Lang } from '../../i18n/index.js';
import documentPassages from './data/document.ko.json' with { type: 'json' };
import { Asker } from './ask.js';
import { buildCorpus, type CorpusLesson } from './corpus.js';
import type { DocumentPassage } from './document.js';
import { PassageIndex } from './search.js';

export { stateAnswer } from './cluster-state.js';
export { Asker, isAboutOwnSituation, isComparison, type Reply } from './ask.js';
export type { Passage } from './corpus.js';
export type { Hit, Where } from './search.js';
export { renderReply, type RenderContext, type Rendered } from './render.js';

export function createAsker(lessons: CorpusLesson[], lang: Lang): Asker {
  return new Asker(new PassageIndex(buildCorpus(lessons, lang, documentPassages as DocumentPassage[])), lang);
}
