// Evaluates a lesson's checkpoint (a predicate tree) against the live session: cluster state,
// the request traces, the filesystems and the last command. The result says which leaves
// passed, so the engine can name the unmet sub-condition and pick the matching hint.
import type { AnyObject, Kind } from '../../cluster/api/kinds.js';
import type { Trace } from '../../cluster/network/trace.js';
import type { PlaceInfo } from '../../shell/types.js';
import type { Leaf, Predicate } from '../schema.js';
import type { TutorSession } from '../session-port.js';
import { getField, looseEquals, parseFieldPath } from './field-path.js';
import { parseSelector } from './selector.js';
import { tracesSince } from './traces.js';
import { lookupMatches } from './lookup.js';
import { judgeHostsEntry } from './hosts.js';
import { certMatchesHost, parseCertificate, type CertInfo } from '../../cluster/network/certs.js';

/** The names a certificate is for, as curl compares them: its DNS SANs, else its CN. */
function certNames(cert: CertInfo): string[] {
  return cert.dnsNames.length ? cert.dnsNames : cert.subject.filter(([k]) => k === 'CN').map(([, v]) => v);
}

/**
 * Where "since the step started" begins: how many records existed then, and the newest
 * trace id then (`traceMark`; trace ids count up from 1, so it is also how many there were).
 */
export interface CheckMarks {
  stepRecords: number;
  stepTraces: number;
  lessonRecords: number;
  lessonTraces: number;
}

export interface CheckResult {
  pass: boolean;
  /** Every id in the tree (leaves and named combinators) → passed. */
  leaves: Record<string, boolean>;
  /** Ids of the unmet sub-conditions that make the check fail, in tree order. */
  unmet: string[];
  /**
   * The same, for telling the learner: the alternatives of a named `any` are folded into its
   * id ("modern-form", not "modern-form, exec-dashdash, in-pod-shell"). Hints still use `unmet`.
   */
  headline?: string[];
  /**
   * What a failing `certificateFor` leaf found instead, by leaf id: the names the certificate
   * in the file is for (`kubia.example.co`), so the learner reads the wrong name beside the wanted one.
   */
  certNames?: Record<string, string[]>;
}

export const NO_MARKS: CheckMarks = { stepRecords: 0, stepTraces: 0, lessonRecords: 0, lessonTraces: 0 };

export async function evaluateCheck(pred: Predicate, session: TutorSession, marks: CheckMarks = NO_MARKS): Promise<CheckResult> {
  const leaves: Record<string, boolean> = {};
  const certNames: Record<string, string[]> = {};
  const r = await evalNode(pred, { session, marks, leaves, certNames });
  return { pass: r.pass, leaves, unmet: r.pass ? [] : dedupe(r.unmet), headline: r.pass ? [] : dedupe(r.headline), certNames };
}

interface Ctx {
  session: TutorSession;
  marks: CheckMarks;
  leaves: Record<string, boolean>;
  certNames: Record<string, string[]>;
}

type NodeResult = { pass: boolean; unmet: string[]; headline: string[]; met: string[] };

async function evalNode(p: Predicate, ctx: Ctx): Promise<NodeResult> {
  if ('all' in p || 'any' in p) {
    const kids = 'all' in p ? p.all : p.any;
    const rs = [];
    for (const k of kids) rs.push(await evalNode(k, ctx));
    const pass = 'all' in p ? rs.every((r) => r.pass) : rs.some((r) => r.pass);
    if (p.id) ctx.leaves[p.id] = pass;
    const failed = rs.filter((r) => !r.pass);
    const unmet = failed.flatMap((r) => r.unmet);
    const headline = failed.flatMap((r) => r.headline);
    if (pass) return { pass, unmet: [], headline: [], met: rs.flatMap((r) => r.met) };
    const named = p.id && 'any' in p;
    return { pass, unmet: named ? [p.id!, ...unmet] : unmet, headline: named ? [p.id!] : headline, met: rs.flatMap((r) => r.met) };
  }
  if ('not' in p) {
    const r = await evalNode(p.not, ctx);
    const pass = !r.pass;
    if (p.id) ctx.leaves[p.id] = pass;
    // "not X" fails because X held: the unmet part is the not's own id, else the leaves that held.
    const unmet = pass ? [] : p.id ? [p.id] : r.met;
    return { pass, unmet, headline: unmet, met: pass && p.id ? [p.id] : [] };
  }
  const pass = await evalLeaf(p, ctx);
  ctx.leaves[p.id] = pass;
  return { pass, unmet: pass ? [] : [p.id], headline: pass ? [] : [p.id], met: pass ? [p.id] : [] };
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}

