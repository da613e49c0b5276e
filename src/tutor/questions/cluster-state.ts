// Questions about the cluster's state rather than a command: "왜 준비가 안 되지?", "why are my
// pods not ready?", "why does the Service have no endpoints?". The answer is read off the
// simulated cluster as `kubectl get pods`, `describe pod` and `get endpoints` would show it:
// which pods are not ready, what their readiness probe says (its last Unhealthy event), and
// what that means for the Services that select them.
import type { Event, Pod, Probe, Service } from 'kubernetes-types/core/v1.js';
import type { Store } from '../../cluster/store/store.js';
import { questionsT, type Lang } from '../../i18n/index.js';
import { isDefinition } from './ask.js';
import { isPodReady } from '../../cluster/controllers/context.js';

const READINESS = /준비|레디|ready|readiness|0\/1/i;
const ENDPOINTS = /엔드포인트|endpoints?\b/i;
/** A "why not" question, not "what is": 왜, 안 돼, why, not, n't. */
const WHY_NOT = /왜|어째서|안\s*(돼|되|나|떠|보)|없(어|지|나|는|네|음)|\bwhy\b|\bnot\b|n't\b|\bno\b|\bempty\b/i;

/** Pods named in one line before "and N more". */
const MAX_PODS = 3;

/** The answer from the cluster's state, or undefined when the question is not about it. */
export function stateAnswer(question: string, store: Store, lang: Lang, namespace = 'default'): string | undefined {
  if (isDefinition(question) || !WHY_NOT.test(question)) return undefined;
  if (ENDPOINTS.test(question)) return endpointsAnswer(store, lang, namespace);
  if (READINESS.test(question)) return readinessAnswer(store, lang, namespace);
  return undefined;
}

function live(store: Store, namespace: string): Pod[] {
  return store.list('Pod', namespace).filter((p) => !p.metadata?.deletionTimestamp);
}

function readinessAnswer(store: Store, lang: Lang, namespace: string): string {
  const qt = questionsT(lang);
  const pods = live(store, namespace);
  if (pods.length === 0) return qt('state.noPods', { namespace });
  const notReady = pods.filter((p) => !isPodReady(p));
  if (notReady.length === 0) return qt('state.allReady', { count: pods.length });
  // Pods failing for the same reason (three replicas, one probe) are said once.
  const groups = new Map<string, { names: string[]; reason: Reason }>();
  for (const p of notReady) {
    const reason = whyNotReady(p, store);
    const key = JSON.stringify(reason);
    groups.set(key, { names: [...(groups.get(key)?.names ?? []), p.metadata?.name ?? ''], reason });
  }
  const lines = [...groups.values()].map(({ names, reason }) => {
    const shown = names.slice(0, MAX_PODS).map((n) => `\`${n}\``).join(', ') + (names.length > MAX_PODS ? ` ${qt('state.morePods', { count: names.length - MAX_PODS })}` : '');
    return `- ${qt(`state.${reason.key}`, { ...reason.vars, pods: shown, name: names[0] })}`;
  });
  const parts = [qt('state.notReady', { count: notReady.length, total: pods.length }), lines.join('\n')];
  const affected = servicesSelecting(store, namespace, notReady);
  if (affected.length) parts.push(qt('state.servicesSkip', { services: affected.map((s) => `\`${s.metadata?.name}\``).join(', ') }));
  return parts.join('\n\n');
}

interface Reason {
  key: 'pending' | 'starting' | 'probeFailed' | 'probeWaiting';
  vars: Record<string, string>;
}

/** One pod's reason, as `kubectl describe pod` would let the learner find it. */
function whyNotReady(pod: Pod, store: Store): Reason {
  const waiting = pod.status?.containerStatuses?.find((c) => c.state?.waiting)?.state?.waiting?.reason;
  if (pod.status?.phase === 'Pending' || waiting) return { key: 'pending', vars: { reason: waiting ?? pod.status?.phase ?? 'Pending' } };
  const probe = pod.spec?.containers?.find((c) => c.readinessProbe)?.readinessProbe;
  if (!probe) return { key: 'starting', vars: {} };
  const failed = lastEvent(store, pod, 'Unhealthy')?.replace(/^Readiness probe failed:\s*/, '');
  return failed ? { key: 'probeFailed', vars: { probe: describeProbe(probe), message: failed } } : { key: 'probeWaiting', vars: { probe: describeProbe(probe) } };
}

/** What the probe runs, in the words of `kubectl describe pod`'s Readiness line. */
function describeProbe(p: Probe): string {
  if (p.exec?.command) return `exec [${p.exec.command.join(' ')}]`;
  if (p.httpGet) return `http-get ${p.httpGet.scheme === 'HTTPS' ? 'https' : 'http'}://:${p.httpGet.port}${p.httpGet.path ?? '/'}`;
  if (p.tcpSocket) return `tcp-socket :${p.tcpSocket.port}`;
  return 'probe';
}

function lastEvent(store: Store, pod: Pod, reason: string): string | undefined {
  const mine = (store.list('Event', pod.metadata?.namespace ?? 'default') as Event[]).filter((e) => e.reason === reason && e.involvedObject?.uid === pod.metadata?.uid);
  const latest = mine.sort((a, b) => Date.parse(a.lastTimestamp ?? '') - Date.parse(b.lastTimestamp ?? ''))[mine.length - 1];
  return latest?.message;
}

function selects(s: Service, pod: Pod): boolean {
  const sel = s.spec?.selector;
  if (!sel || Object.keys(sel).length === 0) return false;
  const labels = pod.metadata?.labels ?? {};
  return Object.entries(sel).every(([k, v]) => labels[k] === v);
}

function servicesSelecting(store: Store, namespace: string, pods: Pod[]): Service[] {
  return store.list('Service', namespace).filter((s) => pods.some((p) => selects(s, p)));
}

function endpointsAnswer(store: Store, lang: Lang, namespace: string): string {
  const qt = questionsT(lang);
  const pods = live(store, namespace);
  const lines: string[] = [];
  const fine: string[] = [];
  for (const s of store.list('Service', namespace)) {
    const sel = s.spec?.selector;
    if (!sel || Object.keys(sel).length === 0) continue;
    const selector = Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',');
    const chosen = pods.filter((p) => selects(s, p));
    const name = s.metadata?.name ?? '';
    if (chosen.length === 0) lines.push(`- ${qt('state.epNoPods', { name, selector })}`);
    else if (!chosen.some(isPodReady)) lines.push(`- ${qt('state.epNoneReady', { name, selector, count: chosen.length })}`);
    else fine.push(`\`${name}\` (${chosen.filter(isPodReady).length})`);
  }
  // Nothing is wrong with the endpoints here: say what there is, rather than nothing.
  if (lines.length === 0) return fine.length ? qt('state.epAllHave', { services: fine.join(', ') }) : qt('state.epNoServices', { namespace });
  return [qt('state.epIntro'), lines.join('\n'), qt('state.epHow')].join('\n\n');
}
