// Did the learner reach a step's state the lesson's way? A step's explanation is written
// for its solution (it may quote `service/kubia-http exposed`); a learner who got there
// another way (`kubectl edit`, a manifest) is shown the lesson's way as "another way"
// rather than praised for output they never saw. Only commands that change the cluster
// are compared: looking around (get, describe, curl) is never a different way.

const MUTATING = new Set(['create', 'apply', 'expose', 'edit', 'patch', 'delete', 'label', 'annotate', 'scale', 'set', 'replace', 'run', 'rollout', 'autoscale', 'taint', 'cordon', 'uncordon', 'drain']);
const VALUE_FLAGS = new Set(['-n', '--namespace', '--context', '-s', '--server', '--kubeconfig', '--cluster', '--user', '--as', '-v']);
/** `kubectl create secret tls …` and `kubectl create service …` differ from `create -f`. */
const CREATE_SUBCOMMANDS = new Set(['secret', 'service', 'svc', 'configmap', 'cm', 'deployment', 'deploy', 'namespace', 'ns', 'ingress', 'ing', 'job', 'cronjob', 'serviceaccount', 'sa', 'role', 'rolebinding', 'clusterrole', 'clusterrolebinding', 'quota', 'priorityclass', 'poddisruptionbudget', 'pdb', 'token']);

/**
 * The way a line changes the cluster: `kubectl expose`, `kubectl create secret`, `kubectl
 * apply` (`create -f` and `apply -f` are one way: a manifest), or undefined for a line that
 * only looks.
 */
export function wayOf(line: string): string | undefined {
  const words = line.trim().split(/\s+/);
  const at = words.indexOf('kubectl');
  if (at < 0) return undefined;
  const rest = words.slice(at + 1);
  let verbAt = 0;
  // Global flags before the verb (`kubectl -n default edit …`) and their values are skipped.
  while (verbAt < rest.length && rest[verbAt].startsWith('-')) verbAt += VALUE_FLAGS.has(rest[verbAt]) ? 2 : 1;
  const verb = rest[verbAt];
  if (!verb || !MUTATING.has(verb)) return undefined;
  const more = rest.slice(verbAt + 1);
  if (verb === 'apply' || (verb === 'create' && more.some((w) => w === '-f' || w.startsWith('--filename') || w.startsWith('-f')))) return 'kubectl apply';
  if (verb === 'create' && more[0] && CREATE_SUBCOMMANDS.has(more[0])) return `kubectl create ${more[0]}`;
  return `kubectl ${verb}`;
}

/**
 * True when the learner's lines include a way the solution uses, or the solution changes
 * nothing (a step about looking or asking, where any path is the lesson's).
 */
export function followedLessonWay(solutionLines: readonly string[], learnerLines: readonly string[]): boolean {
  const lesson = new Set(solutionLines.map(wayOf).filter((w): w is string => !!w));
  if (lesson.size === 0) return true;
  return learnerLines.some((l) => {
    const w = wayOf(l);
    return !!w && lesson.has(w);
  });
}
