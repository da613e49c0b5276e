// Proves a lesson solvable (the rustlings / learnGitBranching discipline): for every
// exercise, from the lesson's start with the earlier steps replayed, the check FAILS before
// the solution and PASSES after it; every `wrong:` attempt runs cleanly (or fails with the
// error it declares) and leaves unmet exactly the items it names, every other item as the
// solution leaves it; every quiz's answer is one of its choices. Items that already hold
// when a step starts are reported as warnings (unless marked `keep: true`).
import type { Lesson, Predicate } from '../schema.js';
import type { SessionFactory } from '../session-port.js';
import { evaluateCheck } from '../checkpoints/evaluate.js';
import { idsOf, leavesOf } from '../checkpoints/predicate-ids.js';
import { applyStart, buildSessionAt, checkAfterWaiting, marksNow, overBudget, runScript, type ScriptRun } from '../engine/build-session.js';
import { runAndDiagnose } from '../diagnosis/prove.js';

export interface VerifyItem {
  step: string;
  /** 'start', 'solution', 'wrong N', 'quiz', 'holds' */
  test: string;
  ok: boolean;
  /** A warning: reported, but the lesson still passes. */
  warn?: boolean;
  /** Not run (a step that needs the simulation, on a real cluster); `detail` says why. */
  skipped?: boolean;
  detail?: string;
  /** With `verbose`: the proof's commands and their output, as a terminal shows them. */
  log?: string[];
  /** For a failing wrong attempt: what its entry would say to be true (all it fails on, the error it makes). */
  suggest?: { fails?: string[]; error?: string | number };
}

export interface VerifyOptions {
  seed?: number;
  /** Only this step's proofs (the earlier steps are still replayed to reach it). */
  step?: string;
  /** Keep each proof's commands and output in `log`. */
  verbose?: boolean;
}

export async function verifyLesson(lesson: Lesson, create: SessionFactory, options: VerifyOptions | number = {}): Promise<VerifyItem[]> {
  const opts = typeof options === 'number' ? { seed: options } : options;
  const seed = opts.seed ?? 1;
  const items: VerifyItem[] = [];
  const wanted = (id: string) => opts.step === undefined || opts.step === id;
  // One session walks the happy path; each wrong attempt gets a fresh session at its step.
  const session = create({ seed, scenario: lesson.start.scenario });
  const startProblems = await applyStart(session, lesson);
  if (startProblems.length) items.push({ step: '(start)', test: 'start', ok: false, detail: startProblems.map((p) => p.author).join('; ') });
  const lessonMarks = marksNow(session);
  for (let i = 0; i < lesson.steps.length; i++) {
    const step = lesson.steps[i];
    if (step.type === 'message') {
      const late = step.run ? overBudget(await runScript(session, step.run)) : undefined;
      if (late && wanted(step.id)) items.push({ step: step.id, test: 'run', ok: false, detail: late });
      continue;
    }
    if (step.type === 'quiz') {
      if (!wanted(step.id)) continue;
      const ok = step.answer >= 1 && step.answer <= step.choices.length;
      items.push({ step: step.id, test: 'quiz', ok, detail: ok ? undefined : `answer ${step.answer} is not one of the ${step.choices.length} choices` });
      continue;
    }
    const marks = marksNow(session, lessonMarks);
    const before = await evaluateCheck(step.check, session, marks);
    const runs = await runScript(session, step.solution);
    const after = await checkAfterWaiting(step.check, session, marks);
    if (!wanted(step.id)) continue;
    const log = opts.verbose ? transcript(runs) : undefined;
    const failedCmd = runs.find((r) => r.exitCode !== 0);
    const late = overBudget(runs);
    if (late) items.push({ step: step.id, test: 'solution', ok: false, detail: late, log });
    else if (before.pass) items.push({ step: step.id, test: 'solution', ok: false, detail: 'the check already passes before the solution', log });
    else if (!after.pass) {
      const why = failedCmd ? `; "${failedCmd.input}" exited ${failedCmd.exitCode}: ${firstLine(failedCmd.stderr)}` : '';
      items.push({ step: step.id, test: 'solution', ok: false, detail: `the check fails after the solution (unmet: ${after.unmet.join(', ')})${why}`, log });
    } else items.push({ step: step.id, test: 'solution', ok: true, log });

    const kept = new Set(leavesOf(step.check).filter((l) => l.keep).map((l) => l.id));
    const holding = leavesOf(step.check).filter((l) => before.leaves[l.id] === true && !kept.has(l.id)).map((l) => l.id);
    if (holding.length && !before.pass) {
      items.push({ step: step.id, test: 'holds', ok: true, warn: true, detail: `already true when the step starts: ${holding.join(', ')} (prove the learner's work, or mark it keep: true if it must stay true)` });
    }

    items.push(...(await proveWrongAttempts(lesson, i, create, { seed, verbose: opts.verbose, solved: after.leaves })));
  }
  if (opts.step !== undefined && !lesson.steps.some((s) => s.id === opts.step)) {
    items.push({ step: opts.step, test: 'step', ok: false, detail: `no step "${opts.step}" (steps: ${lesson.steps.map((s) => s.id).join(', ')})` });
  }
  return items;
}

