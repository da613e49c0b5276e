// `echo "… kubia.example.com" > /etc/hosts`: a single `>` replaces the whole file (localhost
// included) instead of adding a line.
import type { Rule } from '../types.js';

export const hostsOverwritten: Rule = {
  meta: { id: 'hosts-overwritten', description: '/etc/hosts replaced with > instead of appended to with >>', messages: ['overwritten'] },
  check(ctx) {
    if (!/(^|[^>])>\s*\/etc\/hosts\b/.test(ctx.input) || ctx.exitCode !== 0) return undefined;
    return { message: 'overwritten', data: { fixed: ctx.input.replace(/(^|[^>])>(\s*\/etc\/hosts)/, '$1>>$2') } };
  },
};
