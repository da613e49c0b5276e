// A lesson as it runs on a real cluster (`kubetour --cluster`, `verify --cluster`). Written
// for the simulation, a lesson is rewritten here once, so the tutor's engine runs it as any
// other lesson:
// - an exercise that can run keeps its text, with its real-cluster check (see needs.ts);
// - one that needs the simulation becomes a message: its task, a sentence saying why it is
//   skipped, and — when its solution has kubectl lines later steps may rely on — those lines,
//   run by the tutor as a demonstration;
// - wrong attempts and diagnoses that read what only the simulation knows are dropped;
// - the tutor's own scripts (start commands, demos, solutions) keep only lines it may run on
//   the learner's machine (host-safe.ts); a start line it leaves out is said at the start.
import { clusterT, type Lang } from '../../i18n/index.js';
import { splitCommands } from '../../shell/grammar.js';
import { LAPTOP_HOME } from '../../shell/home/index.js';
import type { ExerciseStep, Lesson, MessageStep, Predicate, Step, Text } from '../schema.js';
import { realClusterPlan, simulationOnly } from './needs.js';
import { tutorMayRun } from './host-safe.js';

function text(make: (lang: Lang) => string): Text {
  return { ko: make('ko'), en: make('en') };
}

/** The lines of a script the tutor does not run on the learner's machine (host-safe.ts). */
export function linesNotRun(script: string): string[] {
  return splitCommands(script).filter((l) => l.trim() && !tutorMayRun(l));
}

/** The runnable lines of a script, one per line (undefined when none is left). */
export function hostSafeScript(script: string | undefined): string | undefined {
  if (!script) return undefined;
  const kept = splitCommands(script).filter(tutorMayRun);
  return kept.length ? kept.join('\n') : undefined;
}

/** The ids of a check's items, to keep only wrong attempts whose failing items still exist. */
function ids(p: Predicate, out = new Set<string>()): Set<string> {
  if ('id' in p && typeof p.id === 'string') out.add(p.id);
  if ('all' in p) p.all.forEach((x) => ids(x, out));
  if ('any' in p) p.any.forEach((x) => ids(x, out));
  if ('not' in p) ids(p.not, out);
  return out;
}

function exerciseOnCluster(step: ExerciseStep): Step {
  const plan = realClusterPlan(step);
  if (plan.runs && plan.check) {
    const known = ids(plan.check);
    const wrong = (step.wrong ?? []).filter((w) => {
      const fails = Array.isArray(w.fails) ? w.fails : [w.fails];
      return fails.every((f) => known.has(f)) && splitCommands(w.commands).every((l) => !l.trim() || tutorMayRun(l));
    });
    const diagnose = (step.diagnose ?? []).filter((d) => !d.state || !simulationOnly(d.state));
    return {
      ...step,
      check: plan.check,
      solution: hostSafeScript(step.solution) ?? step.solution,
      wrong: wrong.length ? wrong : undefined,
      diagnose: diagnose.length ? diagnose : undefined,
    };
  }
  const carried = hostSafeScript(step.solution);
  const why = plan.why!;
  const message: MessageStep = {
    id: step.id,
    type: 'message',
    text: text((lang) => {
      const t = clusterT(lang);
      const parts = [step.task[lang], t('step.skipped', { why: why[lang] })];
      if (carried) parts.push(t('step.carried'));
      return parts.join('\n\n');
    }),
    ...(step.diagram ? { diagram: step.diagram } : {}),
    ...(carried ? { run: carried } : {}),
  };
  return message;
}

/** The lesson rewritten for a real cluster (see the file's comment). */
export function lessonOnRealCluster(lesson: Lesson): Lesson {
  const dropped = (lesson.start.commands ?? []).flatMap(linesNotRun);
  const commands = (lesson.start.commands ?? []).map(hostSafeScript).filter((c): c is string => c !== undefined);
  const steps = lesson.steps.map((step): Step => {
    if (step.type === 'exercise') return exerciseOnCluster(step);
    if (step.type === 'message' && step.run) {
      const run = hostSafeScript(step.run);
      const { run: _old, ...rest } = step;
      return run ? { ...rest, run } : rest;
    }
    return step;
  });
  // A start line left out is said before the first step, so the learner knows what the
  // simulated lesson would have done.
  if (dropped.length && steps.length) {
    const note = text((lang) => dropped.map((line) => clusterT(lang)('step.startSkipped', { line, why: clusterT(lang)('why.hostLine') })).join('\n\n'));
    const first = steps[0];
    if (first.type === 'message') steps[0] = { ...first, text: { ko: `${note.ko}\n\n${first.text.ko}`, en: `${note.en}\n\n${first.text.en}` } };
    else steps.unshift({ id: 'real-cluster-start', type: 'message', text: note });
  }
  return {
    ...lesson,
    start: {
      ...lesson.start,
      ...(lesson.start.commands ? { commands } : {}),
      // Files elsewhere than the home directory belong to simulated places.
      ...(lesson.start.files ? { files: lesson.start.files.filter((f) => f.place === 'laptop' && f.path.startsWith(`${LAPTOP_HOME}/`)) } : {}),
    },
    steps,
  };
}
