// Puts a session where a lesson step begins: the lesson's start state (scenario, manifests,
// files, setup commands), then every earlier step's solution and demo replayed through the
// shell, as if the learner had typed them. `/reset`, `/back`, `/next`, `kubetour shell
// --lesson`, and `kubetour verify` all start from here, so they agree on what a step's start is.
import { dirname } from 'node:path/posix';
import { parseAllDocuments } from 'yaml';
import { LAPTOP_HOME } from '../../shell/home/index.js';
import type { Lesson } from '../schema.js';
import type { SessionFactory, TutorSession } from '../session-port.js';
import { evaluateCheck, placesFor, type CheckMarks, type CheckResult } from '../checkpoints/evaluate.js';
import type { Predicate } from '../schema.js';
import { traceMark } from '../checkpoints/traces.js';
import { runWithBudget } from '../../shell/budget.js';
import { isPodReady } from '../../cluster/controllers/context.js';

/**
 * Wall time a lesson's script (a step's solution or demo, the start commands, a wrong attempt)
 * may take in all. The shipped lessons' take well under a second; a command that runs on
 * (an endless loop, a huge key) is stopped as Ctrl-C would stop it, and the rest of the
 * script is not run, so neither `verify` nor the app can hang on a lesson. (Tests shorten it.)
 */
export const scriptBudget = { ms: 15_000 };

/** How long (virtual seconds) a replayed solution may take to be visible (pods starting, LBs). */
export const SETTLE_LIMIT_SECONDS = 60;

/** The marks for "since now" (the step starts here). */
export function marksNow(session: TutorSession, lesson?: CheckMarks): CheckMarks {
  const r = session.records.length;
  const t = traceMark(session);
  return { stepRecords: r, stepTraces: t, lessonRecords: lesson?.lessonRecords ?? r, lessonTraces: lesson?.lessonTraces ?? t };
}

/**
 * Evaluates the check, letting virtual time pass (one second at a time, as a learner who
 * waits and looks again) until it passes or the limit is reached.
 */
export async function checkAfterWaiting(check: Predicate, session: TutorSession, marks: CheckMarks, limit = SETTLE_LIMIT_SECONDS): Promise<CheckResult> {
  let result = await evaluateCheck(check, session, marks);
  for (let waited = 0; !result.pass && waited < limit; waited++) {
    session.cluster.advance(1);
    result = await evaluateCheck(check, session, marks);
  }
  return result;
}

export interface ScriptRun {
  input: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The script's time budget ran out during this line: it was interrupted and nothing after it ran. */
  timedOut?: boolean;
}

/**
 * Runs a script the way a person would type it: one complete command line at a time, all of
 * them within `budgetMs` of wall time (see scriptBudget).
 */
export async function runScript(session: TutorSession, script: string, budgetMs = scriptBudget.ms): Promise<ScriptRun[]> {
  const out: ScriptRun[] = [];
  const deadline = performance.now() + budgetMs;
  for (const input of session.splitCommands(script)) {
    if (!input.trim()) continue;
    const { result: r, timedOut } = await runWithBudget(session, input, Math.max(0, deadline - performance.now()));
    out.push({ input, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ...(timedOut ? { timedOut } : {}) });
    if (timedOut) break;
  }
  return out;
}

/**
 * Something that went wrong while putting a session at a step's start. `author` is the line
 * `verify` and `kubetour shell` print (English, with the lesson's ids); `key`/`vars` are the
 * sentence a learner reads in the app (locales: tutor.setup.KEY), naming the step by number,
 * the command and the tool's own error, never a check id.
 */
export interface SetupProblem {
  author: string;
  key: 'manifestYaml' | 'manifestRejected' | 'manifestFile' | 'noPlace' | 'fileWrite' | 'commandTimeout' | 'commandFailed' | 'stepTimeout' | 'stepUnmet' | 'stepUnmetFailed';
  vars: Record<string, string | number>;
}

/** The first line of a tool's error output, for a one-line report. */
const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';

/** For authors (verify, a lesson's start problems): the line that ran out of time, in a sentence. */
export function overBudget(runs: ScriptRun[]): string | undefined {
  const r = runs.find((x) => x.timedOut);
  return r ? `"${r.input.split('\n')[0]}" ran longer than ${scriptBudget.ms / 1000} s and was stopped (the lesson's commands must finish within ${scriptBudget.ms / 1000} s)` : undefined;
}

/** True for a manifest entry that is YAML itself rather than a file name. */
export function isInlineManifest(entry: string): boolean {
  return entry.includes('\n') || /^\s*(apiVersion|kind)\s*:/.test(entry);
}

