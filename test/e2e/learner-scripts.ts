// What two kinds of learner type through a lesson, as `kubetour play` scripts: one who types
// every solution, and one who first makes a beginner's mistakes (a typo, a wrong port, a
// known-wrong attempt, a wrong quiz answer), asks for a hint and a question, and starts the
// step over with /reset before solving it.
import type { Lang } from '../../src/tutor/index.js';
import type { Lesson, Step } from '../../src/tutor/schema.js';

type Exercise = Extract<Step, { type: 'exercise' }>;

const QUESTION: Record<Lang, string> = { en: 'what is a service?', ko: '서비스가 뭐예요?' };

/** The solution as the lines a learner types (a heredoc spans several lines). */
function solutionLines(step: Exercise): string[] {
  return step.solution.replace(/\n+$/, '').split('\n');
}

/** `kubectl expose rc …` → `kubectl exposee rc …`: a typo in the verb (or in the command). */
export function typo(line: string): string {
  const words = line.trim().split(/\s+/);
  const at = words[0] === 'kubectl' && words.length > 1 ? 1 : 0;
  words[at] = `${words[at]}${words[at].slice(-1)}`;
  return words.join(' ');
}

/** The first port in the line, one off (`:80` → `:81`, `--port=8080` → `--port=8081`); undefined without one. */
export function wrongPort(line: string): string | undefined {
  const m = /(:|--port[= ]|--target-port[= ]|port )(\d{2,5})\b/.exec(line);
  if (!m) return undefined;
  return line.slice(0, m.index) + m[1] + String(Number(m[2]) + 1) + line.slice(m.index + m[0].length);
}

export function solutionScript(lesson: Lesson, from = 0): string[] {
  const lines: string[] = [];
  for (const step of lesson.steps.slice(from)) {
    if (step.type === 'exercise') lines.push(...solutionLines(step));
    else if (step.type === 'quiz') lines.push(String(step.answer));
  }
  return lines;
}

export function mistakesScript(lesson: Lesson, lang: Lang): string[] {
  const lines: string[] = [];
  for (const step of lesson.steps) {
    if (step.type === 'quiz') {
      lines.push(String(step.answer === 1 ? 2 : 1), String(step.answer));
      continue;
    }
    if (step.type !== 'exercise') continue;
    const solution = solutionLines(step);
    const first = solution[0];
    // A heredoc's first line is unfinished on its own; the mistakes are made on one-liners.
    const oneLiner = solution.length === 1 || !/<</.test(first);
    if (oneLiner) lines.push(typo(first));
    const port = oneLiner ? wrongPort(first) : undefined;
    if (port) lines.push(port);
    const known = step.wrong?.[0]?.commands;
    if (known) lines.push(...known.replace(/\n+$/, '').split('\n'));
    lines.push('/hint', QUESTION[lang], '/reset', ...solution);
  }
  return lines;
}
