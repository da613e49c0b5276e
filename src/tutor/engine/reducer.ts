// The lesson engine as a pure reducer: (lesson, state, event) → (state, outputs). It never
// touches the session; side effects come out as `effect` outputs the Tutor facade performs
// (run a demo, rebuild the cluster at a step's start, replay a solution, save progress), in
// order with the turns, so the transcript reads in the order things happened.
import type { ExerciseStep, Lesson, Step } from '../schema.js';
import type { Lang, Turn } from '../types.js';
import type { CheckResult } from '../checkpoints/evaluate.js';
import { pick } from '../lessons/text.js';
import { diagnosisT, tutorT } from '../../i18n/index.js';

export interface EngineState {
  /** Index of the current step (the first not yet done); steps.length when the lesson is over. */
  step: number;
  /** Indexes into the current step's hints, in the order they were shown. */
  hintsShown: number[];
  /** The message last said after a line, so the same complaint isn't repeated. */
  lastUnmet?: string;
  /** The diagnosis of the learner's last line (rule or `diagnose:` id), for hints aimed at it. */
  lastDiagnosis?: string;
  /** A question the next y/n answers. */
  pending?: 'solution' | 'replay';
  /** Ids of completed steps: solved, answered, or read (skipped steps are not done). */
  done: string[];
}

export type Effect =
  | { type: 'run-demo'; commands: string }
  /** Rebuild the session at the start of step `index` (lesson start + earlier solutions and demos). */
  | { type: 'rebuild'; index: number }
  | { type: 'replay-solution'; commands: string }
  /** The step changed (or restarted): reset "since the step started" marks. */
  | { type: 'step-started'; index: number }
  | { type: 'save' }
  | { type: 'lesson-complete' };

export type Output = { turn: Turn } | { effect: Effect };

/** What the facade judged worth saying after a line (already in the learner's language). */
export type Say =
  | { kind: 'diagnosis'; rule: string; text: string }
  | { kind: 'unmet'; text: string }
  /** `done`: what the line got done, in sentences; `left`: items still unmet; `next`: the first of them. */
  | { kind: 'progress'; done: string; left: number; next: string };

/** "✓ You ran `kubectl get pods`. One thing left: …": progress named, never a bare count. */
export function progressWords(say: Extract<Say, { kind: 'progress' }>, lang: Lang): string {
  // The sentence after the colon goes on the same line: "The output…" reads as "the output…".
  // Only a plain opening word is lowered; a kind (`Service …`) keeps its capital.
  const next = lang === 'en' ? say.next.replace(/^(?:The|This|That|Your|You|No|Now|There|It|A|An)\b/, (w) => w.toLowerCase()) : say.next;
  return diagnosisT(lang)(say.left === 1 ? 'speak.progressOneLeft' : 'speak.progressLeft', { done: say.done, left: say.left, next }) as string;
}

export type EngineEvent =
  | { type: 'enter' }
  /** `ownWay`: the learner reached the state another way than the solution's (see lesson-way.ts). */
  /** `sawError`: the line that solved the step failed on purpose — the step was to see that error. */
  | { type: 'checked'; result: CheckResult; attempt: boolean; say?: Say; ownWay?: boolean; sawError?: boolean }
  | { type: 'hint'; unmet: string[] }
  | { type: 'solution' }
  | { type: 'confirm'; yes: boolean }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'reset' }
  | { type: 'answer'; choice: number };

export function initialState(step = 0, done: string[] = []): EngineState {
  return { step, hintsShown: [], done };
}

export function currentStep(lesson: Lesson, s: EngineState): Step | undefined {
  return lesson.steps[s.step];
}