async function evalLeaf(p: Leaf, ctx: Ctx): Promise<boolean> {
  const store = ctx.session.cluster.store;
  const getObj = (kind: Kind, ns: string | undefined, name: string): AnyObject | undefined => store.get(kind, ns ?? 'default', name) as AnyObject | undefined;
  if ('object' in p) {
    const o = getObj(p.object.kind, p.object.namespace, p.object.name);
    return !!o && !o.metadata?.deletionTimestamp;
  }
  if ('absent' in p) {
    const o = getObj(p.absent.kind, p.absent.namespace, p.absent.name);
    return !o || !!o.metadata?.deletionTimestamp;
  }
  if ('field' in p) {
    const f = p.field;
    const o = getObj(f.kind, f.namespace, f.name);
    if (!o) return false;
    const segs = parseFieldPath(f.path);
    if ('error' in segs) return false;
    const v = getField(o, segs);
    if (f.exists !== undefined && (v !== undefined && v !== null) !== f.exists) return false;
    if ('equals' in f && f.equals !== undefined && !looseEquals(v, f.equals)) return false;
    if ('notEquals' in f && f.notEquals !== undefined && looseEquals(v, f.notEquals)) return false;
    if (f.contains !== undefined) {
      if (typeof v === 'string') {
        if (!v.includes(String(f.contains))) return false;
      } else if (Array.isArray(v)) {
        if (!v.some((el) => looseEquals(el, f.contains))) return false;
      } else if (v && typeof v === 'object') {
        if (!(String(f.contains) in v)) return false;
      } else return false;
    }
    if (f.matches !== undefined) {
      if (v === undefined || v === null || typeof v === 'object') return false;
      if (!safeRegex(f.matches)?.test(String(v))) return false;
    }
    return true;
  }
  if ('count' in p) {
    const c = p.count;
    const match = c.selector ? parseSelector(c.selector) : () => true;
    if (!match) return false;
    const n = store.list(c.kind, c.namespace ?? 'default').filter((o: any) => !o.metadata?.deletionTimestamp && match(o.metadata?.labels)).length;
    return compareCount(n, c);
  }
  if ('endpoints' in p) {
    const e = p.endpoints;
    const ep: any = store.get('Endpoints', e.namespace ?? 'default', e.service);
    let ready = 0;
    let notReady = 0;
    for (const s of ep?.subsets ?? []) {
      ready += (s.addresses ?? []).length;
      notReady += (s.notReadyAddresses ?? []).length;
    }
    if (e.ready !== undefined && ready !== e.ready) return false;
    if (e.notReady !== undefined && notReady !== e.notReady) return false;
    if (e.min !== undefined && ready < e.min) return false;
    if (e.ready === undefined && e.notReady === undefined && e.min === undefined) return ready > 0;
    return true;
  }
  if ('podsReady' in p) {
    const r = p.podsReady;
    const match = parseSelector(r.selector);
    if (!match) return false;
    const n = store
      .list('Pod', r.namespace ?? 'default')
      .filter((o) => !o.metadata?.deletionTimestamp && match(o.metadata?.labels as Record<string, string>))
      .filter((o) => o.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;
    if (r.ready !== undefined && n !== r.ready) return false;
    if (r.min !== undefined && n < r.min) return false;
    if (r.ready === undefined && r.min === undefined) return n > 0;
    return true;
  }
  if ('file' in p) {
    for (const place of placesFor(p.file.place, ctx.session)) {
      const fs = ctx.session.fsOf(place);
      try {
        if (!(await fs.exists(p.file.path))) continue;
        if (p.file.contains === undefined && p.file.certificateFor === undefined && p.file.hostsEntry === undefined) return true;
        const text = await fs.readFile(p.file.path);
        if (p.file.contains !== undefined && !text.includes(p.file.contains)) continue;
        if (p.file.certificateFor !== undefined) {
          const cert = parseCertificate(text);
          if (!cert) continue;
          if (!certMatchesHost(cert, p.file.certificateFor)) {
            ctx.certNames[p.id] = certNames(cert);
            continue;
          }
        }
        if (p.file.hostsEntry !== undefined && !judgeHostsEntry(text, p.file.hostsEntry, ctx.session.cluster.store).ok) continue;
        return true;
      } catch {
        // A place without a filesystem (container not started) simply doesn't have the file.
      }
    }
    return false;
  }
  if ('request' in p) return requestMatches(p.request, ctx);
  if ('lastCommand' in p) {
    const l = p.lastCommand;
    const recs = ctx.session.records;
    if (recs.length <= ctx.marks.stepRecords) return false;
    const last = recs[recs.length - 1];
    if (l.exitCode !== undefined && last.result.exitCode !== l.exitCode) return false;
    if (l.stdoutContains !== undefined && !last.result.stdout.includes(l.stdoutContains)) return false;
    if (l.stderrContains !== undefined && !last.result.stderr.includes(l.stderrContains)) return false;
    if (l.stdoutMatches !== undefined && !safeRegex(l.stdoutMatches, 'm')?.test(last.result.stdout)) return false;
    if (l.inputMatches !== undefined && !safeRegex(l.inputMatches)?.test(last.input)) return false;
    return true;
  }
  if ('place' in p) return ctx.session.place().kind === p.place.kind;
  return false;
}

function compareCount(n: number, c: { equals?: number; min?: number; max?: number }): boolean {
  if (c.equals !== undefined && n !== c.equals) return false;
  if (c.min !== undefined && n < c.min) return false;
  if (c.max !== undefined && n > c.max) return false;
  if (c.equals === undefined && c.min === undefined && c.max === undefined) return n > 0;
  return true;
}

export function safeRegex(src: string, flags = ''): RegExp | undefined {
  // A quantified group of quantifiers (`(a+)+`, `(x+x+)+y`) backtracks exponentially on a
  // near-miss: such a pattern is refused (lint reports it), never run on a learner's output.
  if (backtracksBadly(src)) return undefined;
  try {
    return new RegExp(src, flags);
  } catch {
    return undefined;
  }
}

/**
 * Whether a pattern can backtrack exponentially (or to a high power) on a near-miss: a repeated
 * group that itself repeats (`(a+)+`, `(x+x+)+y`), a repeated group of alternatives, which
 * may overlap (`(a|a)+$`, `(a|aa)+b`), or a group with a repetition inside, repeated more
 * than a few times (`(.*a){20}`). Conservative: a harmless pattern of these shapes is refused too.
 */
export function backtracksBadly(src: string): boolean {
  const stack: { quantified: boolean; alternation: boolean }[] = [];
  let quantifiedInside = false;
  let alternation = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // a character class: skip to its end
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      continue;
    }
    if (c === '|') {
      alternation = true;
      continue;
    }
    if (c === '(') {
      stack.push({ quantified: quantifiedInside, alternation });
      quantifiedInside = false;
      alternation = false;
      // (`(?:`, `(?=`, `(?<name>`: that `?` is no repetition.)
      if (src[i + 1] === '?') i++;
      continue;
    }
    if (c === ')') {
      const inner = quantifiedInside;
      const alternatives = alternation;
      const outer = stack.pop() ?? { quantified: false, alternation: false };
      quantifiedInside = outer.quantified;
      alternation = outer.alternation;
      const next = src[i + 1];
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i + 1));
      const unbounded = next === '+' || next === '*' || (counted !== null && counted[2] !== undefined && counted[3] === '');
      const times = counted ? Number(counted[3] || counted[1]) : 1;
      if ((inner || alternatives) && unbounded) return true;
      if (inner && times > 5) return true;
      if (inner || unbounded || times > 1) quantifiedInside = true;
      continue;
    }
    if (c === '+' || c === '*' || c === '?' || (c === '{' && /^\{\d*,\d*\}/.test(src.slice(i)))) quantifiedInside = true;
  }
  return false;
}

