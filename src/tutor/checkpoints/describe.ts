// A check item in words: what the learner reads instead of its id. Each sentence is made
// from the check itself (kind, name, path, expected value) and the live state (the actual
// value, the last request of the step), so it names the thing and what is off about it.
// An item's own `text:` replaces the generated sentence.
import type { Kind } from '../../cluster/api/kinds.js';
import type { HopFact, HopKey, Trace } from '../../cluster/network/trace.js';
import type { Service } from 'kubernetes-types/core/v1.js';
import { diagnosisT } from '../../i18n/index.js';
import type { Leaf, Predicate } from '../schema.js';
import type { TutorSession } from '../session-port.js';
import type { Lang } from '../types.js';
import { closest } from '../diagnosis/names.js';
import { pick } from '../lessons/text.js';
import { safeRegex, type CheckMarks, type CheckResult } from './evaluate.js';
import { getField, looseEquals, parseFieldPath } from './field-path.js';
import { fieldInWords } from './field-words.js';
import { commandExample } from './command-example.js';
import { parseSelector } from './selector.js';
import { tracesSince } from './traces.js';
import { lookupGoal, lookupUnmet } from './lookup.js';
import { ingressAddress } from './hosts.js';

/** One item of a check as the learner sees it: the top-level parts of an `all`, else the whole. */
export interface CheckItem {
  node: Predicate;
  met: boolean;
}

export function checkItems(check: Predicate, result: CheckResult): CheckItem[] {
  const nodes = 'all' in check && !check.text ? check.all : [check];
  return nodes.map((node) => ({ node, met: nodeMet(node, result) }));
}

function nodeMet(node: Predicate, result: CheckResult): boolean {
  if (node.id && node.id in result.leaves) return result.leaves[node.id];
  if ('all' in node) return node.all.every((n) => nodeMet(n, result));
  if ('any' in node) return node.any.some((n) => nodeMet(n, result));
  if ('not' in node) return !nodeMet(node.not, result);
  return false;
}

interface Ctx {
  session: TutorSession;
  marks: CheckMarks;
  result: CheckResult;
  lang: Lang;
}

/** The sentence for an unmet item: its own text, or the first unmet part in words. */
export function describeUnmet(node: Predicate, ctx: Ctx): string {
  if (node.text) return pick(node.text, ctx.lang);
  if ('all' in node) {
    const first = node.all.find((n) => !nodeMet(n, ctx.result));
    return first ? describeUnmet(first, ctx) : describeGoal(node, ctx.lang);
  }
  if ('any' in node) return describeUnmet(node.any[0], ctx);
  if ('not' in node) return t(ctx.lang, 'check.not', { goal: describeGoal(node.not, ctx.lang) });
  return leafUnmet(node, ctx);
}

