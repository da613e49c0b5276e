// Whether a line the learner typed is a question for the tutor rather than a shell line.
// A question starts or ends with a question mark (ASCII or full-width, as Korean keyboards
// type it) — but so do shell lines: `echo $?`, `ls ?.yaml`, `kubectl get svc kubia?`. A line
// that reads as a command (complete shell syntax, first word a command or builtin) stays a
// shell line; natural language around it makes it a question again: Hangul outside quotes
// ("kubectl이 뭐야?"), or an English word that is also a command used without any shell
// syntax ("which port does it use?", "help?").
import { isIncomplete } from '../../shell/grammar.js';
import { KNOWN_COMMANDS } from './known-commands.js';

/** Commands that are also everyday English words: without shell syntax they start a sentence. */
const ENGLISH_WORDS = new Set([
  'which', 'time', 'help', 'test', 'kill', 'sort', 'find', 'join', 'split', 'file', 'head', 'tail', 'touch', 'host',
  'expand', 'history', 'clear', 'true', 'false', 'read', 'type', 'set', 'source', 'date', 'sleep', 'cut', 'diff',
  'tree', 'paste', 'fold', 'strings', 'column', 'comm', 'stat', 'split', 'file', 'timeout', 'exit', 'export', 'local',
]);

/** Signs of shell syntax: expansions, flags, paths, operators, quotes, assignments, globs. */
const SHELL_SYNTAX = /[$`'"|&;<>()*=\\/[\]{}]|(^|\s)--?\w/;

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

export function isQuestion(line: string): boolean {
  const s = line.trim();
  if (/^[?？]/.test(s)) return true;
  if (!/[?？]$/.test(s)) return false;
  return !isShellLine(s);
}

/** A line ending in `?` that a shell user meant as a command. */
function isShellLine(s: string): boolean {
  if (s.includes('？') || isIncomplete(s)) return false;
  const first = /^[^\s;|&<>()]+/.exec(s)?.[0] ?? '';
  const prose = s.replace(/'[^']*'|"[^"]*"/g, '');
  const name = first.slice(first.lastIndexOf('/') + 1);
  // Korean words outside quotes make a sentence, even one that starts with a path
  // ("/etc/hosts 파일은 어떻게 수정해요?"); echo and printf print them.
  if (HANGUL.test(prose) && name !== 'echo' && name !== 'printf') return false;
  // `A=1 cmd …` and `./script` are shell lines whatever follows.
  if (/^[A-Za-z_]\w*=/.test(first) || first.startsWith('./') || first.startsWith('/')) return true;
  if (!KNOWN_COMMANDS.has(first)) return false;
  if (ENGLISH_WORDS.has(first) && !SHELL_SYNTAX.test(s.slice(first.length))) return false;
  return true;
}