/**
 * Why a wrong attempt's commands do not stand for the mistake: a command failed and the
 * attempt did not declare that error (or declared one that did not happen). Undefined when fine.
 */
function shellError(runs: ScriptRun[], expected: string | number | undefined): string | undefined {
  const failed = runs.find((r) => r.exitCode !== 0);
  const said = (r: ScriptRun) => firstLine(r.stderr || r.stdout) || '(no message)';
  if (expected === undefined) {
    if (!failed) return undefined;
    return `is not a clean attempt: "${oneLine(failed.input)}" exited ${failed.exitCode}: ${said(failed)} (if that error is the mistake, declare it: error: "<text of the error>", or error: ${failed.exitCode} when it prints nothing)`;
  }
  const matches = (r: ScriptRun) => r.exitCode !== 0 && (typeof expected === 'number' ? r.exitCode === expected : (r.stderr + r.stdout).includes(expected));
  if (runs.some(matches)) return undefined;
  const declared = typeof expected === 'number' ? `exit code ${expected}` : `"${expected}"`;
  return failed ? `exits ${failed.exitCode} with ${said(failed)}, not with the declared error ${declared}` : `runs without an error, but declares the error ${declared}`;
}

/**
 * Ids outside the named ones (and the combinators above or below them) whose value after the
 * wrong attempt differs from their value after the solution.
 */
function alsoChanged(check: Predicate, named: string[], wrong: Record<string, boolean>, right: Record<string, boolean>): string[] {
  const related = new Set<string>();
  const walk = (p: Predicate, above: string[]): void => {
    const here = p.id ? [...above, p.id] : above;
    if (p.id && named.includes(p.id)) {
      for (const id of [...here, ...idsOf(p)]) related.add(id);
    }
    if ('all' in p) p.all.forEach((c) => walk(c, here));
    else if ('any' in p) p.any.forEach((c) => walk(c, here));
    else if ('not' in p) walk(p.not, here);
  };
  walk(check, []);
  return idsOf(check).filter((id) => !related.has(id) && wrong[id] !== right[id]);
}

