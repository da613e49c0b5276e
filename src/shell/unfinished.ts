// A line that is not finished (an open quote, `$(`, `if` without `fi`, a trailing `|`, a
// heredoc without its delimiter, a trailing `\`). The interactive front end asks for more
// lines before it runs one (`> `); a scripted line (`kubetour shell -c`, a lesson's commands,
// the fuzzer) runs as bash runs a script that ends there. It must never run as it stands:
// the session adds its own line after the learner's, which an open construct would take in
// (printing the simulation's own command, or running it inside the learner's `if`).
import { waitingFor } from './grammar.js';

/** How to run an unfinished line: bash's error instead of running, or the text bash would run. */
export type Unfinished = { error: string } | { run: string; warning?: string };

/** What bash does with `line` when the input ends there; undefined for a finished line. */
export function unfinishedLine(line: string): Unfinished | undefined {
  const found = waitingFor(line);
  if (!found) return undefined;
  const { waiting, start } = found;
  const first = line.slice(0, start).split('\n').length;
  const last = line.split('\n').length;
  if ('quote' in waiting) return { error: `bash: line ${first}: unexpected EOF while looking for matching \`${waiting.quote}'\n` };
  if ('close' in waiting) return { error: `bash: line ${first}: unexpected EOF while looking for matching \`${waiting.close}'\n` };
  // A backslash at the very end of a script is a character of its own.
  if ('backslash' in waiting) return { run: `${line}\\` };
  if ('heredoc' in waiting) {
    const at = first + waiting.line - 1;
    return { run: `${line}\n${waiting.heredoc}`, warning: `bash: line ${last}: warning: here-document at line ${at} delimited by end-of-file (wanted \`${waiting.heredoc}')\n` };
  }
  return { error: `bash: line ${last + 1}: syntax error: unexpected end of file\n` };
}