export function reduce(lesson: Lesson, s: EngineState, ev: EngineEvent, lang: Lang): { state: EngineState; out: Output[] } {
  const t = tutorT(lang);
  const step = currentStep(lesson, s);
  const turn = (x: Turn): Output => ({ turn: x });
  switch (ev.type) {
    case 'enter':
      return enter(lesson, s, lang);
    case 'checked': {
      if (!step || step.type !== 'exercise') return { state: s, out: [] };
      if (ev.result.pass) {
        const done = t(ev.sawError ? 'exercise.sawError' : 'exercise.success');
        return complete(lesson, s, lang, [turn({ kind: 'success', markdown: done })], explained(step, lang, ev.ownWay));
      }
      const say = ev.say;
      const lastDiagnosis = say?.kind === 'diagnosis' ? say.rule : undefined;
      if (!say) return { state: { ...s, lastDiagnosis }, out: [] };
      if (say.kind === 'progress') {
        const text = progressWords(say, lang);
        return { state: { ...s, lastDiagnosis, lastUnmet: undefined }, out: [turn({ kind: 'tutor', markdown: text })] };
      }
      if (say.text === s.lastUnmet) return { state: { ...s, lastDiagnosis }, out: [] };
      return { state: { ...s, lastDiagnosis, lastUnmet: say.text }, out: [turn({ kind: 'unmet', markdown: say.text })] };
    }
    case 'hint': {
      if (!step || step.type === 'message') return { state: s, out: [turn({ kind: 'tutor', markdown: t('hint.none') })] };
      if (step.type === 'quiz') return { state: s, out: [turn({ kind: 'tutor', markdown: t('hint.quiz') })] };
      const hints = step.hints;
      if (hints.length === 0) return { state: s, out: [turn({ kind: 'tutor', markdown: t('hint.none') })] };
      const next = nextHint(hints, s.hintsShown, ev.unmet, s.lastDiagnosis);
      if (next === undefined) {
        const last = s.hintsShown[s.hintsShown.length - 1];
        return {
          state: s,
          out: [turn({ kind: 'hint', markdown: `${last === undefined ? '' : `${pick(hints[last], lang)}\n\n`}${t('hint.noMore')}`, n: s.hintsShown.length, of: s.hintsShown.length })],
        };
      }
      const shown = [...s.hintsShown, next];
      const of = shown.length + eligibleHints(hints, shown, ev.unmet, s.lastDiagnosis).length;
      return { state: { ...s, hintsShown: shown }, out: [turn({ kind: 'hint', markdown: pick(hints[next], lang), n: shown.length, of }), { effect: { type: 'save' } }] };
    }
    case 'solution': {
      if (!step || step.type === 'message') return { state: s, out: [turn({ kind: 'tutor', markdown: t('solution.none') })] };
      return { state: { ...s, pending: 'solution' }, out: [turn({ kind: 'confirm', id: 'solution', markdown: t('solution.confirm') })] };
    }
    case 'confirm': {
      const pending = s.pending;
      const cleared = { ...s, pending: undefined };
      if (!pending || !step) return { state: cleared, out: [] };
      if (!ev.yes) return { state: cleared, out: [turn({ kind: 'tutor', markdown: t('confirm.cancelled') })] };
      if (pending === 'solution') {
        if (step.type === 'quiz') {
          const right = `${step.answer}. ${pick(step.choices[step.answer - 1], lang)}`;
          return complete(lesson, cleared, lang, [turn({ kind: 'tutor', markdown: t('quiz.reveal', { answer: right }) })], pick(step.explanation, lang));
        }
        if (step.type === 'exercise') {
          return {
            state: { ...s, pending: 'replay' },
            out: [
              turn({ kind: 'tutor', markdown: t('solution.show', { code: fence(step.solution) }) }),
              turn({ kind: 'confirm', id: 'replay', markdown: t('solution.replayConfirm') }),
            ],
          };
        }
      }
      if (pending === 'replay' && step.type === 'exercise') return { state: cleared, out: [{ effect: { type: 'replay-solution', commands: step.solution } }] };
      return { state: cleared, out: [] };
    }
    case 'answer': {
      if (!step || step.type !== 'quiz') return { state: s, out: [] };
      if (ev.choice < 1 || ev.choice > step.choices.length) {
        return { state: s, out: [turn({ kind: 'warning', markdown: t('quiz.range', { n: step.choices.length }) })] };
      }
      if (ev.choice === step.answer) return complete(lesson, s, lang, [turn({ kind: 'success', markdown: t('quiz.right') })], pick(step.explanation, lang));
      // A wrong choice gets its own reason, named with the choice the learner picked.
      const picked = step.choices[ev.choice - 1];
      const why = picked.why ? pick(picked.why, lang) : '';
      const markdown = why ? t('conversation.quizWrong', { choice: `${ev.choice}. ${pick(picked, lang)}`, why }) : t('quiz.wrong');
      return { state: s, out: [turn({ kind: 'unmet', markdown })] };
    }
    case 'next': {
      if (s.step >= lesson.steps.length) return { state: s, out: [turn({ kind: 'tutor', markdown: t('nav.atEnd') })] };
      // Skipping rebuilds the cluster as if the step had been solved, so later steps work.
      const moved = { ...s, step: s.step + 1, hintsShown: [], lastUnmet: undefined, lastDiagnosis: undefined, pending: undefined };
      const entered = enter(lesson, moved, lang);
      return {
        state: entered.state,
        out: [turn({ kind: 'tutor', markdown: t('nav.skipped') }), { effect: { type: 'rebuild', index: moved.step } }, ...entered.out],
      };
    }
    case 'back': {
      const prev = previousInteractive(lesson, s.step);
      if (prev === undefined) return { state: s, out: [turn({ kind: 'tutor', markdown: t('nav.atStart') })] };
      const moved: EngineState = { ...s, step: prev, hintsShown: [], lastUnmet: undefined, lastDiagnosis: undefined, pending: undefined };
      return {
        state: moved,
        out: [
          turn({ kind: 'tutor', markdown: t('nav.back', { n: prev + 1 }) }),
          { effect: { type: 'rebuild', index: prev } },
          { effect: { type: 'step-started', index: prev } },
          ...intro(lesson, prev, lang),
          { effect: { type: 'save' } },
        ],
      };
    }
    case 'reset': {
      const moved: EngineState = { ...s, hintsShown: [], lastUnmet: undefined, lastDiagnosis: undefined, pending: undefined };
      if (s.step >= lesson.steps.length) return { state: s, out: [turn({ kind: 'tutor', markdown: t('nav.atEnd') })] };
      return {
        state: moved,
        out: [
          { effect: { type: 'rebuild', index: s.step } },
          { effect: { type: 'step-started', index: s.step } },
          turn({ kind: 'tutor', markdown: t('nav.reset', { n: s.step + 1 }) }),
          ...intro(lesson, s.step, lang),
        ],
      };
    }
  }
}

