// A rule's finding in words: the template `rules.<rule>.<message>` of locales/*/diagnosis.json
// with the finding's values; a `kind` value is shown in the learner's language (서비스), and
// so is a `…Phrase` value (the name of a phrase under `phrase.`).
import { diagnosisT } from '../../i18n/index.js';
import type { Lang } from '../types.js';
import type { Diagnosis, Finding } from './types.js';

export function renderFinding(rule: string, f: Finding, lang: Lang): string {
  const t = diagnosisT(lang);
  const data: Record<string, unknown> = { ...f.data };
  if (typeof data.kind === 'string') data.kind = t(`kind.${data.kind}`);
  // A value named `…Phrase` is a phrase of the learner's language (`phrase.<value>`), with the same values.
  for (const [key, value] of Object.entries(data)) if (key.endsWith('Phrase') && typeof value === 'string') data[key] = t(`phrase.${value}`, f.data);
  return t(`rules.${rule}.${f.message}`, data) as string;
}

export function toDiagnosis(rule: string, f: Finding): Diagnosis {
  return { rule, message: { ko: renderFinding(rule, f, 'ko'), en: renderFinding(rule, f, 'en') } };
}
