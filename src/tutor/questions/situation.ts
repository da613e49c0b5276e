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
  const lines = `${last.stderr}\n${last.exitCode ? last.stdout : ''}`.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /error|unable|refused|timed? ?out|failed|not found|denied|no such|could not|couldn't|invalid|unknown/i.test(l)) ?? lines[0];
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
