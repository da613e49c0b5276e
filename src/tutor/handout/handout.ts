// `kubetour handout LESSON`: a lesson as markdown for print or slides — its title, goal and
// estimated time, each step's text, the commands of each solution and demonstration with
// the output the simulated cluster gives on the seed, quizzes in place and their answers at
// the end. The commands and outputs come from the Tutor itself, played headless the way a
// learner who asks for each solution would (`/solution`, `y`, `y`; a quiz's right answer),
// so the handout shows what the room will see, not a second rendering of the lesson.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { instructorT } from '../../i18n/index.js';
import type { Lesson } from '../schema.js';
import type { Lang, Turn } from '../types.js';
import type { LoadedLesson } from '../lessons/load.js';
import { pick } from '../lessons/text.js';
import { Tutor } from '../tutor.js';
import { ProgressStore } from '../progress/store.js';
import type { SessionFactory } from '../session-port.js';

/** One command as the tutor showed it: the prompt it was typed at, and what it printed. */
export interface Shown {
  prompt: string;
  input: string;
  output: string;
}

/** Raised when the lesson does not play through on the seed (the handout would be wrong). */
export class HandoutError extends Error {}

/** Draws a diagram turn from the session as it is when the tutor shows it (the UI's drawing). */
export type DrawDiagram = (session: Tutor['session'], turn: Extract<Turn, { kind: 'diagram' }>, lang: Lang) => string[];

export interface HandoutOptions {
  lesson: LoadedLesson;
  lessonsDir?: string;
  lang: Lang;
  seed: number;
  createSession?: SessionFactory;
  /** Without it, steps' diagrams are left out. */
  draw?: DrawDiagram;
}

/** What the tutor showed at each step index: commands with their output, and a drawn diagram. */
export interface Played {
  commands: Map<number, Shown[]>;
  /** Drawn in both languages (their labels are words), so one play renders either handout. */
  diagrams: Map<number, Record<Lang, string[]>>;
}