type Hint = ExerciseStep['hints'][number];

/**
 * The hints that may still be shown: not shown yet; a `when:` hint only while its item is
 * unmet (a met item needs no hint); a `diagnosis:` hint only right after that diagnosis.
 */
function eligibleHints(hints: Hint[], shown: number[], unmet: string[], diagnosis: string | undefined): number[] {
  return hints
    .map((_, i) => i)
    .filter((i) => !shown.includes(i))
    .filter((i) => (hints[i].when === undefined || unmet.includes(hints[i].when!)) && (hints[i].diagnosis === undefined || hints[i].diagnosis === diagnosis));
}

/**
 * The next hint: one aimed at the diagnosis of the last line, else one aimed at the first
 * unmet item (the root cause: "the Service doesn't exist" before "its port is wrong"), else
 * the next in the author's order — which goes from a nudge to the answer.
 */
export function nextHint(hints: Hint[], shown: number[], unmet: string[], diagnosis: string | undefined): number | undefined {
  const eligible = eligibleHints(hints, shown, unmet, diagnosis);
  const aimedAtDiagnosis = diagnosis === undefined ? undefined : eligible.find((i) => hints[i].diagnosis === diagnosis);
  const first = unmet[0];
  const aimedAtFirst = first === undefined ? undefined : eligible.find((i) => hints[i].when === first);
  return aimedAtDiagnosis ?? aimedAtFirst ?? eligible[0];
}

