// Picking one language out of a lesson's bilingual text.
import type { Lang } from '../types.js';
import type { Text } from '../schema.js';

export function pick(text: Text | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.en || text.ko;
}
