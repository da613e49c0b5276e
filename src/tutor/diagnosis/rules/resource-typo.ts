// `kubectl get servcies`, `kubectl get endpoint kubia`: kubectl asked the server for a
// resource type that does not exist, and a served one is a letter or two away. The server's
// own error names the word; the tutor names the type that was meant.
import { KINDS } from '../../../cluster/api/kinds.js';
import { closest } from '../names.js';
import type { Rule } from '../types.js';

/** Every name kubectl accepts for a served type: plural, singular, short names. */
const RESOURCE_NAMES: readonly string[] = Object.values(KINDS).flatMap((k) => [k.resource, k.singular, ...k.shortNames.filter((s) => s.length > 2)]);

export const resourceTypo: Rule = {
  meta: { id: 'resource-typo', description: 'a resource type close to a served one does not exist', messages: ['near'] },
  check(ctx) {
    const m = /the server doesn't have a resource type "([^"]+)"/.exec(ctx.stderr);
    if (!m) return undefined;
    const near = closest(m[1], RESOURCE_NAMES);
    return near ? { message: 'near', data: { type: m[1], near } } : undefined;
  },
};