/** The current step is done: say so, explain, and move on. */
function complete(lesson: Lesson, s: EngineState, lang: Lang, head: Output[], explanation: string): { state: EngineState; out: Output[] } {
  const step = lesson.steps[s.step];
  const done = s.done.includes(step.id) ? s.done : [...s.done, step.id];
  const moved: EngineState = { ...s, step: s.step + 1, hintsShown: [], lastUnmet: undefined, lastDiagnosis: undefined, pending: undefined, done };
  const entered = enter(lesson, moved, lang);
  const expl: Output[] = explanation ? [{ turn: { kind: 'tutor', markdown: explanation } }] : [];
  return { state: entered.state, out: [...head, ...expl, ...entered.out] };
}

/** Shows the current step; message steps are shown (and their demos run) and passed through. */
function enter(lesson: Lesson, s: EngineState, lang: Lang): { state: EngineState; out: Output[] } {
  const out: Output[] = [];
  let state = s;
  while (state.step < lesson.steps.length) {
    const step = lesson.steps[state.step];
    out.push({ effect: { type: 'step-started', index: state.step } }, ...intro(lesson, state.step, lang));
    if (step.type !== 'message') break;
    const done = state.done.includes(step.id) ? state.done : [...state.done, step.id];
    state = { ...state, step: state.step + 1, done };
  }
  out.push({ effect: { type: 'save' } });
  if (state.step >= lesson.steps.length) {
    out.push({ turn: { kind: 'success', markdown: tutorT(lang)('lesson.complete', { title: pick(lesson.title, lang) }) } }, { effect: { type: 'lesson-complete' } });
  }
  return { state, out };
}

/** What the learner sees when a step begins. */
export function intro(lesson: Lesson, index: number, lang: Lang): Output[] {
  const t = tutorT(lang);
  const step = lesson.steps[index];
  if (!step) return [];
  const out: Output[] = [];
  if (step.type === 'message') {
    out.push({ turn: { kind: 'tutor', markdown: pick(step.text, lang) } });
    if (step.diagram) out.push({ turn: { kind: 'diagram', name: step.diagram } });
    if (step.run) out.push({ effect: { type: 'run-demo', commands: step.run } });
  } else if (step.type === 'exercise') {
    out.push({ turn: { kind: 'tutor', markdown: t('exercise.task', { task: pick(step.task, lang) }) } });
    if (step.diagram) out.push({ turn: { kind: 'diagram', name: step.diagram } });
  } else {
    const choices = step.choices.map((c, i) => `${i + 1}. ${pick(c, lang)}`).join('\n');
    out.push({ turn: { kind: 'tutor', markdown: t('quiz.ask', { question: pick(step.question, lang), choices }) } });
  }
  return out;
}

function previousInteractive(lesson: Lesson, from: number): number | undefined {
  for (let i = Math.min(from, lesson.steps.length) - 1; i >= 0; i--) if (lesson.steps[i].type !== 'message') return i;
  return undefined;
}

/** The explanation after a solved exercise; another path than the solution's shows the lesson's way first. */
function explained(step: Extract<Step, { type: 'exercise' }>, lang: Lang, ownWay?: boolean): string {
  const text = pick(step.explanation, lang);
  if (!ownWay) return text;
  return tutorT(lang)('conversation.anotherWay', { code: fence(step.solution), explanation: text }).trimEnd();
}

function fence(code: string): string {
  return '```sh\n' + code.replace(/\n+$/, '') + '\n```';
}
