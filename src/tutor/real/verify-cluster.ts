// `kubetour verify --cluster CONTEXT`: proves a lesson on a real cluster the way a learner
// would meet it there — the lesson as lessonOnRealCluster rewrites it, in a namespace of its
// own (deleted afterwards), with its start state (the kubia RC, the home directory's files,
// its manifests and the start commands the tutor may run on this machine). Each exercise
// that runs there must fail its check before the solution and pass it after (waiting up to
// two minutes of wall time: images are pulled for real); each of its wrong attempts, from a
// fresh namespace at that step, must fail on the items it names. Steps that need the
// simulation are reported as skipped, with the reason; the kubectl lines of their solutions
// still run so later steps find what they expect.
import { randomBytes } from 'node:crypto';
import type { Lesson } from '../schema.js';
import { proveWrongAttempts, type VerifyItem } from '../verify/verify.js';
import { evaluateCheck } from '../checkpoints/evaluate.js';
import { applyStart, checkAfterWaiting, marksNow, runScript } from '../engine/build-session.js';
import { realClusterPlan } from './needs.js';
import { RealClusterError } from './real-session.js';
import { RealClusterSessions } from './real-sessions.js';
import { lessonOnRealCluster, linesNotRun } from './on-real-cluster.js';

export interface ClusterVerifyOptions {
  context: string;
  kubectl: string;
  env: Record<string, string | undefined>;
  /** Seconds a solution may take to show on the cluster. */
  waitSeconds?: number;
  /**
   * Seconds a wrong attempt is watched before it counts as failing (default 2): the tutor
   * judges a learner's line at once, so a wrong attempt must fail then, not only later.
   */
  wrongWaitSeconds?: number;
  /** Skip the wrong attempts (each costs a namespace and a replay of the earlier steps). */
  noWrong?: boolean;
}

/** `kubetour-01-services-3f9a`: a DNS label of its own for each run. */
export function learnerNamespace(lessonId: string): string {
  const base = `kubetour-${lessonId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`.slice(0, 57).replace(/-+$/, '');
  return `${base}-${randomBytes(2).toString('hex')}`;
}

export async function verifyLessonOnCluster(original: Lesson, opts: ClusterVerifyOptions): Promise<VerifyItem[]> {
  const lesson = lessonOnRealCluster(original);
  const items: VerifyItem[] = [];
  const target = { context: opts.context, kubectl: opts.kubectl, env: opts.env };
  // Node ports are cluster-wide: the wrong attempts (each replaying the lesson in a namespace
  // of its own) run after the lesson's own namespace is gone, one namespace at a time.
  const main = new RealClusterSessions({ ...target, label: lesson.id, waitOnClose: true });
  const wrongs = new RealClusterSessions({ ...target, label: `${lesson.id}-wrong`, waitOnClose: true });
  const proofs: { index: number; solved: Awaited<ReturnType<typeof checkAfterWaiting>>['leaves'] }[] = [];
  const wait = opts.waitSeconds ?? 120;
  try {
    let session;
    try {
      session = main.create({ seed: 1, scenario: lesson.start.scenario });
    } catch (e) {
      return [{ step: '(start)', test: 'cluster', ok: false, detail: e instanceof RealClusterError ? e.message : String(e) }];
    }
    if (lesson.start.scenario === 'kubia') await checkAfterWaiting({ id: 'kubia-ready', podsReady: { selector: 'app=kubia', min: 3 } }, session, marksNow(session), wait);
    const problems = await applyStart(session, lesson);
    if (problems.length) items.push({ step: '(start)', test: 'start', ok: false, detail: problems.map((p) => p.author).join('; ') });
    const lessonMarks = marksNow(session);
    for (const [index, step] of lesson.steps.entries()) {
      const was = original.steps.find((s) => s.id === step.id);
      if (step.type === 'message') {
        if (step.run) await runScript(session, step.run);
        if (was?.type === 'exercise') items.push({ step: step.id, test: 'real cluster', ok: true, skipped: true, detail: realClusterPlan(was).why?.en });
        continue;
      }
      if (step.type === 'quiz') continue;
      const marks = marksNow(session, lessonMarks);
      const before = await evaluateCheck(step.check, session, marks);
      const runs = await runScript(session, step.solution);
      const after = await checkAfterWaiting(step.check, session, marks, wait);
      const failed = runs.find((r) => r.exitCode !== 0);
      if (before.pass) items.push({ step: step.id, test: 'real cluster', ok: false, detail: 'the check already passes before the solution' });
      else if (!after.pass) {
        const left = was?.type === 'exercise' ? linesNotRun(was.solution) : [];
        const why =
          (failed ? `; "${failed.input}" exited ${failed.exitCode}: ${failed.stderr.trim().split('\n')[0] ?? ''}` : '') +
          (left.length ? `; the tutor does not run ${left.map((l) => `"${l.split('\n')[0]}"`).join(', ')} itself on a real cluster (see real/host-safe.ts)` : '');
        items.push({ step: step.id, test: 'real cluster', ok: false, detail: `the check fails after the solution (unmet: ${after.unmet.join(', ')})${why}` });
      } else items.push({ step: step.id, test: 'real cluster', ok: true, detail: was?.type === 'exercise' && was.realCluster?.check ? 'with its real-cluster check' : undefined });
      if (!opts.noWrong) proofs.push({ index, solved: after.leaves });
    }
    main.close();
    for (const { index, solved } of proofs) {
      for (const w of await proveWrongAttempts(lesson, index, wrongs.create, { limit: opts.wrongWaitSeconds ?? 2, solved, onRealCluster: true })) items.push({ ...w, test: `real cluster, ${w.test}` });
    }
  } finally {
    wrongs.close();
    main.close();
  }
  // In the lesson's order, each step's wrong attempts after its own result.
  const order = new Map(lesson.steps.map((st, i) => [st.id, i]));
  return items.map((item, i) => ({ item, i })).sort((a, b) => (order.get(a.item.step) ?? -1) - (order.get(b.item.step) ?? -1) || a.i - b.i).map(({ item }) => item);
}
