// Label selectors: the string form kubectl accepts (`-l app=kubia,env!=x`, `app in (a,b)`,
// `!foo`), the map form of Services/RCs, and the LabelSelector of apps/v1 — all reduced to
// one list of requirements so matching is one function.
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';

export type Operator = '=' | '!=' | 'in' | 'notin' | 'exists' | '!';
export interface Requirement {
  key: string;
  op: Operator;
  values: string[];
}
export type Selector = Requirement[];

/** A malformed selector string; `message` is what apimachinery reports. */
export class SelectorError extends Error {}

/** Parses a selector string as `labels.Parse` does. The empty string selects everything. */
export function parseSelector(text: string): Selector {
  const out: Requirement[] = [];
  let i = 0;
  const s = text;
  const skipWs = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const readWord = (): string => {
    skipWs();
    const start = i;
    while (i < s.length && !/[\s,=!()]/.test(s[i])) i++;
    return s.slice(start, i);
  };
  skipWs();
  if (i >= s.length) return out;
  for (;;) {
    skipWs();
    let req: Requirement;
    if (s[i] === '!') {
      i++;
      const key = readWord();
      if (!key) throw new SelectorError(`unable to parse requirement: found '${s[i] ?? ''}', expected: identifier`);
      req = { key, op: '!', values: [] };
    } else {
      const key = readWord();
      if (!key) throw new SelectorError(`found '${s[i] ?? ''}', expected: !, identifier, or 'end of string'`);
      skipWs();
      if (i >= s.length || s[i] === ',') {
        req = { key, op: 'exists', values: [] };
      } else if (s.startsWith('!=', i)) {
        i += 2;
        req = { key, op: '!=', values: [readWord()] };
      } else if (s.startsWith('==', i)) {
        i += 2;
        req = { key, op: '=', values: [readWord()] };
      } else if (s[i] === '=') {
        i++;
        req = { key, op: '=', values: [readWord()] };
      } else {
        const word = readWord();
        const op = word === 'in' ? 'in' : word === 'notin' ? 'notin' : undefined;
        if (!op) throw new SelectorError(`unable to parse requirement: found '${word}', expected: in, notin, =, ==, !=, gt, lt`);
        skipWs();
        if (s[i] !== '(') throw new SelectorError(`found '${s[i] ?? ''}', expected: '('`);
        i++;
        const values: string[] = [];
        for (;;) {
          const v = readWord();
          skipWs();
          if (v) values.push(v);
          if (s[i] === ',') {
            i++;
            continue;
          }
          if (s[i] === ')') {
            i++;
            break;
          }
          throw new SelectorError(`found '${s[i] ?? 'end of string'}', expected: ',', or ')'`);
        }
        req = { key, op, values };
      }
    }
    for (const v of req.values) validateLabelValueForSelector(req.key, v);
    out.push(req);
    skipWs();
    if (i >= s.length) break;
    if (s[i] !== ',') throw new SelectorError(`found '${s[i]}', expected: ',' or 'end of string'`);
    i++;
  }
  return out;
}

function validateLabelValueForSelector(key: string, v: string): void {
  if (v.length > 63 || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(v)) {
    throw new SelectorError(
      `unable to parse requirement: values[0][${key}]: Invalid value: "${v}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    );
  }
}

/** `{app: kubia}` (Service, RC) → requirements. */
export function selectorFromMap(map: Readonly<Record<string, string>> | undefined): Selector {
  return Object.keys(map ?? {})
    .sort()
    .map((key) => ({ key, op: '=' as const, values: [map![key]] }));
}

/** apps/v1 LabelSelector → requirements (matchLabels and matchExpressions). */
export function selectorFromLabelSelector(ls: Readonly<LabelSelector> | undefined): Selector {
  const out = selectorFromMap(ls?.matchLabels);
  for (const e of ls?.matchExpressions ?? []) {
    const op: Operator = e.operator === 'In' ? 'in' : e.operator === 'NotIn' ? 'notin' : e.operator === 'Exists' ? 'exists' : '!';
    out.push({ key: e.key, op, values: [...(e.values ?? [])] });
  }
  return out;
}

export function matches(sel: Selector, labels: Readonly<Record<string, string>> | undefined): boolean {
  const l = labels ?? {};
  for (const r of sel) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case '=':
      case 'in':
        if (!has || !r.values.includes(v)) return false;
        break;
      case '!=':
      case 'notin':
        if (has && r.values.includes(v)) return false;
        break;
      case 'exists':
        if (!has) return false;
        break;
      case '!':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** `app=kubia,env!=x` — the canonical text form (kubectl's `-o wide` SELECTOR column uses map form). */
export function selectorToString(sel: Selector): string {
  return sel
    .map((r) => {
      switch (r.op) {
        case '=':
          return `${r.key}=${r.values[0]}`;
        case '!=':
          return `${r.key}!=${r.values[0]}`;
        case 'in':
          return `${r.key} in (${[...r.values].sort().join(',')})`;
        case 'notin':
          return `${r.key} notin (${[...r.values].sort().join(',')})`;
        case 'exists':
          return r.key;
        case '!':
          return `!${r.key}`;
      }
    })
    .join(',');
}

/** The `key=value` pairs an equality requirement pins down (used by the label index). */
export function equalityPairs(sel: Selector): string[] {
  return sel.filter((r) => r.op === '=' || (r.op === 'in' && r.values.length === 1)).map((r) => `${r.key}=${r.values[0]}`);
}
