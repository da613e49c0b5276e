// Label selectors as kubectl's -l takes them (`app=kubia,tier!=db,env in (a,b),!legacy`),
// for checkpoint predicates. Returns undefined for a selector that doesn't parse.
export type LabelMatcher = (labels: Record<string, string> | undefined) => boolean;

export function parseSelector(text: string): LabelMatcher | undefined {
  const reqs: LabelMatcher[] = [];
  for (const raw of splitTopLevel(text)) {
    const part = raw.trim();
    if (!part) continue;
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(part))) {
      const [, k, op, v] = m;
      reqs.push(op === '!=' ? (l) => l?.[k] !== v : (l) => l?.[k] === v);
    } else if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part))) {
      const [, k, op, list] = m;
      const vals = list.split(',').map((s) => s.trim());
      reqs.push(op === 'in' ? (l) => l?.[k] !== undefined && vals.includes(l[k]) : (l) => l?.[k] === undefined || !vals.includes(l[k]));
    } else if ((m = /^!([\w./-]+)$/.exec(part))) {
      const k = m[1];
      reqs.push((l) => l?.[k] === undefined);
    } else if ((m = /^([\w./-]+)$/.exec(part))) {
      const k = m[1];
      reqs.push((l) => l?.[k] !== undefined);
    } else return undefined;
  }
  return (labels) => reqs.every((r) => r(labels));
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
