// Semantic checks on a lesson that the schema can't express: references between ids, known
// scenarios and manifests, shell that parses, regexes and selectors that compile, and the
// two languages agreeing on every command they show.
import { parse } from 'just-bash';
import { parserTrap } from '../../shell/parser-guard.js';
import { isIncomplete } from '../../shell/grammar.js';
import { HOME_MANIFESTS } from '../../shell/home/manifests.js';
import { SCENARIOS, type Lesson, type Predicate } from '../schema.js';
import { idsOf, leavesOf } from '../checkpoints/predicate-ids.js';
import { parseFieldPath } from '../checkpoints/field-path.js';
import { selectorError } from '../checkpoints/selector.js';
import { backtracksBadly, safeRegex } from '../checkpoints/evaluate.js';
import { isInlineManifest } from '../engine/build-session.js';
import type { Diagnostic } from './diagnostics.js';
import type { LoadedLesson } from './load.js';

type Path = (string | number)[];

export function lintLesson(loaded: LoadedLesson): Diagnostic[] {
  if (!loaded.lesson) return loaded.errors;
  const lesson = loaded.lesson;
  const out: Diagnostic[] = [];
  const at = (path: Path, message: string, severity: 'error' | 'warning' = 'error') =>
    out.push({ file: loaded.file, ...loaded.position(path), message, severity });

  if (lesson.duration !== undefined && !(Number.isFinite(lesson.duration) && lesson.duration > 0)) {
    at(['duration'], `duration is the estimated minutes for the lesson: a positive number, not ${lesson.duration}`);
  }
  if (!(SCENARIOS as readonly string[]).includes(lesson.start.scenario)) {
    at(['start', 'scenario'], `unknown scenario "${lesson.start.scenario}" (known: ${SCENARIOS.join(', ')})`);
  }
  const placedOnLaptop = new Set((lesson.start.files ?? []).filter((f) => f.place === 'laptop').map((f) => f.path));
  (lesson.start.manifests ?? []).forEach((m, i) => {
    if (isInlineManifest(m)) return;
    const known = m in HOME_MANIFESTS || m.replace(/^\/home\/learner\//, '') in HOME_MANIFESTS || placedOnLaptop.has(m) || placedOnLaptop.has(`/home/learner/${m}`);
    if (!known) at(['start', 'manifests', i], `unknown manifest file "${m}" (not in the laptop's home directory)`);
  });
  (lesson.start.commands ?? []).forEach((c, i) => shellError(c) && at(['start', 'commands', i], `command does not parse as shell: ${shellError(c)}`));

  lesson.steps.forEach((step, i) => {
    const base: Path = ['steps', i];
    if (step.type === 'message') {
      if (step.run) {
        const err = shellError(step.run);
        if (err) at([...base, 'run'], `demo does not parse as shell: ${err}`);
      }
      return;
    }
    if (step.type === 'quiz') {
      if (step.answer > step.choices.length) at([...base, 'answer'], `answer ${step.answer} is out of range: the quiz has ${step.choices.length} choices`);
      lintChoices(step, base, at);
      return;
    }
    const ids = idsOf(step.check);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) at([...base, 'check'], `duplicate sub-condition id "${id}"`);
      seen.add(id);
    }
    lintPredicate(step.check, [...base, 'check'], at);
    step.hints.forEach((h, j) => {
      if (h.when !== undefined && !seen.has(h.when)) at([...base, 'hints', j, 'when'], `hint refers to unknown sub-condition "${h.when}" (known: ${[...seen].join(', ')})`);
    });
    const err = shellError(step.solution);
    if (err) at([...base, 'solution'], `solution does not parse as shell: ${err}`);
    (step.wrong ?? []).forEach((w, j) => {
      const fails = Array.isArray(w.fails) ? w.fails : [w.fails];
      for (const id of fails) if (!seen.has(id)) at([...base, 'wrong', j, 'fails'], `wrong attempt names unknown sub-condition "${id}" (known: ${[...seen].join(', ')})`);
      const e = shellError(w.commands);
      if (e) at([...base, 'wrong', j, 'commands'], `wrong attempt does not parse as shell: ${e}`);
    });
    if (step.hints.length < 2) at([...base, 'hints'], `an exercise should have at least two hints (has ${step.hints.length})`, 'warning');
    if (!step.wrong?.length) at([...base], 'an exercise should have at least one `wrong:` attempt', 'warning');
  });
  if (!lesson.steps.some((s) => s.type === 'quiz')) at(['steps'], 'a lesson should have at least one quiz', 'warning');

  for (const { path, ko, en } of texts(lesson)) {
    if (!ko.trim() && en.trim()) at(path, 'missing Korean (ko) translation (empty)');
    if (!en.trim() && ko.trim()) at(path, 'missing English (en) translation (empty)');
    const kc = codeOf(ko);
    const ec = codeOf(en);
    const onlyKo = [...kc].filter((c) => !ec.has(c));
    const onlyEn = [...ec].filter((c) => !kc.has(c));
    if (onlyKo.length || onlyEn.length) {
      const parts = [];
      if (onlyKo.length) parts.push(`only ko has ${onlyKo.map(show).join(', ')}`);
      if (onlyEn.length) parts.push(`only en has ${onlyEn.map(show).join(', ')}`);
      at(path, `ko and en differ in commands: ${parts.join('; ')}`);
    }
  }
  return out;
}

