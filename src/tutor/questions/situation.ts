// Questions about the learner's own last command ("why did my curl time out?", "왜 안 돼?").
// The answer starts from that command: what it was, how it ended and the error it printed,
// then the diagnosis library's word on it when it has one, else what the lessons say about that error.
import { questionsT, type Lang } from '../../i18n/index.js';

export interface LastCommand {
  input: string;
  exitCode: number;
  stderr: string;
  stdout: string;
}

/** The first line of the command's error output worth quoting. */
export function errorLine(last: LastCommand): string | undefined {
  const lines = `${last.stderr}\n${last.exitCode ? last.stdout : ''}`
    .split(/\r?\n|\r/)
    .map((l) => withoutProgressMeter(l).trim())
    .filter(Boolean);
  return lines.find((l) => /error|unable|refused|timed? ?out|failed|not found|denied|no such|could not|couldn't|invalid|unknown/i.test(l)) ?? lines[0];
}

/**
 * curl without `-s` draws its progress meter on stderr and prints its error right after the
 * meter's last row, on the same line (`…--:--:--     0curl: (7) Failed to connect…`): the
 * meter is not part of the error. Its header rows are dropped, and a row with `curl: (N)`
 * keeps only the error.
 */
function withoutProgressMeter(line: string): string {
  if (/^\s*% Total\s+% Received/.test(line) || /^\s*Dload\s+Upload\s+Total/.test(line)) return '';
  const at = line.search(/curl: \(\d+\)/);
  if (at > 0 && /^[\s\d.:kMG-]+$/.test(line.slice(0, at))) return line.slice(at);
  return line;
}

const shortInput = (input: string) => (input.length > 80 ? `${input.slice(0, 77)}...` : input);

/** The lead-in of a diagnosis: which command it is about. */
export function aboutLast(last: LastCommand, lang: Lang): string {
  return questionsT(lang)('situation.about', { input: shortInput(last.input) });
}

/** What the tutor says about the last command when no diagnosis names its mistake. */
export function describeLast(last: LastCommand | undefined, lang: Lang): string {
  const qt = questionsT(lang);
  if (!last) return qt('situation.none');
  const input = shortInput(last.input);
  if (last.exitCode === 0 && !last.stderr.trim()) return qt('situation.lastOk', { input });
  const line = errorLine(last);
  const said = line ? `\n\n${qt('situation.error', { line: line.length > 160 ? `${line.slice(0, 157)}...` : line })}` : '';
  return `${qt('situation.last', { input, code: last.exitCode })}${said}`;
}
