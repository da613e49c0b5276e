// Label and selector rendering shared by tables and describe (apimachinery labels.FormatLabels,
// metav1.FormatLabelSelector), plus the tiny selector matcher describe needs to find pods.
import type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1.js';

/** Go's sort.Strings order (byte order, which equals UTF-16 order for the ASCII keys we see). */
export const byteCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `labels.FormatLabels`: `a=1,b=2` sorted by key, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined | null): string {
  const keys = Object.keys(labels ?? {}).sort(byteCompare);
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

function requirementString(r: LabelSelectorRequirement): string {
  const values = [...(r.values ?? [])].sort(byteCompare);
  switch (r.operator) {
    case 'In':
      return `${r.key} in (${values.join(',')})`;
    case 'NotIn':
      return `${r.key} notin (${values.join(',')})`;
    case 'Exists':
      return r.key;
    case 'DoesNotExist':
      return `!${r.key}`;
    default:
      return `${r.key} ${r.operator} (${values.join(',')})`;
  }
}

/** `labels.Selector.String()` of a LabelSelector: requirements sorted by key; '' matches everything. */
export function selectorString(sel: LabelSelector | undefined | null): string {
  if (!sel) return '';
  const reqs: { key: string; text: string }[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` });
  for (const r of sel.matchExpressions ?? []) reqs.push({ key: r.key, text: requirementString(r) });
  reqs.sort((a, b) => byteCompare(a.key, b.key));
  return reqs.map((r) => r.text).join(',');
}

/** `metav1.FormatLabelSelector`: like selectorString, `<none>` when empty. */
export function formatLabelSelector(sel: LabelSelector | undefined | null): string {
  return selectorString(sel) || '<none>';
}

/** Does a label set match a map selector (RC, Service) or a LabelSelector (RS, Deployment)? */
export function matchesSelector(labels: Record<string, string> | undefined, sel: Record<string, string> | LabelSelector | undefined | null): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  const isLabelSelector = 'matchLabels' in sel || 'matchExpressions' in sel;
  if (!isLabelSelector) {
    const m = sel as Record<string, string>;
    const keys = Object.keys(m);
    return keys.length > 0 && keys.every((k) => l[k] === m[k]);
  }
  const s = sel as LabelSelector;
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const r of s.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const vals = r.values ?? [];
    if (r.operator === 'In' && !(has && vals.includes(l[r.key]))) return false;
    if (r.operator === 'NotIn' && has && vals.includes(l[r.key])) return false;
    if (r.operator === 'Exists' && !has) return false;
    if (r.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