/** `laptop`, `node:worker1`, `pod:kubia-` (name prefix) or `pod:app=kubia` (selector). */
export function placesFor(spec: string, session: TutorSession): PlaceInfo[] {
  if (spec === 'laptop') {
    const here = session.place();
    return [here.kind === 'laptop' ? here : { kind: 'laptop', name: 'laptop', ip: '' }];
  }
  const [kind, ...rest] = spec.split(':');
  const arg = rest.join(':');
  const store = session.cluster.store;
  if (kind === 'node') {
    const node = store.get('Node', undefined, arg);
    const ip = node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '';
    return [{ kind: 'node', name: arg, ip, node: arg }];
  }
  if (kind === 'pod') {
    const bySelector = arg.includes('=') ? parseSelector(arg) : undefined;
    return store
      .list('Pod')
      .filter((pod) => (bySelector ? bySelector(pod.metadata?.labels as Record<string, string>) : pod.metadata?.name?.startsWith(arg)))
      .map((pod) => ({ kind: 'pod' as const, name: pod.metadata!.name!, namespace: pod.metadata?.namespace ?? 'default', ip: pod.status?.podIP ?? '', node: pod.spec?.nodeName }));
  }
  return [];
}

type RequestTest = Extract<Leaf, { request: unknown }>['request'];