/** The comparisons a `field` check makes; exactly one per check. */
const FIELD_OPERATORS = ['equals', 'notEquals', 'contains', 'matches', 'exists'] as const;

function lintPredicate(p: Predicate, path: Path, at: (path: Path, m: string) => void): void {
  if ('all' in p) return p.all.forEach((c, i) => lintPredicate(c, [...path, 'all', i], at));
  if ('any' in p) return p.any.forEach((c, i) => lintPredicate(c, [...path, 'any', i], at));
  if ('not' in p) return lintPredicate(p.not, [...path, 'not'], at);
  const [leaf] = leavesOf(p);
  if ('field' in leaf) {
    const segs = parseFieldPath(leaf.field.path);
    if ('error' in segs) at([...path, 'field', 'path'], segs.error);
    if (leaf.field.matches !== undefined && backtracksBadly(leaf.field.matches)) at([...path, 'field', 'matches'], `regular expression "${leaf.field.matches}" repeats a group that repeats itself or whose alternatives may overlap, which can take exponential time on a near-miss; write it without the nested repetition`);
    else if (leaf.field.matches !== undefined && !safeRegex(leaf.field.matches)) at([...path, 'field', 'matches'], `invalid regular expression "${leaf.field.matches}"`);
    const ops = FIELD_OPERATORS.filter((k) => leaf.field[k] !== undefined);
    if (ops.length === 0) at([...path, 'field'], `a field check needs one of ${FIELD_OPERATORS.join(', ')} (without one it would pass for any value)`);
    if (ops.length > 1) at([...path, 'field', ops[1]], `a field check takes one operator, not ${ops.join(' and ')}: split it into two items`);
  }
  const sel: [string, string, string | undefined] | undefined =
    'count' in leaf ? ['count', 'selector', leaf.count.selector] : 'podsReady' in leaf ? ['podsReady', 'selector', leaf.podsReady.selector] : 'request' in leaf ? ['request', 'reachedPodSelector', leaf.request.reachedPodSelector] : undefined;
  const selError = sel?.[2] !== undefined ? selectorError(sel[2]) : undefined;
  if (sel && selError) at([...path, sel[0], sel[1]], `invalid label selector "${sel[2]}": ${selError}`);
  const place = 'file' in leaf ? leaf.file.place : undefined;
  const placeError = place?.startsWith('pod:') && place.includes('=') ? selectorError(place.slice(4)) : undefined;
  if (placeError) at([...path, 'file', 'place'], `invalid label selector in "${place}": ${placeError}`);
  if ('lastCommand' in leaf) {
    for (const k of ['stdoutMatches', 'inputMatches'] as const) {
      const re = leaf.lastCommand[k];
      if (re !== undefined && backtracksBadly(re)) at([...path, 'lastCommand', k], `regular expression "${re}" repeats a group that repeats itself or whose alternatives may overlap, which can take exponential time on a near-miss; write it without the nested repetition`);
      else if (re !== undefined && !safeRegex(re)) at([...path, 'lastCommand', k], `invalid regular expression "${re}"`);
    }
  }
}