/** The error a failing attempt makes, in a form that does not depend on the seed. */
function errorOf(runs: ScriptRun[]): string | number | undefined {
  const failed = runs.find((r) => r.exitCode !== 0);
  if (!failed) return undefined;
  const line = firstLine(failed.stderr || failed.stdout);
  const server = /^Error from server \((\w+)\)/.exec(line);
  if (server) return `Error from server (${server[1]})`;
  const stable = line.split(/["']|\b\d+\.\d+\.\d+\.\d+\b|\bkubia-[a-z0-9]{5}\b/)[0].trim();
  return stable.length >= 8 ? stable.slice(0, 70).trim() : failed.exitCode;
}

function transcript(runs: ScriptRun[]): string[] {
  const out: string[] = [];
  for (const r of runs) {
    out.push(...r.input.split('\n').map((l, i) => `${i ? '>' : '$'} ${l}`));
    const text = `${r.stdout}${r.stderr}`.replace(/\n$/, '');
    if (text) out.push(...text.split('\n'));
    if (r.exitCode !== 0) out.push(`(exit ${r.exitCode})`);
  }
  return out;
}

/**
 * Each `wrong:` attempt of exercise `index`, from a fresh session at that step (see the
 * file's comment for what it must do). `solved`: the check's leaves after the solution, the
 * attempt must leave every item it does not name as the solution does. `limit`: seconds to
 * wait before the attempt's check counts (default: as for a solution). `onRealCluster`: the
 * attempt must fail on the items it names, nothing more — an error it makes, or another item
 * it changes, may be the cluster's (its namespaces and add-ons differ from the simulation's),
 * not the lesson's.
 */
export async function proveWrongAttempts(lesson: Lesson, index: number, create: SessionFactory, opts: { seed?: number; verbose?: boolean; limit?: number; solved: Record<string, boolean>; onRealCluster?: boolean }): Promise<VerifyItem[]> {
  const step = lesson.steps[index];
  if (step?.type !== 'exercise') return [];
  const items: VerifyItem[] = [];
  for (const [j, w] of (step.wrong ?? []).entries()) {
    const named = Array.isArray(w.fails) ? w.fails : [w.fails];
    const built = await buildSessionAt(lesson, index, opts.seed ?? 1, create);
    const wmarks = marksNow(built.session);
    const wruns: ScriptRun[] = [];
    const said = w.diagnosis ? await runAndDiagnose(built.session, w.commands, step, lesson, wmarks, wruns) : (wruns.push(...(await runScript(built.session, w.commands))), []);
    const r = await checkAfterWaiting(step.check, built.session, wmarks, opts.limit);
    const known = new Set(idsOf(step.check));
    const notFailing = named.filter((id) => !known.has(id) || r.leaves[id] !== false);
    const test = `wrong ${j + 1}`;
    const wlog = opts.verbose ? transcript(wruns) : undefined;
    const what = `"${oneLine(w.commands)}"`;
    const broken = overBudget(wruns) ?? (opts.onRealCluster ? undefined : shellError(wruns, w.error));
    if (broken) items.push({ step: step.id, test, ok: false, detail: `${what} ${broken}`, log: wlog, suggest: { error: errorOf(wruns) } });
    else if (r.pass) items.push({ step: step.id, test, ok: false, detail: `${what} passes the check`, log: wlog });
    else if (notFailing.length) items.push({ step: step.id, test, ok: false, detail: `${what} fails on ${r.unmet.join(', ')}, not on ${notFailing.join(', ')}`, log: wlog });
    else if (w.diagnosis && said[0]?.rule !== w.diagnosis) items.push({ step: step.id, test, ok: false, detail: `${what} is diagnosed as ${said[0]?.rule ?? 'nothing'}, not ${w.diagnosis}`, log: wlog });
    else {
      const changed = opts.onRealCluster ? [] : alsoChanged(step.check, named, r.leaves, opts.solved);
      if (changed.length) {
        const how = changed.map((id) => `${id} (${r.leaves[id] ? 'met' : 'unmet'}; ${opts.solved[id] ? 'met' : 'unmet'} after the solution)`).join(', ');
        items.push({ step: step.id, test, ok: false, detail: `${what} fails on ${named.join(', ')} but also changes ${how}: name those in fails:, or make the attempt one mistake`, log: wlog, suggest: { fails: [...named, ...changed] } });
      } else items.push({ step: step.id, test, ok: true, log: wlog });
    }
  }
  return items;
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}

function oneLine(s: string): string {
  const t = s.trim().replace(/\s*\n\s*/g, '; ');
  return t.length > 60 ? t.slice(0, 57) + '...' : t;
}
