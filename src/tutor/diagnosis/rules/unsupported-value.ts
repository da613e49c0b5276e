// `kubectl expose … --type=loadbalancer`, `sessionAffinity: clientIP`: the API server lists
// the values it accepts, and the learner's is one of them written another way (values are
// case-sensitive) or one or two letters off. kubectl's message lists them all; the tutor
// names the one that was meant.
import { closest } from '../names.js';
import type { Rule } from '../types.js';

export const unsupportedValue: Rule = {
  meta: { id: 'unsupported-value', description: 'A field value the API server does not accept, close to one it does', messages: ['case', 'near'] },
  check(ctx) {
    const m = /([\w.[\]]+): Unsupported value: "([^"]*)": supported values: ((?:"[^"]*"(?:, )?)+)/.exec(ctx.stderr);
    if (!m) return undefined;
    const supported = [...m[3].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
    const near = closest(m[2], supported);
    if (!near) return undefined;
    return { message: near.toLowerCase() === m[2].toLowerCase() ? 'case' : 'near', data: { field: m[1], value: m[2], near } };
  },
};