/** Why a script is not valid shell, or undefined when it is. */
export function shellError(script: string): string | undefined {
  if (isIncomplete(script)) return 'unfinished input (open quote, heredoc, or trailing operator)';
  const trap = parserTrap(script);
  if (trap) return trap.replace(/^bash: /, '').trim();
  try {
    parse(script);
    return undefined;
  } catch (e) {
    return (e as Error).message.split('\n')[0];
  }
}

/** Every bilingual text in the lesson with its path (objects with exactly `ko` and `en` strings). */
/**
 * Every wrong choice says why it is wrong (the learner who picks it reads that), and the
 * right one must not give itself away by being much the longest.
 */
function lintChoices(step: Extract<Lesson['steps'][number], { type: 'quiz' }>, base: Path, at: (path: Path, message: string, severity?: 'error' | 'warning') => void): void {
  step.choices.forEach((c, j) => {
    const right = j + 1 === step.answer;
    if (!right && !c.why) at([...base, 'choices', j], `wrong choice ${j + 1} needs a \`why\` (ko/en): what a learner who picks it has misunderstood`);
    if (right && c.why) at([...base, 'choices', j, 'why'], `choice ${j + 1} is the right answer: \`why\` is only shown for wrong choices`, 'warning');
  });
  const right = step.choices[step.answer - 1];
  if (!right) return;
  for (const lang of ['ko', 'en'] as const) {
    const others = step.choices.filter((_, j) => j + 1 !== step.answer).map((c) => c[lang].length);
    const longestWrong = Math.max(0, ...others);
    if (isConspicuouslyLongest(right[lang].length, longestWrong)) {
      at([...base, 'choices', step.answer - 1, lang], `the right choice is much the longest (${right[lang].length} characters, the longest wrong one ${longestWrong}): guessing the longest wins; balance the choices`, 'warning');
      return;
    }
  }
}

/** Half as long again as every wrong choice, and by a clear margin: a guess by length would win. */
export function isConspicuouslyLongest(right: number, longestWrong: number): boolean {
  return right >= longestWrong * 1.5 && right - longestWrong >= 12;
}

function texts(lesson: Lesson): { path: Path; ko: string; en: string }[] {
  const out: { path: Path; ko: string; en: string }[] = [];
  const walk = (v: unknown, path: Path) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, i]));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.ko === 'string' && typeof o.en === 'string') out.push({ path, ko: o.ko, en: o.en });
    for (const [k, x] of Object.entries(o)) if (k !== 'ko' && k !== 'en') walk(x, [...path, k]);
  };
  walk(lesson, []);
  return out;
}

/** The commands a text shows: inline code spans and fenced blocks (minus comments), whitespace-normalised. */
export function codeOf(markdown: string): Set<string> {
  const out = new Set<string>();
  const rest = markdown.replace(/```[^\n]*\n([\s\S]*?)```/g, (_m, body: string) => {
    // Comments in code blocks are prose and may be translated.
    for (const line of body.split('\n')) {
      const code = line.replace(/(^|\s)#.*$/, '').trim();
      if (code) out.add(code.replace(/\s+/g, ' '));
    }
    return ' ';
  });
  for (const m of rest.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)) out.add(m[2].trim().replace(/\s+/g, ' '));
  return out;
}

function show(c: string): string {
  return `\`${c.length > 50 ? c.slice(0, 47) + '...' : c}\``;
}