/** What an item asks for, said as done ("Service `kubia` exists"), for `/check`'s met items. */
// An item's own `text:` is not used here: authors write it as what to do next ("put the
// localhost line back"), which reads wrongly once the item holds.
export function describeGoal(node: Predicate, lang: Lang): string {
  if ('all' in node) return node.all.map((n) => describeGoal(n, lang)).join(t(lang, 'check.and'));
  if ('any' in node) return describeGoal(node.any[0], lang);
  if ('not' in node) return t(lang, 'check.not', { goal: describeGoal(node.not, lang) });
  const l = node;
  if ('object' in l) return t(lang, 'goal.object', { kind: l.object.kind, name: l.object.name });
  if ('absent' in l) return t(lang, 'goal.absent', { kind: l.absent.kind, name: l.absent.name });
  if ('field' in l) {
    // A wanted value is named ("type is `LoadBalancer`"): "as the task asks" alone says nothing.
    const f = l.field;
    const vars = { kind: f.kind, name: f.name, field: fieldInWords(f.path, lang) };
    if (f.equals !== undefined) return t(lang, 'goal.fieldEquals', { ...vars, value: show(f.equals, lang) });
    if (f.notEquals !== undefined) return t(lang, 'goal.fieldNotEquals', { ...vars, value: show(f.notEquals, lang) });
    if (f.exists !== undefined && Object.keys(f).filter((k) => !['kind', 'name', 'namespace', 'path', 'exists'].includes(k)).length === 0) {
      return t(lang, f.exists ? 'goal.fieldSet' : 'goal.fieldUnset', vars);
    }
    return t(lang, 'goal.field', vars);
  }
  if ('count' in l) return t(lang, 'goal.count', { kind: l.count.kind });
  if ('endpoints' in l) return t(lang, 'goal.endpoints', { name: l.endpoints.service, want: endpointWants(l.endpoints, lang) });
  if ('podsReady' in l) return t(lang, 'goal.podsReady', { selector: l.podsReady.selector });
  if ('file' in l) {
    const f = l.file;
    const vars = { path: f.path, where: where(lang, f.place) };
    if (f.hostsEntry) return t(lang, 'goal.hostsEntry', { ...vars, name: f.hostsEntry.name, ingress: f.hostsEntry.ingress });
    if (f.certificateFor !== undefined) return t(lang, 'goal.certificateFor', { ...vars, host: f.certificateFor });
    const pem = pemKind(f.contains);
    if (pem) return t(lang, 'goal.filePem', { ...vars, what: t(lang, `check.pem.${pem}`) });
    if (f.contains !== undefined) return t(lang, 'goal.fileContains', { ...vars, text: f.contains });
    return t(lang, 'goal.file', vars);
  }
  if ('request' in l) return l.request.lookup ? lookupGoal(l.request, lang) : t(lang, 'goal.request', { req: requestPhrase(l.request, lang) });
  if ('lastCommand' in l) {
    const example = l.lastCommand.inputMatches === undefined ? undefined : commandExample(l.lastCommand.inputMatches);
    return example ? t(lang, 'goal.lastCommandExample', { example }) : t(lang, 'goal.lastCommand');
  }
  return t(lang, 'goal.place', { where: t(lang, `check.place.${l.place.kind}`) });
}

/**
 * What a line just got done, in one or a few sentences, for the progress line: the fields it
 * set on one object are said together ("Service `kubia` is set as the task asks: port of port
 * `http` is 80 and …"), and a "run this" item names the command that was run (`input`).
 */
export function describeDone(nodes: Predicate[], lang: Lang, input: string): string {
  const sentences: string[] = [];
  const objects = new Map<string, { kind: Kind; name: string; exists: boolean; fields: { field: string; value: string }[] }>();
  const objectOf = (kind: Kind, name: string) => {
    const key = `${kind}/${name}`;
    let o = objects.get(key);
    if (!o) {
      o = { kind, name, exists: false, fields: [] };
      objects.set(key, o);
      sentences.push(key);
    }
    return o;
  };
  for (const n of nodes) {
    if ('object' in n && !n.text) objectOf(n.object.kind, n.object.name).exists = true;
    else if ('field' in n && n.field.equals !== undefined && !n.text) {
      objectOf(n.field.kind, n.field.name).fields.push({ field: fieldInWords(n.field.path, lang), value: show(n.field.equals, lang) });
    } else if ('lastCommand' in n && !n.text) sentences.push(t(lang, 'goal.lastCommandExample', { example: input.trim().split('\n')[0] }));
    else sentences.push(describeGoal(n, lang));
  }
  return sentences
    .map((x) => {
      const o = objects.get(x);
      if (!o) return x;
      if (!o.fields.length) return t(lang, 'goal.object', { kind: o.kind, name: o.name });
      if (o.fields.length === 1 && !o.exists) return t(lang, 'goal.fieldEquals', { kind: o.kind, name: o.name, ...o.fields[0] });
      const fields = listWords(o.fields.map((f) => t(lang, 'goal.fieldPart', f)), lang);
      return t(lang, o.exists ? 'goal.objectFields' : 'goal.fields', { kind: o.kind, name: o.name, fields });
    })
    .join(' ');
}

/** A `contains` that is a PEM block's marker means "holds a certificate / key": say that, not the marker. */
function pemKind(text: string | undefined): 'certificate' | 'key' | undefined {
  if (text === undefined) return undefined;
  if (/^(-----)?BEGIN CERTIFICATE(-----)?$/.test(text)) return 'certificate';
  if (/^(-----)?(BEGIN )?(RSA |EC )?PRIVATE KEY(-----)?$/.test(text)) return 'key';
  return undefined;
}

/** "a, b and c" / "a, b, c". */
function listWords(parts: string[], lang: Lang): string {
  if (parts.length < 2) return parts.join('');
  return t(lang, 'goal.list', { head: parts.slice(0, -1).join(', '), last: parts[parts.length - 1] });
}

