// `kubetour verify --cluster CONTEXT`: proves a lesson on a real cluster the way a learner
// would meet it there. The lesson gets a namespace of its own (deleted afterwards), its start
// state (the kubia RC, the home directory's files, its manifests and commands), and each
// exercise's solution runs in a real shell; a step that can run there must fail its check
// before the solution and pass it after (waiting up to two minutes of wall time: images are
// pulled for real). Steps that need the simulation are reported as skipped, with the reason,
// but their solutions still run so later steps find what they expect. Wrong attempts are
// proven in the simulation only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { kubiaRc } from '../../cluster/scenarios/index.js';
import { HOME_MANIFESTS } from '../../shell/home/manifests.js';
import type { Lesson } from '../schema.js';
import type { VerifyItem } from '../verify/verify.js';
import { evaluateCheck } from '../checkpoints/evaluate.js';
import { applyStart, checkAfterWaiting, marksNow, runScript } from '../engine/build-session.js';
import { realClusterPlan } from './needs.js';
import { RealClusterError, RealSession } from './real-session.js';

export interface ClusterVerifyOptions {
  context: string;
  kubectl: string;
  env: Record<string, string | undefined>;
  /** Seconds a solution may take to show on the cluster. */
  waitSeconds?: number;
}

/** `kubetour-01-services-3f9a`: a DNS label of its own for each run. */
export function learnerNamespace(lessonId: string): string {
  const base = `kubetour-${lessonId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`.slice(0, 57).replace(/-+$/, '');
  return `${base}-${randomBytes(2).toString('hex')}`;
}

export async function verifyLessonOnCluster(lesson: Lesson, opts: ClusterVerifyOptions): Promise<VerifyItem[]> {
  const items: VerifyItem[] = [];
  const workdir = mkdtempSync(join(tmpdir(), 'kubetour-cluster-'));
  for (const [name, text] of Object.entries(HOME_MANIFESTS)) writeFileSync(join(workdir, name), text);
  let session: RealSession;
  try {
    session = RealSession.open({ context: opts.context, namespace: learnerNamespace(lesson.id), kubectl: opts.kubectl, workdir, env: { ...opts.env, HOME: workdir } });
  } catch (e) {
    rmSync(workdir, { recursive: true, force: true });
    return [{ step: '(start)', test: 'cluster', ok: false, detail: e instanceof RealClusterError ? e.message : String(e) }];
  }
  const wait = opts.waitSeconds ?? 120;
  try {
    if (lesson.start.scenario === 'kubia') {
      session.cluster.api.create(kubiaRc());
      await checkAfterWaiting({ id: 'kubia-ready', podsReady: { selector: 'app=kubia', min: 3 } }, session, marksNow(session), wait);
    }
    const problems = await applyStart(session, lesson);
    if (problems.length) items.push({ step: '(start)', test: 'start', ok: false, detail: problems.join('; ') });
    const lessonMarks = marksNow(session);
    for (const step of lesson.steps) {
      if (step.type === 'message') {
        if (step.run) await runScript(session, step.run);
        continue;
      }
      if (step.type === 'quiz') continue;
      const plan = realClusterPlan(step);
      const marks = marksNow(session, lessonMarks);
      if (!plan.runs || !plan.check) {
        await runScript(session, step.solution);
        items.push({ step: step.id, test: 'real cluster', ok: true, skipped: true, detail: plan.why?.en });
        continue;
      }
      const before = await evaluateCheck(plan.check, session, marks);
      const runs = await runScript(session, step.solution);
      const after = await checkAfterWaiting(plan.check, session, marks, wait);
      const failed = runs.find((r) => r.exitCode !== 0);
      if (before.pass) items.push({ step: step.id, test: 'real cluster', ok: false, detail: 'the check already passes before the solution' });
      else if (!after.pass) {
        const why = failed ? `; "${failed.input}" exited ${failed.exitCode}: ${failed.stderr.trim().split('\n')[0] ?? ''}` : '';
        items.push({ step: step.id, test: 'real cluster', ok: false, detail: `the check fails after the solution (unmet: ${after.unmet.join(', ')})${why}` });
      } else items.push({ step: step.id, test: 'real cluster', ok: true, detail: step.realCluster?.check ? 'with its real-cluster check' : undefined });
    }
  } finally {
    session.close();
    rmSync(workdir, { recursive: true, force: true });
  }
  return items;
}