/** Applies the lesson's `start:`. Problems (a manifest that fails, a command that exits non-zero) are returned, not thrown. */
export async function applyStart(session: TutorSession, lesson: Lesson): Promise<SetupProblem[]> {
  const problems: SetupProblem[] = [];
  const start = lesson.start;
  for (const m of start.manifests ?? []) {
    if (isInlineManifest(m)) {
      for (const doc of parseAllDocuments(m) as any[]) {
        if (doc.errors?.length) {
          const detail = doc.errors[0].message.split('\n')[0];
          problems.push({ author: `start.manifests: ${detail}`, key: 'manifestYaml', vars: { detail } });
          continue;
        }
        const obj = doc.toJS();
        if (!obj) continue;
        try {
          session.cluster.api.create(obj);
        } catch (e) {
          const detail = (e as Error).message;
          problems.push({ author: `start.manifests: ${detail}`, key: 'manifestRejected', vars: { detail: firstLine(detail) } });
        }
      }
      session.cluster.settle();
    } else {
      const path = m.startsWith('/') ? m : `${LAPTOP_HOME}/${m}`;
      const [r] = await runScript(session, `kubectl create -f ${shellQuote(path)}`);
      if (r && r.exitCode !== 0) problems.push({ author: `start.manifests: ${m}: ${r.stderr.trim()}`, key: 'manifestFile', vars: { file: m, detail: firstLine(r.stderr) } });
    }
  }
  for (const f of start.files ?? []) {
    const places = placesFor(f.place, session);
    if (places.length === 0) problems.push({ author: `start.files: no place "${f.place}"`, key: 'noPlace', vars: { place: f.place, path: f.path } });
    for (const place of places) {
      try {
        const fs = session.fsOf(place);
        await fs.mkdir(dirname(f.path), { recursive: true });
        await fs.writeFile(f.path, f.content);
      } catch (e) {
        const detail = (e as Error).message;
        problems.push({ author: `start.files: ${f.place}:${f.path}: ${detail}`, key: 'fileWrite', vars: { place: f.place, path: f.path, detail: firstLine(detail) } });
      }
    }
  }
  for (const c of start.commands ?? []) {
    for (const r of await runScript(session, c)) {
      const input = r.input.split('\n')[0];
      if (r.timedOut) problems.push({ author: `start.commands: ${overBudget([r])}`, key: 'commandTimeout', vars: { input, seconds: scriptBudget.ms / 1000 } });
      else if (r.exitCode !== 0) problems.push({ author: `start.commands: "${r.input}" exited ${r.exitCode}: ${r.stderr.trim()}`, key: 'commandFailed', vars: { input, code: r.exitCode, detail: firstLine(r.stderr) } });
    }
  }
  if (start.manifests?.length || start.commands?.length) await startPodsReady(session);
  return problems;
}

/** How long (the cluster's seconds) the pods a lesson's start made may take to be ready. */
const START_READY_LIMIT_SECONDS = 60;

/**
 * A lesson's start is prepared before the learner arrives: the pods its manifests and
 * commands made are running and ready when the welcome's diagram is drawn and the first
 * `kubectl get pods` runs, as the lesson's text says they are (up to a minute of the
 * cluster's time; a pod that is not meant to be ready does not hold it longer).
 */
async function startPodsReady(session: TutorSession): Promise<void> {
  const ready = (): boolean =>
    session.cluster.store.list('Pod', 'default').every((p) => p.metadata?.deletionTimestamp || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed' || isPodReady(p));
  for (let waited = 0; waited < START_READY_LIMIT_SECONDS && !ready(); waited++) session.cluster.advance(1);
}

/**
 * Replays steps [0, index): message demos, and exercise solutions each followed by the wait a
 * learner would have had until its check passed (so pods started by one step are running
 * when the next step's solution uses them).
 *
 * A step is a problem only when its check still fails after that wait — as `verify` judges
 * it. Many solutions show a real error on purpose (a curl that times out, an exec without
 * `--`), so a non-zero exit alone says nothing; it is only named to explain a failing check.
 */
export async function replayBefore(session: TutorSession, lesson: Lesson, index: number): Promise<SetupProblem[]> {
  const problems: SetupProblem[] = [];
  const lessonMarks = marksNow(session);
  for (const [i, step] of lesson.steps.slice(0, index).entries()) {
    const script = step.type === 'exercise' ? step.solution : step.type === 'message' ? step.run : undefined;
    if (!script) continue;
    const marks = marksNow(session, lessonMarks);
    const runs = await runScript(session, script);
    const late = overBudget(runs);
    if (late) {
      const input = runs.find((r) => r.timedOut)?.input.split('\n')[0] ?? '';
      problems.push({ author: `step ${step.id}: ${late}`, key: 'stepTimeout', vars: { step: i + 1, input, seconds: scriptBudget.ms / 1000 } });
      continue;
    }
    if (step.type !== 'exercise') continue;
    const result = await checkAfterWaiting(step.check, session, marks);
    if (result.pass) continue;
    const failed = runs.find((r) => r.exitCode !== 0);
    const why = failed ? `; "${failed.input}" exited ${failed.exitCode}: ${firstLine(failed.stderr)}` : '';
    const author = `step ${step.id}: its check still fails after the solution (unmet: ${result.unmet.join(', ')})${why}`;
    problems.push(
      failed
        ? { author, key: 'stepUnmetFailed', vars: { step: i + 1, input: failed.input.split('\n')[0], code: failed.exitCode, detail: firstLine(failed.stderr) } }
        : { author, key: 'stepUnmet', vars: { step: i + 1 } },
    );
  }
  return problems;
}

export interface BuiltSession {
  session: TutorSession;
  problems: SetupProblem[];
}

/** A new session at the start of step `index` of the lesson. */
export async function buildSessionAt(lesson: Lesson, index: number, seed: number, create: SessionFactory): Promise<BuiltSession> {
  const session = create({ seed, scenario: lesson.start.scenario });
  const problems = await applyStart(session, lesson);
  problems.push(...(await replayBefore(session, lesson, index)));
  return { session, problems };
}

function shellQuote(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
