// `request: { lookup: … }`: which name a request looked up and whether DNS answered it,
// read from the look-ups the simulated resolver records on each trace (the name as asked,
// each query after the search list, answered or not, the CNAME it went through). A check
// on the look-up holds whatever the learner typed around it and whatever the output says.
import type { Trace, TraceLookup } from '../../cluster/network/trace.js';
import { diagnosisT } from '../../i18n/index.js';
import type { Leaf } from '../schema.js';
import type { Lang } from '../types.js';

type RequestTest = Extract<Leaf, { request: unknown }>['request'];
export type LookupTest = NonNullable<RequestTest['lookup']>;

/** DNS names compare without case and without the root's trailing dot. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\.$/, '') === b.toLowerCase().replace(/\.$/, '');
}

/** The queries a trace sent for the name the check asks about (all forms the search list tried). */
function queriesFor(test: LookupTest, trace: Trace): TraceLookup[] {
  return trace.lookups.filter((l) => sameName(l.asked, test.name));
}

/** Did this request look the name up, with the answer (or lack of one) the check wants? */
export function lookupMatches(test: LookupTest, trace: Trace): boolean {
  const queries = queriesFor(test, trace);
  if (!queries.length) return false;
  const answered = queries.some((q) => q.answered);
  if (test.answered !== undefined && answered !== test.answered) return false;
  if (test.cname !== undefined && !queries.some((q) => q.cname !== undefined && sameName(q.cname, test.cname!))) return false;
  return true;
}

/** How one request's look-up ended, as the words for it. */
type Ending = 'answered' | 'cname' | 'none';

function endingOf(queries: readonly TraceLookup[]): { ending: Ending; cname?: string } {
  if (queries.some((q) => q.answered)) return { ending: 'answered' };
  const cname = queries.find((q) => q.cname)?.cname;
  return cname ? { ending: 'cname', cname } : { ending: 'none' };
}

function t(lang: Lang, key: string, vars: Record<string, unknown> = {}): string {
  return (diagnosisT(lang)(`check.lookup.${key}`, vars) as string).replace(/\s+/g, ' ').replace(/\s+([.,])/g, '$1').trim();
}

function withTool(lang: Lang, tool: string | undefined): string {
  return tool ? t(lang, 'with', { tool }) : '';
}

function fromPlace(lang: Lang, from: RequestTest['from']): string {
  return from ? (diagnosisT(lang)(`check.request.from.${from}`) as string) : '';
}

function wanted(test: LookupTest): 'answered' | 'unanswered' | 'any' {
  return test.answered === undefined ? 'any' : test.answered ? 'answered' : 'unanswered';
}

/** The item said as done: "`kubia` was looked up with `nslookup` from inside a pod and answered." */
export function lookupGoal(r: RequestTest, lang: Lang): string {
  const test = r.lookup!;
  const vars = { name: test.name, with: withTool(lang, r.tool), from: fromPlace(lang, r.from) };
  const head = t(lang, `goal.${wanted(test)}`, vars);
  return test.cname ? `${head} ${t(lang, 'goal.cname', { cname: test.cname })}` : head;
}

/**
 * The item while unmet: what the task wants, then what the learner's last look-up of this
 * step asked for, from where, and how it ended (another name, the laptop, no such name).
 */
export function lookupUnmet(r: RequestTest, traces: readonly Trace[], lang: Lang, fromWords: (tr: Trace) => string): string {
  const test = r.lookup!;
  const vars = { name: test.name, with: withTool(lang, r.tool), from: fromPlace(lang, r.from), cname: test.cname };
  const head = t(lang, test.cname ? 'unmet.cname' : `unmet.${wanted(test)}`, vars);
  const last = [...traces].reverse().find((tr) => tr.lookups.length > 0);
  if (!last) return head;
  const asked = last.lookups.find((l) => sameName(l.asked, test.name))?.asked ?? last.lookups[last.lookups.length - 1].asked;
  const { ending, cname } = endingOf(last.lookups.filter((l) => sameName(l.asked, asked)));
  const result = t(lang, `result.${ending}`, { cname });
  return `${head} ${t(lang, 'last', { asked, with: withTool(lang, last.tool), from: fromWords(last), result })}`;
}