function t(lang: Lang, key: string, vars: Record<string, unknown> = {}): string {
  const tt = diagnosisT(lang);
  const data = { ...vars };
  if (typeof data.kind === 'string') data.kind = tt(`kind.${data.kind}`);
  return tt(key, data) as string;
}

function where(lang: Lang, place: string): string {
  if (place === 'laptop') return t(lang, 'check.where.laptop');
  const [kind, ...rest] = place.split(':');
  return t(lang, kind === 'node' ? 'check.where.node' : 'check.where.pod', { name: rest.join(':') });
}

/** A value as the learner would write it: strings in backticks, the rest as JSON. */
function show(v: unknown, lang: Lang): string {
  if (v === undefined || v === null) return t(lang, 'check.unset');
  if (typeof v === 'string') return `\`${v}\``;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `\`${JSON.stringify(v)}\``;
}

function leafUnmet(l: Leaf, ctx: Ctx): string {
  const { lang } = ctx;
  const store = ctx.session.cluster.store;
  const missing = (kind: Kind, name: string, namespace?: string): string => {
    const ns = namespace ?? 'default';
    const o = store.get(kind, ns, name);
    if (o?.metadata?.deletionTimestamp) return t(lang, 'check.object.deleting', { kind, name });
    // Only an object made in this step can be the learner's typo; one that was there before is just a neighbour.
    const since = ctx.session.records[ctx.marks.stepRecords]?.startedAt;
    const madeNow = (x: { metadata?: { creationTimestamp?: string } }) => since !== undefined && Date.parse(x.metadata?.creationTimestamp ?? '') >= Math.floor(since / 1000) * 1000;
    const near = closest(name, store.list(kind, ns).filter(madeNow).map((x) => x.metadata?.name ?? ''));
    return near ? t(lang, 'check.object.missingNear', { kind, name, near }) : t(lang, 'check.object.missing', { kind, name });
  };
  if ('object' in l) return missing(l.object.kind, l.object.name, l.object.namespace);
  if ('absent' in l) return t(lang, 'check.absent', { kind: l.absent.kind, name: l.absent.name });
  if ('field' in l) {
    const f = l.field;
    const o = store.get(f.kind, f.namespace ?? 'default', f.name);
    if (!o || o.metadata?.deletionTimestamp) return missing(f.kind, f.name, f.namespace);
    const segs = parseFieldPath(f.path);
    const actual = 'error' in segs ? undefined : getField(o, segs);
    const base = { kind: f.kind, name: f.name, field: fieldInWords(f.path, lang), actual: show(actual, lang) };
    const absent = actual === undefined || actual === null;
    if (f.exists === true && absent) return t(lang, 'check.field.missing', base);
    if (f.exists === false && !absent) return t(lang, 'check.field.present', base);
    if (f.equals !== undefined && !looseEquals(actual, f.equals)) {
      return t(lang, absent ? 'check.field.unsetWants' : 'check.field.equals', { ...base, expected: show(f.equals, lang) });
    }
    if (f.notEquals !== undefined && looseEquals(actual, f.notEquals)) return t(lang, 'check.field.notEquals', base);
    if (f.contains !== undefined) return t(lang, 'check.field.contains', { ...base, expected: show(f.contains, lang) });
    return t(lang, 'check.field.matches', base);
  }
  if ('count' in l) {
    const c = l.count;
    const match = c.selector ? parseSelector(c.selector) : () => true;
    const n = match ? store.list(c.kind, c.namespace ?? 'default').filter((o) => !o.metadata?.deletionTimestamp && match(o.metadata?.labels as Record<string, string>)).length : 0;
    return t(lang, c.selector ? 'check.count.selector' : 'check.count.all', { kind: c.kind, selector: c.selector, actual: n, want: want(lang, c.equals, c.min, c.max) });
  }
  if ('endpoints' in l) {
    const e = l.endpoints;
    if (!store.get('Service', e.namespace ?? 'default', e.service)) return missing('Service', e.service, e.namespace);
    const ep = store.get('Endpoints', e.namespace ?? 'default', e.service);
    let ready = 0;
    let notReady = 0;
    for (const s of ep?.subsets ?? []) {
      ready += (s.addresses ?? []).length;
      notReady += (s.notReadyAddresses ?? []).length;
    }
    return t(lang, 'check.endpoints.is', { name: e.service, ready, notReady, want: endpointWants(e, lang) });
  }
  if ('podsReady' in l) {
    const r = l.podsReady;
    const match = parseSelector(r.selector);
    const n = match
      ? store
          .list('Pod', r.namespace ?? 'default')
          .filter((o) => !o.metadata?.deletionTimestamp && match(o.metadata?.labels as Record<string, string>))
          .filter((o) => o.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length
      : 0;
    return t(lang, 'check.podsReady', { selector: r.selector, actual: n, want: want(lang, r.ready, r.ready === undefined ? (r.min ?? 1) : undefined) });
  }
  if ('file' in l) {
    const w = where(lang, l.file.place);
    if (l.file.hostsEntry) {
      const h = l.file.hostsEntry;
      const address = ingressAddress(store, h.ingress, h.namespace);
      const vars = { path: l.file.path, where: w, name: h.name, ingress: h.ingress, address };
      return t(lang, address ? 'check.file.hostsEntry' : 'check.file.hostsEntryNoAddress', vars);
    }
    if (l.file.certificateFor !== undefined) {
      const names = ctx.result.certNames?.[l.id];
      const vars = { path: l.file.path, where: w, host: l.file.certificateFor };
      if (!names) return t(lang, 'check.file.certificateFor', vars);
      const key = names.length ? 'check.file.certificateOther' : 'check.file.certificateNoName';
      return t(lang, key, { ...vars, actual: names.map((n) => `\`${n}\``).join(', ') });
    }
    const pem = pemKind(l.file.contains);
    if (pem) return t(lang, 'check.file.pem', { path: l.file.path, where: w, what: t(lang, `check.pem.${pem}`) });
    return l.file.contains === undefined ? t(lang, 'check.file.missing', { path: l.file.path, where: w }) : t(lang, 'check.file.contains', { path: l.file.path, where: w, text: l.file.contains });
  }
  if ('request' in l) return requestUnmet(l.request, ctx);
  if ('lastCommand' in l) return lastCommandUnmet(l.lastCommand, ctx);
  const here = ctx.session.place();
  const now = here.kind === 'laptop' ? t(lang, 'check.place.laptop') : t(lang, here.kind === 'pod' ? 'check.here.pod' : 'check.here.node', { name: here.name });
  return t(lang, 'check.placeWrong', { here: now, want: t(lang, `check.place.${l.place.kind}`) });
}

type EndpointsTest = Extract<Leaf, { endpoints: unknown }>['endpoints'];

/** "exactly 0 ready; at least 1 not ready": the endpoints an item wants. */
function endpointWants(e: EndpointsTest, lang: Lang): string {
  const parts: string[] = [];
  if (e.ready !== undefined || (e.min === undefined && e.notReady === undefined)) parts.push(t(lang, 'check.endpoints.ready', { want: want(lang, e.ready, e.ready === undefined ? (e.min ?? 1) : undefined) }));
  if (e.min !== undefined && e.ready === undefined) parts.push(t(lang, 'check.endpoints.ready', { want: want(lang, undefined, e.min) }));
  if (e.notReady !== undefined) parts.push(t(lang, 'check.endpoints.notReady', { want: want(lang, e.notReady) }));
  return parts.join(t(lang, 'check.and'));
}

function want(lang: Lang, equals?: number, min?: number, max?: number): string {
  if (equals !== undefined) return t(lang, 'check.want.equals', { n: equals });
  if (min !== undefined && max !== undefined) return t(lang, 'check.want.between', { min, max });
  if (min !== undefined) return t(lang, 'check.want.min', { n: min });
  if (max !== undefined) return t(lang, 'check.want.max', { n: max });
  return t(lang, 'check.want.min', { n: 1 });
}

type RequestTest = Extract<Leaf, { request: unknown }>['request'];

/** "curl from the laptop to Service `kubia-nodeport`": the request an item wants, as a phrase. */
function requestPhrase(r: RequestTest, lang: Lang): string {
  const from = r.from ? t(lang, `check.request.from.${r.from}`) : '';
  const to = r.ingress ? t(lang, 'check.request.to.ingress', { name: r.ingress }) : r.service ? t(lang, 'check.request.to.service', { name: r.service }) : r.reachedPodSelector ? t(lang, 'check.request.to.pods', { selector: r.reachedPodSelector }) : '';
  return t(lang, 'check.request.phrase', { tool: r.tool ?? t(lang, 'check.request.anyTool'), from, to }).replace(/\s+/g, ' ').trim();
}

function requestUnmet(r: RequestTest, ctx: Ctx): string {
  const { lang } = ctx;
  const req = requestPhrase(r, lang);
  const mark = r.since === 'any' ? 0 : r.since === 'lesson' ? ctx.marks.lessonTraces : ctx.marks.stepTraces;
  const mine = tracesSince(ctx.session, mark).filter((x) => (!r.tool || x.tool === r.tool) && x.tool !== 'probe');
  if (r.lookup) return lookupUnmet(r, mine, lang, (tr) => fromWords(tr, lang));
  const last = mine[mine.length - 1];
  let head: string;
  if (r.outcome && r.outcome !== 'ok') head = t(lang, 'check.request.outcome', { req, outcome: t(lang, `check.outcome.${r.outcome}`) });
  else if (r.httpStatus !== undefined) head = t(lang, 'check.request.status', { req, status: r.httpStatus });
  else if (r.distinctPods !== undefined && last) {
    const pods = new Set(mine.filter((x) => x.outcome === 'ok').map((x) => x.endpoint?.pod).filter(Boolean)).size;
    head = t(lang, 'check.request.distinct', { req, pods, want: r.distinctPods });
  } else if (r.min !== undefined && r.min > 1 && last) {
    head = t(lang, 'check.request.min', { req, want: r.min, count: mine.filter((x) => x.outcome === 'ok').length });
  } else if (r.clientIpSeen) head = t(lang, `check.request.clientIp.${r.clientIpSeen}`, { req });
  else {
    // Nothing counted yet: what the last request did says it all, else what is wanted.
    if (last) return lastRequestWords(r, last, ctx, req).text + againAfterChange(last, ctx);
    return t(lang, r.outcome === 'ok' ? 'check.request.noneAnswered' : 'check.request.none', { req });
  }
  if (!last) return head;
  // Counting answers (min, distinctPods): a last request that went the right way and was
  // answered is already in the count; repeating it says nothing new.
  const counting = (!r.outcome || r.outcome === 'ok') && r.httpStatus === undefined && !r.clientIpSeen;
  if (counting && last.outcome === 'ok' && (!r.from || last.from.kind === r.from) && (!r.service || last.service?.name === r.service) && (!r.ingress || last.ingress?.name === r.ingress)) return head;
  const words = lastRequestWords(r, last, ctx, req);
  return `${words.complete ? words.text : `${head} ${words.text}`}${againAfterChange(last, ctx)}`;
}

const CHANGES_STATE = /\bkubectl\s+(apply|create|patch|edit|delete|expose|replace|scale|set|label|annotate|rollout)\b/;

/** The last request was made before the learner changed the cluster: it says nothing of now. */
function againAfterChange(last: Trace, ctx: Ctx): string {
  const recs = ctx.session.records;
  const at = recs.findIndex((rec) => rec.traces?.some((x) => x.id === last.id));
  if (at < 0 || !recs.slice(at + 1).some((rec) => CHANGES_STATE.test(rec.input))) return '';
  return ` ${t(ctx.lang, 'check.request.again')}`;
}

/**
 * What the learner's last request actually did, said against what the item wants: where it
 * ran from, where it went (a Service's address on a port it lacks, another Service, a pod
 * directly, a name that does not resolve) and how it ended. `complete`: the sentence also
 * says what the task wants, so nothing need go before it.
 */
function lastRequestWords(r: RequestTest, last: Trace, ctx: Ctx, req: string): { text: string; complete: boolean } {
  const { lang } = ctx;
  const store = ctx.session.cluster.store;
  const base = { tool: last.tool, target: last.target, from: fromWords(last, lang), outcome: t(lang, `check.result.${last.outcome}`, { status: last.httpStatus ?? '' }), req };
  const say = (key: string, vars: Record<string, unknown> = {}, complete = true) => ({ text: t(lang, `check.request.miss.${key}`, { ...base, ...vars }), complete });
  const facts = last.hops.map((h) => h.fact);
  const fact = <K extends HopKey>(key: K) => facts.find((f): f is Extract<HopFact, { key: K }> => f.key === key);
  const portsOf = (svc: Service | undefined) => (svc?.spec?.ports ?? []).map((p) => String(p.port)).join(', ');

  const noRoute = fact('noRoute');
  const outside = noRoute ? store.list('Service').find((s) => s.spec?.clusterIP === noRoute.vars.ip) : undefined;
  if (outside) return say('clusterIpOutside', { service: outside.metadata?.name });
  if (r.from && last.from.kind !== r.from) return say('from', { want: t(lang, `check.request.from.${r.from}`) });
  if (r.service && last.service?.name !== r.service) {
    // A Service's own address on a port it does not have (its cluster IP or load balancer).
    const noPort = fact('noSuchPort') ?? fact('lbNoPort');
    if (noPort) {
      const [ns, name] = noPort.vars.service.split('/');
      const ports = portsOf(store.get('Service', ns, name));
      return say(name === r.service ? 'noPort' : 'otherNoPort', { service: name, want: r.service, port: noPort.vars.port, ports });
    }
    if (last.outcome === 'nxdomain') return say('nxdomain', { host: hostOf(last.target) }, false);
    if (last.service) return say('otherService', { actual: last.service.name, want: r.service });
    const direct = fact('directToPod');
    if (direct) return say('podDirect', { pod: direct.vars.pod.split('/').pop(), want: r.service });
    return say('service', { want: r.service });
  }
  if (r.ingress && last.ingress?.name !== r.ingress) {
    if (last.outcome === 'nxdomain') return say('nxdomain', { host: hostOf(last.target) }, false);
    return say('ingress', { want: r.ingress });
  }
  if (r.httpStatus !== undefined && last.httpStatus !== undefined && last.httpStatus !== r.httpStatus) {
    return say('status', { status: last.httpStatus, want: r.httpStatus });
  }
  // It went the right way and still failed: say where it stopped.
  const noEndpoints = fact('noEndpoints');
  if (noEndpoints) return say('noEndpoints', { service: noEndpoints.vars.service.split('/').pop()?.replace(/:\d+$/, '') }, false);
  const deaf = fact('podNothingListens');
  if (deaf) return say('podNothingListens', { pod: deaf.vars.pod, port: deaf.vars.addr.split(':').pop() }, false);
  return { text: t(lang, 'check.request.last', base), complete: false };
}

function hostOf(target: string): string {
  return /^(?:\w+:\/\/)?([^/:]+)/.exec(target)?.[1] ?? target;
}

function fromWords(tr: Trace, lang: Lang): string {
  if (tr.from.kind === 'laptop') return t(lang, 'check.request.from.laptop');
  return t(lang, tr.from.kind === 'pod' ? 'check.request.fromPod' : 'check.request.fromNode', { name: tr.from.name });
}

type LastCommandTest = Extract<Leaf, { lastCommand: unknown }>['lastCommand'];

function lastCommandUnmet(l: LastCommandTest, ctx: Ctx): string {
  const { lang } = ctx;
  const recs = ctx.session.records;
  if (recs.length <= ctx.marks.stepRecords) return t(lang, 'check.last.none');
  const last = recs[recs.length - 1];
  const input = quoted(last.input);
  if (l.inputMatches !== undefined && !safeRegex(l.inputMatches)?.test(last.input)) {
    // Say which command is still to run when the pattern spells one out; else what ran instead.
    const example = commandExample(l.inputMatches);
    return example ? t(lang, 'check.last.inputExample', { example }) : t(lang, 'check.last.input', { input });
  }
  if (l.exitCode !== undefined && last.result.exitCode !== l.exitCode) {
    const key = l.exitCode === 0 ? 'check.last.exitZero' : last.result.exitCode === 0 ? 'check.last.exitSucceeded' : 'check.last.exit';
    return t(lang, key, { input, actual: last.result.exitCode, want: l.exitCode });
  }
  if (l.stdoutContains !== undefined && !last.result.stdout.includes(l.stdoutContains)) return t(lang, 'check.last.shows', { input, text: l.stdoutContains });
  if (l.stderrContains !== undefined && !last.result.stderr.includes(l.stderrContains)) return t(lang, 'check.last.shows', { input, text: l.stderrContains });
  return t(lang, 'check.last.output', { input });
}

/** A command as a sentence can quote it: its first line, shortened, without backticks. */
function quoted(input: string): string {
  const line = input.split('\n')[0].replace(/`/g, "'").trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
