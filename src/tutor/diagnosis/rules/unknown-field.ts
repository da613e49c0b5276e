// The API server's strict decoding rejects a field it doesn't know —
// `unknown field "spec.externTrafficPolicy"` — and the real name is usually one or two
// letters away, or shares a long start with it (`publishNotReadyEndpoints` for
// `publishNotReadyAddresses`). The field names come from the simulated API server's own
// schema. A real field one level too deep is an indentation mistake; with nothing close,
// `kubectl explain` on the parent lists what may go there.
import { SCHEMAS, type Schema } from '../../../cluster/api/schema.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

function fieldsAt(root: Schema, path: string[]): string[] {
  let s: Schema | undefined = root;
  for (const seg of path) {
    while (s && (s.t === 'arr' || s.t === 'map')) s = s.of;
    if (!s || s.t !== 'obj') return [];
    s = s.fields[seg];
  }
  while (s && (s.t === 'arr' || s.t === 'map')) s = s.of;
  return s && s.t === 'obj' ? Object.keys(s.fields) : [];
}

export const unknownField: Rule = {
  meta: { id: 'unknown-field', description: 'Strict decoding rejected a field the schema does not have', messages: ['near', 'explain', 'misplaced'] },
  check(ctx) {
    const m = /(\w+) in version "[^"]+" cannot be handled as a \w+: strict decoding error: unknown field "([^"]+)"/.exec(ctx.stderr);
    if (!m || !SCHEMAS[m[1]]) return undefined;
    const segs = m[2].replace(/\[\d+\]/g, '').split('.');
    const leaf = segs.pop()!;
    const known = fieldsAt(SCHEMAS[m[1]], segs);
    const near = closest(leaf, known) ?? sameStart(leaf, known);
    const parent = segs.join('.');
    // A real field written one level too deep (`sessionAffinity` indented into a `ports` entry).
    for (let up = segs.length - 1; !near && up >= 0; up--) {
      if (fieldsAt(SCHEMAS[m[1]], segs.slice(0, up)).includes(leaf)) {
        const at = m[2].slice(0, m[2].length - leaf.length - 1);
        return { message: 'misplaced', data: { field: leaf, at, under: up ? segs.slice(0, up).join('.') : m[1] } };
      }
    }
    if (!near) return { message: 'explain', data: { field: m[2], explain: [m[1].toLowerCase(), ...segs].join('.') } };
    return { message: 'near', data: { field: m[2], near: parent ? `${parent}.${near}` : near, kind: m[1] } };
  },
};

/** The one known field that starts with the same 8 or more characters as the unknown one. */
function sameStart(leaf: string, known: string[]): string | undefined {
  const common = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const best = known.filter((k) => common(k, leaf) >= 8);
  return best.length === 1 ? best[0] : undefined;
}
