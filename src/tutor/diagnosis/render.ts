// A rule's finding in words: the template `rules.<rule>.<message>` of locales/*/diagnosis.json
// with the finding's values; a `kind` value is shown in the learner's language (서비스).
import { diagnosisT } from '../../i18n/index.js';
import type { Lang } from '../types.js';
import type { Diagnosis, Finding } from './types.js';

export function renderFinding(rule: string, f: Finding, lang: Lang): string {
  const t = diagnosisT(lang);
  const data: Record<string, unknown> = { ...f.data };
  if (typeof data.kind === 'string') data.kind = t(`kind.${data.kind}`);
  return t(`rules.${rule}.${f.message}`, data) as string;
}

export function toDiagnosis(rule: string, f: Finding): Diagnosis {
  return { rule, message: { ko: renderFinding(rule, f, 'ko'), en: renderFinding(rule, f, 'en') } };
}
