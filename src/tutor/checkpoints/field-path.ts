// The field-path syntax lessons use to point into an object:
//   spec.ports[0].port   spec.ports[name=http].targetPort   metadata.labels.app
//   metadata.labels["app.kubernetes.io/name"]   metadata.annotations['x']
export type Segment = { key: string } | { index: number } | { where: string; equals: string };

export function parseFieldPath(path: string): Segment[] | { error: string } {
  const segs: Segment[] = [];
  let i = 0;
  const err = (m: string) => ({ error: `bad field path "${path}": ${m}` });
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      if (i === 0 || path[i - 1] === '.') return err('empty segment');
      i++;
      continue;
    }
    if (c === '[') {
      const close = path.indexOf(']', i);
      if (close < 0) return err('missing "]"');
      const inner = path.slice(i + 1, close).trim();
      i = close + 1;
      const quoted = /^(["'])(.*)\1$/.exec(inner);
      if (quoted) segs.push({ key: quoted[2] });
      else if (/^\d+$/.test(inner)) segs.push({ index: Number(inner) });
      else if (/^[^=]+=.*$/.test(inner)) {
        const eq = inner.indexOf('=');
        segs.push({ where: inner.slice(0, eq).trim(), equals: inner.slice(eq + 1).trim().replace(/^(["'])(.*)\1$/, '$2') });
      } else return err(`"[${inner}]" is not an index, a "key=value" filter or a quoted key`);
      continue;
    }
    let j = i;
    while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
    segs.push({ key: path.slice(i, j) });
    i = j;
  }
  if (path.endsWith('.')) return err('empty segment');
  if (segs.length === 0) return err('empty path');
  return segs;
}

/** The value at the path, or undefined when any step is missing. */
export function getField(obj: unknown, segs: Segment[]): unknown {
  let cur: any = obj;
  for (const s of segs) {
    if (cur === null || cur === undefined) return undefined;
    if ('key' in s) cur = typeof cur === 'object' ? cur[s.key] : undefined;
    else if ('index' in s) cur = Array.isArray(cur) ? cur[s.index] : undefined;
    else cur = Array.isArray(cur) ? cur.find((el) => el && typeof el === 'object' && looseEquals(el[s.where], s.equals)) : undefined;
  }
  return cur;
}

/** Equality as authors mean it: 8080 equals "8080" (targetPort), objects compare by content. */
export function looseEquals(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;
  if (actual === undefined || expected === undefined) return false;
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (scalar(actual) && scalar(expected)) return String(actual) === String(expected);
  if (typeof actual === 'object' && typeof expected === 'object' && actual && expected) {
    return JSON.stringify(sortKeys(actual)) === JSON.stringify(sortKeys(expected));
  }
  return false;
}

function sortKeys(v: any): any {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}
