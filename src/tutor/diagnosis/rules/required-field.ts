// The API server refused an object because a field it needs is missing — `The Ingress
// "kubia" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be
// specified` (networking.k8s.io/v1 made pathType required; the book's v1beta1 manifest has
// none). The message names the object, each missing field, and where to read about it.
import { KINDS } from '../../../cluster/api/kinds.js';
import { invalidObject } from '../facts.js';
import type { Rule } from '../types.js';

export const requiredField: Rule = {
  meta: { id: 'required-field', description: 'The API server refused an object: a field it needs is missing', messages: ['one', 'many'] },
  check(ctx) {
    const refused = invalidObject(ctx.stderr);
    if (!refused) return undefined;
    const missing = refused.errors.map((e) => /^([\w.[\]-]+): Required value/.exec(e)?.[1]);
    // Only when every error is a missing field: otherwise the message would leave out a mistake.
    if (missing.length === 0 || missing.some((f) => f === undefined)) return undefined;
    const { kind, name } = refused;
    const fields = missing as string[];
    const explain = `${KINDS[kind].resource}.${fields[0].replace(/\[\d+\]/g, '')}`;
    const data = { kind, name, field: fields[0], fields: fields.map((f) => `\`${f}\``).join(', '), explain };
    return { message: missing.length === 1 ? 'one' : 'many', data };
  },
};
