// The API server refused a value with a rule a beginner has not met yet: a name with
// capitals, `_` or `.` (`kubectl expose … --name=kubia_http` gets "a DNS-1035 label must
// consist of lower case alphanumeric characters…"), a port past 65535, a node port outside
// 30000-32767. The message says the rule in plain words and, for a name, the nearest valid one.
import { invalidObject } from '../facts.js';
import type { Rule } from '../types.js';

/** The name rule of each validation message, as a phrase id. */
const NAME_RULES: [RegExp, string, (s: string) => string][] = [
  [/a DNS-1035 label must/, 'nameDns1035', (s) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '')],
  [/a lowercase RFC 1123 label must/, 'nameLabel', (s) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')],
  [/a lowercase RFC 1123 subdomain must/, 'nameSubdomain', (s) => s.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '')],
];

export const invalidValue: Rule = {
  meta: { id: 'invalid-value', description: 'The API server refused a name or port by a rule the learner may not know', messages: ['name', 'nameOnly', 'port', 'nodePort'] },
  check(ctx) {
    const refused = invalidObject(ctx.stderr);
    if (!refused) return undefined;
    const { kind, errors } = refused;
    const name = errors.map((e) => /^metadata\.name: Invalid value: "([^"]*)": (.*)/.exec(e)).find((m) => m);
    if (name) {
      const rule = NAME_RULES.find(([re]) => re.test(name[2]));
      if (!rule) return undefined;
      const suggest = rule[2](name[1]);
      const data = { kind, name: name[1], rulePhrase: rule[1], suggest };
      return suggest && suggest !== name[1] ? { message: 'name', data } : { message: 'nameOnly', data };
    }
    const port = errors.map((e) => /^([\w.[\]]+): Invalid value: (\d+): (must be between 1 and 65535, inclusive|provided port is not in the valid range)/.exec(e)).find((m) => m);
    if (port) return { message: port[3].startsWith('must') ? 'port' : 'nodePort', data: { kind, name: refused.name, field: port[1], value: port[2] } };
    return undefined;
  },
};
