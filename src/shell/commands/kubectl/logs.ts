// `kubectl logs POD [-c] [--tail] [-f] [--previous]`: the container's log kept by the
// cluster. `-f` follows for a bounded stretch of virtual time, then stops as if interrupted.
import { KubectlExit, type Invocation, type Verb } from './kube.js';
import { ApiError } from '../../../cluster/api/errors.js';
import { findPod, pickContainer, waitingReason } from './pods.js';
import { longFlags, SELECTOR_FLAG } from './common-flags.js';

export const FOLLOW_SECONDS = 10;

export const logsVerb: Verb = {
  name: 'logs',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'previous', short: 'p', type: 'bool' },
    SELECTOR_FLAG,
    ...longFlags('int', 'tail', 'limit-bytes', 'max-log-requests'),
    ...longFlags('string', 'since', 'since-time', 'pod-running-timeout'),
    ...longFlags('bool', 'timestamps', 'all-containers', 'prefix', 'ignore-errors', 'insecure-skip-tls-verify-backend'),
  ],
  run(inv) {
    const { flags, cluster } = inv;
    if (flags.args.length === 0 && flags.has('selector')) return logsBySelector(inv);
    if (flags.args.length === 0) {
      throw new KubectlExit(`error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n`);
    }
    const pod = podForLogs(inv, flags.args[0]);
    const podName = pod.metadata?.name ?? '';
    const container = pickContainer(inv, pod, flags.args[1] ?? flags.str('container'), true);
    if (flags.bool('previous')) {
      throw new KubectlExit(`Error from server (BadRequest): previous terminated container "${container}" in pod "${podName}" not found\n`);
    }
    const waiting = waitingReason(pod, container);
    if (waiting) {
      throw new KubectlExit(`Error from server (BadRequest): container "${container}" in pod "${podName}" is waiting to start: ${waiting}\n`);
    }
    const ns = pod.metadata?.namespace ?? inv.namespace;
    const text = cluster.logs(ns, podName, container);
    let lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    if (flags.has('tail') && flags.int('tail', -1) >= 0) lines = lines.slice(Math.max(0, lines.length - flags.int('tail', 0)));
    inv.out.push(lines.map((l) => `${l}\n`).join(''));
    if (flags.bool('follow')) {
      let seen = text.length;
      for (let s = 0; s < FOLLOW_SECONDS; s++) {
        cluster.advance(1);
        const now = cluster.logs(ns, podName, container);
        if (now.length > seen) inv.out.push(now.slice(seen));
        seen = now.length;
      }
    }
    return 0;
  },
};

/** `logs -l app=kubia`: every matching pod's last 10 lines, one pod after the other. */
function logsBySelector(inv: Invocation): number {
  const { flags, cluster } = inv;
  const pods = cluster.api.list('Pod', inv.namespace, flags.str('selector'));
  const max = flags.int('max-log-requests', 5);
  if (flags.bool('follow') && pods.length > max) {
    throw new KubectlExit(`error: you are attempting to follow ${pods.length} log streams, but maximum allowed concurrency is ${max}, use --max-log-requests to increase the limit\n`);
  }
  if (pods.length === 0) {
    inv.err.push(`No resources found in ${inv.namespace} namespace.\n`);
    return 0;
  }
  for (const pod of pods) {
    const name = pod.metadata?.name ?? '';
    const container = flags.str('container') || pod.spec?.containers?.[0]?.name || '';
    let lines = cluster.logs(inv.namespace, name, container).split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const tail = flags.has('tail') ? flags.int('tail', -1) : 10;
    if (tail >= 0) lines = lines.slice(Math.max(0, lines.length - tail));
    const prefix = flags.bool('prefix') ? `[pod/${name}/${container}] ` : '';
    inv.out.push(lines.map((l) => `${prefix}${l}\n`).join(''));
  }
  return 0;
}

/**
 * The pod `logs` reads. A missing pod named plainly is reported by kubectl's logs helper in
 * its own words: `error: error from server (NotFound): pods "nope" not found in namespace "default"`.
 */
function podForLogs(inv: Invocation, ref: string) {
  try {
    return findPod(inv, ref);
  } catch (err) {
    const plain = !ref.includes('/') || /^pods?\//.test(ref) || ref.startsWith('po/');
    if (plain && err instanceof ApiError && err.reason === 'NotFound') {
      const name = ref.slice(ref.indexOf('/') + 1);
      throw new KubectlExit(`error: error from server (NotFound): pods "${name}" not found in namespace "${inv.namespace}"\n`);
    }
    throw err;
  }
}
