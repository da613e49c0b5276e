// Builds a DiagnosisContext from a live session: the command record to explain, the objects
// it wrote, the files the learner could have meant, the facts of the step's check, and the
// lesson's own `diagnose:` entries that match. The async part (files, state predicates)
// lives here so that the rules themselves stay plain synchronous functions.
import { KINDS, type Kind } from '../../cluster/api/kinds.js';
import { LAPTOP_HOME } from '../../shell/home/index.js';
import type { DiagnoseEntry, Predicate } from '../schema.js';
import type { TutorCommandRecord, TutorSession } from '../session-port.js';
import { leavesOf } from '../checkpoints/predicate-ids.js';
import { evaluateCheck, safeRegex, type CheckMarks } from '../checkpoints/evaluate.js';
import { NO_TASK, type AuthoredDiagnosis, type DiagnosisContext, type ObjectChange, type TaskFacts } from './types.js';

/** Kinds a learner writes; controllers' own writes (Endpoints, Events) are not the learner's doing. */
const LEARNER_KINDS: Kind[] = ['Service', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'Secret', 'ConfigMap', 'Ingress', 'Namespace', 'Endpoints'];

export interface DiagnosisContextOptions {
  /** The line to explain; default: the session's last record. */
  record?: TutorCommandRecord;
  /** The store's resourceVersion before the line: objects written after it are the line's. */
  since?: number;
  /** The learner's objects before the line (`snapshotObjects`): finer than `since`, as controllers' status writes don't count. */
  before?: ObjectSnapshot;
  /** The current step's check, for "what the task names". */
  check?: Predicate;
  /** The lesson's and the step's `diagnose:` entries (the step's first). */
  authored?: readonly DiagnoseEntry[];
  /** Marks for evaluating an entry's `state:` check. */
  marks?: CheckMarks;
}

/** The facts a rule may compare against: objects, places, services, node ports, files. */
export function taskFacts(check: Predicate | undefined): TaskFacts {
  if (!check) return NO_TASK;
  const f: TaskFacts = { objects: [], places: [], services: [], ingresses: [], nodePorts: [], files: [] };
  const obj = (kind: Kind, name: string, namespace?: string) => {
    if (!f.objects.some((o) => o.kind === kind && o.name === name && o.namespace === (namespace ?? 'default'))) f.objects.push({ kind, name, namespace: namespace ?? 'default' });
  };
  for (const l of leavesOf(check)) {
    if ('object' in l) obj(l.object.kind, l.object.name, l.object.namespace);
    else if ('absent' in l) obj(l.absent.kind, l.absent.name, l.absent.namespace);
    else if ('field' in l) {
      obj(l.field.kind, l.field.name, l.field.namespace);
      if (/nodePort$/.test(l.field.path) && typeof l.field.equals === 'number') f.nodePorts.push(l.field.equals);
    } else if ('endpoints' in l) obj('Service', l.endpoints.service, l.endpoints.namespace);
    else if ('request' in l) {
      if (l.request.from && !f.places.includes(l.request.from)) f.places.push(l.request.from);
      if (l.request.service && !f.services.includes(l.request.service)) f.services.push(l.request.service);
      if (l.request.ingress && !f.ingresses.includes(l.request.ingress)) f.ingresses.push(l.request.ingress);
    } else if ('place' in l && !f.places.includes(l.place.kind)) f.places.push(l.place.kind);
    else if ('file' in l) f.files.push({ place: l.file.place, path: l.file.path });
  }
  return f;
}

/** The learner-made objects of a store at one moment (objects are immutable, so references suffice). */
export type ObjectSnapshot = Map<string, unknown>;

export function snapshotObjects(store: TutorSession['cluster']['store']): ObjectSnapshot {
  const snap: ObjectSnapshot = new Map();
  for (const kind of LEARNER_KINDS) for (const o of store.list(kind)) snap.set(`${kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`, o);
  return snap;
}

/** What a learner changes: the spec, labels, data, type, manual Endpoints' subsets — not the status controllers write. */
function learnerPart(o: any): string {
  return JSON.stringify([o?.spec, o?.metadata?.labels, o?.data, o?.type, o?.metadata?.annotations, o?.subsets]);
}

function changedSince(session: TutorSession, since: number | undefined, before: ObjectSnapshot | undefined): ObjectChange[] {
  if (since === undefined && before === undefined) return [];
  const out: ObjectChange[] = [];
  for (const kind of LEARNER_KINDS) {
    for (const o of session.cluster.store.list(kind)) {
      if (o.metadata?.deletionTimestamp || o.metadata?.ownerReferences?.length) continue;
      // The endpoints controller writes the Endpoints of a Service with a selector; only manual ones are the learner's.
      if (kind === 'Endpoints' && session.cluster.store.get('Service', o.metadata?.namespace ?? 'default', o.metadata?.name ?? '')?.spec?.selector) continue;
      const key = `${kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
      const changed = before ? !before.has(key) || (before.get(key) !== o && learnerPart(before.get(key)) !== learnerPart(o)) : Number(o.metadata?.resourceVersion ?? 0) > since!;
      if (changed) out.push({ kind, name: o.metadata?.name ?? '', namespace: KINDS[kind].namespaced ? (o.metadata?.namespace ?? 'default') : '' });
    }
  }
  return out;
}

async function laptopFiles(session: TutorSession): Promise<string[]> {
  try {
    const fs = session.fsOf({ kind: 'laptop', name: 'laptop', ip: '' });
    return await fs.readdir(LAPTOP_HOME);
  } catch {
    return [];
  }
}

/** The laptop's /etc/hosts, read only for lines that could have used or changed it. */
async function laptopHosts(session: TutorSession, record: TutorCommandRecord): Promise<string | undefined> {
  const requested = record.place.kind === 'laptop' && (record.traces ?? []).length > 0;
  if (!requested && !/\/etc\/hosts\b/.test(record.input)) return undefined;
  try {
    return await session.fsOf({ kind: 'laptop', name: 'laptop', ip: '' }).readFile('/etc/hosts');
  } catch {
    return undefined;
  }
}

async function matchAuthored(session: TutorSession, record: TutorCommandRecord, entries: readonly DiagnoseEntry[], marks?: CheckMarks): Promise<AuthoredDiagnosis[]> {
  const out: AuthoredDiagnosis[] = [];
  const output = record.result.stdout + record.result.stderr;
  for (const e of entries) {
    if (e.input !== undefined && !safeRegex(e.input)?.test(record.input)) continue;
    if (e.output !== undefined && !safeRegex(e.output, 'm')?.test(output)) continue;
    if (e.exitCode !== undefined && record.result.exitCode !== e.exitCode) continue;
    if (e.state && !(await evaluateCheck(e.state, session, marks)).pass) continue;
    out.push({ id: e.id, text: { ko: e.ko, en: e.en } });
  }
  return out;
}

export async function diagnosisContext(session: TutorSession, opts: DiagnosisContextOptions = {}): Promise<DiagnosisContext | undefined> {
  const record = opts.record ?? session.records[session.records.length - 1];
  if (!record) return undefined;
  return {
    input: record.input,
    place: record.place,
    exitCode: record.result.exitCode,
    stdout: record.result.stdout,
    stderr: record.result.stderr,
    traces: record.traces ?? [],
    store: session.cluster.store,
    task: taskFacts(opts.check),
    changed: changedSince(session, opts.since, opts.before),
    files: await laptopFiles(session),
    hosts: await laptopHosts(session, record),
    authored: await matchAuthored(session, record, opts.authored ?? [], opts.marks),
  };
}
