// The API server could not decode a field because the manifest gives it the wrong shape —
// `json: cannot unmarshal number 80 into Go struct field IngressServiceBackend.spec.rules.
// http.paths.backend.service.port of type v1.ServiceBackendPort` (the book's old Ingress
// `servicePort: 80` carried into v1), a list written as one object, a selector written as
// `app=kubia`. The message names the field, what it takes (from the Go type in the error)
// and what the manifest gave it.
import type { Rule } from '../types.js';

/** What Go's JSON decoder says it found, as a phrase id. */
const GOT: Record<string, string> = { number: 'gotNumber', string: 'gotString', object: 'gotObject', array: 'gotList', bool: 'gotBool' };

/** The phrase for what a field of this Go type takes. */
function wanted(goType: string): string {
  if (goType.startsWith('[]')) return 'wantList';
  if (goType.startsWith('map[')) return 'wantMap';
  if (/^u?int(8|16|32|64)?$/.test(goType)) return 'wantNumber';
  if (goType === 'string') return 'wantString';
  if (goType === 'bool') return 'wantBool';
  if (goType === 'v1.ServiceBackendPort') return 'wantBackendPort';
  if (goType === 'intstr.IntOrString') return 'wantIntOrString';
  return 'wantObject';
}

export const fieldType: Rule = {
  meta: { id: 'field-type', description: 'A manifest gives a field a value of the wrong shape (number, text, list, object)', messages: ['field', 'value'] },
  check(ctx) {
    const m = /(\w+) in version "[^"]+" cannot be handled as a \w+: json: cannot unmarshal (number|string|object|array|bool)(?: (\S+))? into Go (?:struct field \w+\.([\w.]+)|value) of type (\S+)/.exec(ctx.stderr);
    if (!m) return undefined;
    const [, kind, got, value, field, goType] = m;
    const data = { wantPhrase: wanted(goType), gotPhrase: GOT[got], value: value ?? '', explain: [kind.toLowerCase(), field].filter(Boolean).join('.') };
    return field ? { message: 'field', data: { ...data, field } } : { message: 'value', data };
  },
};
