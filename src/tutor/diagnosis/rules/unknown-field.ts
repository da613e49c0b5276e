// The API server's strict decoding rejects a field it doesn't know —
// `unknown field "spec.externTrafficPolicy"` — and the real name is usually one or two
// letters away. The field names come from the simulated API server's own schema.
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
  meta: { id: 'unknown-field', description: 'Strict decoding rejected a field close to a real one', messages: ['near'] },
  check(ctx) {
    const m = /(\w+) in version "[^"]+" cannot be handled as a \w+: strict decoding error: unknown field "([^"]+)"/.exec(ctx.stderr);
    if (!m || !SCHEMAS[m[1]]) return undefined;
    const segs = m[2].replace(/\[\d+\]/g, '').split('.');
    const leaf = segs.pop()!;
    const near = closest(leaf, fieldsAt(SCHEMAS[m[1]], segs));
    if (!near) return undefined;
    const parent = segs.join('.');
    return { message: 'near', data: { field: m[2], near: parent ? `${parent}.${near}` : near, kind: m[1] } };
  },
};
