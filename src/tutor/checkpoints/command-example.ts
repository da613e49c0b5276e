// A lesson's `inputMatches` pattern turned back into one command a learner can type:
// `kubectl\s+get\s+(ep|endpoints)(\s+|/)external-service` → `kubectl get endpoints
// external-service`. Only simple patterns are read (words, `\s+`, alternatives, optional
// parts, `.*`); the example is kept only if it starts with a command the shells know and the
// pattern itself accepts it, so the tutor never names a command the check would refuse.
import { safeRegex } from './evaluate.js';
import { KNOWN_COMMANDS } from '../questions/known-commands.js';

export function commandExample(pattern: string): string | undefined {
  let s = pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\\b/g, '');
  // Optional groups are left out; an optional letter is kept (`pods?` → `pods`).
  s = s.replace(/\((?:\?:)?[^()]*\)\?/g, '');
  s = s.replace(/(\\?.)\?/g, '$1');
  // Alternatives: the longest spelled-out one (`(ep|endpoints)` → `endpoints`, `(\s+|/)` → ` `).
  s = s.replace(/\((?:\?:)?([^()]*)\)/g, (_, alts: string) => {
    const words = alts.split('|');
    if (words.some((w) => /^\\s[+*]?$/.test(w))) return ' ';
    const spelled = words.filter((w) => !/\\s/.test(w));
    return (spelled.length ? spelled : words).sort((a, b) => b.length - a.length)[0].replace(/\\s[+*]?/g, ' ');
  });
  s = s.replace(/(?<!\\)\.[*+]/g, ' ');
  s = s.replace(/\\s\+/g, ' ').replace(/\\s\*/g, ' ').replace(/\\s/g, ' ');
  s = s.replace(/\\([.\-/:=])/g, '$1');
  if (/[\\[\]()*+?{}|^$]/.test(s)) return undefined;
  const example = s.replace(/\s+/g, ' ').trim();
  const command = example.split(' ')[0];
  return KNOWN_COMMANDS.has(command) && safeRegex(pattern)?.test(example) ? example : undefined;
}