/** Plays the lesson and returns, per step index, the commands it showed. */
export async function playForHandout(opts: HandoutOptions): Promise<Played> {
  const lesson = opts.lesson.lesson;
  if (!lesson) throw new HandoutError('unavailable');
  const configDir = mkdtempSync(join(tmpdir(), 'kubetour-handout-'));
  try {
    const tutor = await Tutor.open({ configDir, lessonsDir: opts.lessonsDir, lang: opts.lang, seed: opts.seed, lessonId: lesson.id, env: {}, now: () => 0, createSession: opts.createSession });
    // What the room sees in the app's terminal: a TTY (no "Unable to use a TTY", no curl
    // progress meter). The sessions the tutor rebuilds keep the setting.
    (tutor.session as { tty?: boolean }).tty = true;
    const stream: Turn[] = [];
    const drawn: { name: string; lines: Record<Lang, string[]> }[] = [];
    // Diagrams are drawn as the app draws them: from the cluster once the batch of turns is in.
    const take = (turns: Turn[]) => {
      stream.push(...turns);
      for (const turn of turns) if (turn.kind === 'diagram' && opts.draw) {
        const draw = opts.draw;
        drawn.push({ name: turn.name, lines: { ko: draw(tutor.session, turn, 'ko'), en: draw(tutor.session, turn, 'en') } });
      }
    };
    take(tutor.startTurns());
    for (const [i, step] of lesson.steps.entries()) {
      if (step.type === 'message') continue;
      if (tutor.status().step !== i + 1) throw new HandoutError(`step ${i + 1} was not reached`);
      const inputs = step.type === 'quiz' ? [String(step.answer)] : ['/solution', 'y', 'y'];
      for (const line of inputs) take(await tutor.input(line));
    }
    const saved = ProgressStore.open(configDir, () => 0).lesson(lesson.id);
    if (!saved?.completedAt) throw new HandoutError(`step ${(saved?.step ?? 0) + 1} was not solved by its solution`);
    const diagrams = new Map<number, Record<Lang, string[]>>();
    // Each step with a diagram shows it once, in the order of the steps.
    lesson.steps.forEach((step, i) => {
      if (step.type === 'quiz' || !step.diagram || drawn[0]?.name !== step.diagram) return;
      diagrams.set(i, drawn.shift()!.lines);
    });
    return { commands: assign(lesson, stream, (script) => tutor.session.splitCommands(script)), diagrams };
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
}

/**
 * Gives each step the command turns (with their output) of its demonstration or solution,
 * in the order the tutor showed them, checking each is the line the lesson wrote.
 */
function assign(lesson: Lesson, stream: Turn[], split: (script: string) => string[]): Map<number, Shown[]> {
  const shown: Shown[] = [];
  for (const turn of stream) {
    if (turn.kind === 'command') shown.push({ prompt: turn.prompt, input: turn.input, output: '' });
    else if (turn.kind === 'output' && shown.length) {
      const text = (turn.chunks ?? [{ fd: 1, text: turn.stdout }, { fd: 2, text: turn.stderr }]).map((c) => c.text).join('');
      shown[shown.length - 1].output += text;
    }
  }
  const out = new Map<number, Shown[]>();
  let next = 0;
  lesson.steps.forEach((step, i) => {
    const script = step.type === 'message' ? step.run : step.type === 'exercise' ? step.solution : undefined;
    if (!script) return;
    const lines = split(script).filter((l) => l.trim());
    const mine: Shown[] = [];
    for (const line of lines) {
      const s = shown[next++];
      if (!s || s.input.trim() !== line.trim()) throw new HandoutError(`step ${i + 1} showed "${s?.input ?? ''}" where the lesson has "${line}"`);
      mine.push(s);
    }
    out.set(i, mine);
  });
  return out;
}

/** The handout as markdown. */
export function renderHandout(lesson: Lesson, played: Played, lang: Lang, seed: number): string {
  const t = instructorT(lang);
  const parts: string[] = [`# ${pick(lesson.title, lang)}`];
  const about = [lesson.duration !== undefined ? `*${t('handout.duration', { n: lesson.duration })}*` : '', t('handout.seed', { seed })].filter(Boolean);
  parts.push(`**${t('handout.goal')}:** ${pick(lesson.goal, lang).trim()}`, about.join(' · '));
  const answers: string[] = [];
  let quizzes = 0;
  lesson.steps.forEach((step, i) => {
    const kind = step.type === 'exercise' ? ` — ${t('handout.exercise')}` : step.type === 'quiz' ? ` — ${t('handout.quiz')}` : '';
    parts.push(`## ${t('handout.step', { n: i + 1 })}${kind}`);
    const commands = played.commands.get(i) ?? [];
    const diagram = played.diagrams.get(i)?.[lang];
    const drawing = diagram?.length ? fenced(diagram.join('\n'), 'text') : '';
    if (step.type === 'message') {
      parts.push(pick(step.text, lang).trim(), drawing);
      if (commands.length) parts.push(`${t('handout.demo')}:`, transcript(commands));
    } else if (step.type === 'exercise') {
      parts.push(pick(step.task, lang).trim(), drawing);
      parts.push(`### ${t('handout.solution')}`, transcript(commands));
      const why = pick(step.explanation, lang).trim();
      if (why) parts.push(why);
    } else {
      quizzes++;
      const ref = t('handout.quizRef', { n: quizzes });
      parts.push(`**${ref}.** ${pick(step.question, lang).trim()}`, step.choices.map((c, j) => `${j + 1}. ${pick(c, lang)}`).join('\n'), `*${t('handout.seeAnswers')}*`);
      const right = `${step.answer}. ${pick(step.choices[step.answer - 1], lang)}`;
      answers.push(`**${ref}.** ${t('handout.answer', { answer: right })}\n\n${pick(step.explanation, lang).trim()}`);
    }
  });
  if (answers.length) parts.push(`## ${t('handout.answersTitle')}`, ...answers);
  return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

/** Commands at their prompts with their output, in a fence long enough for any backticks inside. */
function transcript(commands: Shown[]): string {
  const body = commands
    .map((c) => {
      const [first, ...more] = c.input.split('\n');
      const typed = [`${c.prompt}${first}`, ...more.map((l) => `> ${l}`)].join('\n');
      const output = stripVTControlCharacters(c.output).replace(/\n+$/, '');
      return output ? `${typed}\n${output}` : typed;
    })
    .join('\n');
  return fenced(body, 'console');
}

/** A fenced block, its fence longer than any run of backticks inside. */
function fenced(body: string, info: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${body}\n${fence}`;
}
