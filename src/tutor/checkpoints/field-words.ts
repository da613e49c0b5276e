// A check's field path in words, for the learner: `spec.ports[0].targetPort` reads as "the
// first port's `targetPort`", `spec.template.spec.containers[0].readinessProbe.exec.command[1]`
// as "the second command argument of the readiness probe of the first container of the pod
// template". The last key stays as written in YAML (it is what the learner types), in plain
// text (a check's id is often the same word, and ids never reach the learner in backticks);
// the way to it is said with nouns, ordinals and names. Keys that only nest (`spec`, `status`, `exec`, `http`) are left out.
import { diagnosisT } from '../../i18n/index.js';
import type { Lang } from '../types.js';
import { parseFieldPath, type Segment } from './field-path.js';

const NESTING = new Set(['spec', 'status', 'exec', 'http', 'httpGet', 'tcpSocket']);
/** Maps whose keys are label names: `selector.app` is "the selector's label `app`". */
const LABEL_MAPS = new Set(['selector', 'labels', 'matchLabels']);

export function fieldInWords(path: string, lang: Lang): string {
  const segs = parseFieldPath(path);
  if ('error' in segs) return `\`${path}\``;
  const words = (key: string, vars: Record<string, unknown> = {}) => diagnosisT(lang)(`fieldWords.${key}`, vars) as string;
  const noun = (key: string) => {
    const known = words(`noun.${key}`);
    return known === `fieldWords.noun.${key}` || known === `noun.${key}` ? key : known;
  };
  const ordinal = (i: number) => (i < 5 ? words(`ordinal.${i + 1}`) : words('ordinal.n', { n: i + 1 }));
  const parts: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const next: Segment | undefined = segs[i + 1];
    if (!('key' in s)) continue; // indexes and filters are said with the key before them
    const last = i === segs.length - 1;
    const prev = segs[i - 1];
    if (prev && 'key' in prev && LABEL_MAPS.has(prev.key)) {
      parts.push(words('label', { key: s.key }));
      continue;
    }
    if (next && 'index' in next) parts.push(words('nth', { ord: ordinal(next.index), noun: noun(s.key) }));
    else if (next && 'where' in next) parts.push(words('named', { value: next.equals, noun: noun(s.key) }));
    else if (last) parts.push(LABEL_MAPS.has(s.key) ? noun(s.key) : s.key);
    else if (!NESTING.has(s.key)) parts.push(noun(s.key));
  }
  if (parts.length === 0) return `\`${path}\``;
  return parts.reduce((owner, part) => words('of', { owner, part }));
}
