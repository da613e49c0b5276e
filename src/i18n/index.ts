// i18next for the tutor's own strings (locales/*/tutor.json) and the glossary
// (locales/*/glossary.json), initialised synchronously from JSON that esbuild bundles, so
// nothing waits on a file read. Lesson text carries both languages itself (see the schema).
import i18next, { type TFunction } from 'i18next';
import enTutor from '../../locales/en/tutor.json' with { type: 'json' };
import koTutor from '../../locales/ko/tutor.json' with { type: 'json' };
import enGlossary from '../../locales/en/glossary.json' with { type: 'json' };
import koGlossary from '../../locales/ko/glossary.json' with { type: 'json' };
import enConversation from '../../locales/en/conversation.json' with { type: 'json' };
import koConversation from '../../locales/ko/conversation.json' with { type: 'json' };
import enQuestions from '../../locales/en/questions.json' with { type: 'json' };
import koQuestions from '../../locales/ko/questions.json' with { type: 'json' };
import enDiagnosis from '../../locales/en/diagnosis.json' with { type: 'json' };
import koDiagnosis from '../../locales/ko/diagnosis.json' with { type: 'json' };
import enBudget from '../../locales/en/budget.json' with { type: 'json' };
import koBudget from '../../locales/ko/budget.json' with { type: 'json' };
import enCluster from '../../locales/en/cluster.json' with { type: 'json' };
import koCluster from '../../locales/ko/cluster.json' with { type: 'json' };
import enInstructor from '../../locales/en/instructor.json' with { type: 'json' };
import koInstructor from '../../locales/ko/instructor.json' with { type: 'json' };

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

export interface GlossaryEntry {
  /** Words that lead to this entry (matched case-insensitively in a question). */
  terms: string[];
  answer: string;
}

/** Areas with their own locale files join the tutor namespace under their area's key. */
export const resources = {
  en: { tutor: { ...enTutor, conversation: enConversation, budget: enBudget }, glossary: enGlossary, questions: enQuestions, diagnosis: enDiagnosis, instructor: enInstructor, cluster: enCluster },
  ko: { tutor: { ...koTutor, conversation: koConversation, budget: koBudget }, glossary: koGlossary, questions: koQuestions, diagnosis: koDiagnosis, instructor: koInstructor, cluster: koCluster },
} as const;

const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['tutor', 'questions', 'diagnosis', 'instructor', 'cluster'],
  defaultNS: 'tutor',
  resources: {
    en: { tutor: resources.en.tutor, questions: enQuestions, diagnosis: enDiagnosis, instructor: enInstructor, cluster: enCluster },
    ko: { tutor: resources.ko.tutor, questions: koQuestions, diagnosis: koDiagnosis, instructor: koInstructor, cluster: koCluster },
  },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The tutor's translate function for one language. */
export function tutorT(lang: Lang): TFunction {
  return instance.getFixedT(lang, 'tutor');
}

/** Strings of the answers to learners' questions (locales/{en,ko}/questions.json). */
export function questionsT(lang: Lang): TFunction {
  return instance.getFixedT(lang, 'questions');
}

/** The diagnosis library's and check sentences' strings (locales/{en,ko}/diagnosis.json). */
export function diagnosisT(lang: Lang): TFunction {
  return instance.getFixedT(lang, 'diagnosis');
}

/** Real-cluster mode's strings: the consent, skipped steps, `doctor` (locales/{en,ko}/cluster.json). */
export function clusterT(lang: Lang): TFunction {
  return instance.getFixedT(lang, 'cluster');
}

/** The instructor's tools' strings: export, class report, handout (locales/{en,ko}/instructor.json). */
export function instructorT(lang: Lang): TFunction {
  return instance.getFixedT(lang, 'instructor');
}

export function glossary(lang: Lang): Record<string, GlossaryEntry> {
  return resources[lang].glossary as Record<string, GlossaryEntry>;
}

export function isLang(v: unknown): v is Lang {
  return v === 'ko' || v === 'en';
}

/** `--lang` wins; else the first set of LC_ALL, LC_MESSAGES, LANG (ko… → Korean); else English. */
export function detectLanguage(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (isLang(flag)) return flag;
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko/i.test(v) ? 'ko' : 'en';
}