function requestMatches(r: RequestTest, ctx: Ctx): boolean {
  const { session, marks } = ctx;
  const from = r.since === 'any' ? 0 : r.since === 'lesson' ? marks.lessonTraces : marks.stepTraces;
  const matcher = r.reachedPodSelector ? parseSelector(r.reachedPodSelector) : undefined;
  if (r.reachedPodSelector && !matcher) return false;
  const nodeIps = new Set(
    session.cluster.store.list('Node').flatMap((n) => (n.status?.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address)),
  );
  const hits: Trace[] = tracesSince(session, from).filter((t) => {
    if (r.tool && t.tool !== r.tool) return false;
    if (r.from && t.from.kind !== r.from) return false;
    if (r.service && t.service?.name !== r.service) return false;
    if (r.ingress && t.ingress?.name !== r.ingress) return false;
    if (r.outcome && t.outcome !== r.outcome) return false;
    if (r.httpStatus !== undefined && t.httpStatus !== r.httpStatus) return false;
    if (matcher) {
      const podName = t.endpoint?.pod;
      if (!podName) return false;
      const pod = session.cluster.store.get('Pod', t.endpoint?.namespace ?? 'default', podName);
      // A pod deleted since still counts if its name shows it came from the labelled set.
      if (pod && !matcher(pod.metadata?.labels as Record<string, string>)) return false;
    }
    if (r.clientIpSeen === 'node' && !(t.clientIpSeen && nodeIps.has(t.clientIpSeen) && t.clientIpSeen !== t.from.ip)) return false;
    if (r.clientIpSeen === 'client' && t.clientIpSeen !== t.from.ip) return false;
    if (r.lookup && !lookupMatches(r.lookup, t)) return false;
    return true;
  });
  if (hits.length < (r.min ?? 1)) return false;
  if (r.distinctPods !== undefined && new Set(hits.map((t) => t.endpoint?.pod).filter(Boolean)).size < r.distinctPods) return false;
  return true;
}
