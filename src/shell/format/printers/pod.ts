// `kubectl get pods`: printPod (status reason, READY, RESTARTS with "(… ago)").
import type { Pod, PodCondition, Container } from 'kubernetes-types/core/v1.js';
import { age, timeOf } from '../duration.js';
import type { TablePrinter } from './types.js';

const isRestartableInit = (c: Container | undefined): boolean => c?.restartPolicy === 'Always';

/** READY, STATUS and RESTARTS of a pod, as printPod computes them. */
export function podStatusCells(pod: Pod, now: number): { ready: string; status: string; restarts: string } {
  const spec = pod.spec;
  const status = pod.status ?? {};
  let restarts = 0;
  let restartableInitRestarts = 0;
  let totalContainers = spec?.containers?.length ?? 0;
  let readyContainers = 0;
  let lastRestart = 0;
  let lastRestartableInitRestart = 0;
  const phase = status.phase ?? '';
  let reason: string = status.reason || phase;
  // (Index loops here: every row of every pod table comes through, and iterating makes garbage.)
  const conditions = status.conditions ?? [];
  for (let i = 0; i < conditions.length; i++) {
    const c = conditions[i];
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }
  // (Made only for a pod with init containers: most have none, and every row comes here.)
  let inits: Map<string, Container> | undefined;
  if (spec?.initContainers?.length) {
    inits = new Map();
    for (let i = 0; i < spec.initContainers.length; i++) {
      const c = spec.initContainers[i];
      inits.set(c.name, c);
      if (isRestartableInit(c)) totalContainers++;
    }
  }
  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    restarts += cs.restartCount ?? 0;
    const lastFinished = timeOf(cs.lastState?.terminated?.finishedAt) ?? 0;
    if (cs.lastState?.terminated && lastFinished > lastRestart) lastRestart = lastFinished;
    if (isRestartableInit(inits?.get(cs.name))) {
      restartableInitRestarts += cs.restartCount ?? 0;
      if (cs.lastState?.terminated && lastFinished > lastRestartableInitRestart) lastRestartableInitRestart = lastFinished;
    }
    const term = cs.state?.terminated;
    const waiting = cs.state?.waiting;
    if (term && term.exitCode === 0) continue;
    if (isRestartableInit(inits?.get(cs.name)) && cs.started) {
      if (cs.ready) readyContainers++;
      continue;
    }
    if (term) {
      if (!term.reason) reason = term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
      else reason = `Init:${term.reason}`;
    } else if (waiting && waiting.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${spec?.initContainers?.length ?? 0}`;
    }
    initializing = true;
    break;
  }
  const initializedTrue = hasCondition(conditions, 'Initialized');
  if (!initializing || initializedTrue) {
    restarts = restartableInitRestarts;
    lastRestart = lastRestartableInitRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i];
      restarts += cs.restartCount ?? 0;
      const lastFinished = timeOf(cs.lastState?.terminated?.finishedAt) ?? 0;
      if (cs.lastState?.terminated && lastFinished > lastRestart) lastRestart = lastFinished;
      const w = cs.state?.waiting;
      const t = cs.state?.terminated;
      if (w && w.reason) reason = w.reason;
      else if (t && t.reason) reason = t.reason;
      else if (t && !t.reason) reason = t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode}`;
      else if (cs.ready && cs.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const ready = hasCondition(conditions, 'Ready');
      reason = ready ? 'Running' : 'NotReady';
    }
  }
  const deleting = !!pod.metadata?.deletionTimestamp;
  if (deleting && status.reason === 'NodeLost') reason = 'Unknown';
  else if (deleting && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';
  let restartsStr = String(restarts);
  if (restarts !== 0 && lastRestart !== 0) restartsStr = `${restarts} (${age(new Date(lastRestart).toISOString(), now)} ago)`;
  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts: restartsStr };
}

function hasCondition(conditions: readonly PodCondition[], type: string): boolean {
  for (let i = 0; i < conditions.length; i++) if (conditions[i].type === type && conditions[i].status === 'True') return true;
  return false;
}

export const podPrinter: TablePrinter<Pod> = {
  columns: [
    { name: 'NAME' },
    { name: 'READY' },
    { name: 'STATUS' },
    { name: 'RESTARTS' },
    { name: 'AGE' },
    { name: 'IP', wide: true },
    { name: 'NODE', wide: true },
    { name: 'NOMINATED NODE', wide: true },
    { name: 'READINESS GATES', wide: true },
  ],
  cells(pod, { now }) {
    const s = podStatusCells(pod, now);
    const gates = pod.spec?.readinessGates ?? [];
    let readinessGates = '<none>';
    if (gates.length > 0) {
      let trueConditions = 0;
      for (const g of gates) {
        const c = (pod.status?.conditions ?? []).find((x) => x.type === g.conditionType);
        if (c?.status === 'True') trueConditions++;
      }
      readinessGates = `${trueConditions}/${gates.length}`;
    }
    return [
      pod.metadata?.name ?? '',
      s.ready,
      s.status,
      s.restarts,
      age(pod.metadata?.creationTimestamp, now),
      pod.status?.podIPs?.[0]?.ip || '<none>',
      pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      readinessGates,
    ];
  },
};
