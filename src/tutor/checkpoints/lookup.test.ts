import { describe, expect, it } from 'vitest';
import type { Trace, TraceLookup } from '../../cluster/network/trace.js';
import { lookupGoal, lookupMatches, lookupUnmet } from './lookup.js';

const q = (asked: string, name: string, answered: boolean, cname?: string): TraceLookup => ({ asked, name, type: 'A', result: answered ? '10.96.0.1' : 'NXDOMAIN', answered, ...(cname ? { cname } : {}) });

function trace(tool: Trace['tool'], lookups: TraceLookup[], from: Trace['from'] = { kind: 'pod', name: 'dnsutils', ip: '10.244.1.5' }): Trace {
  return { id: 1, time: 0, tool, from, target: lookups[0]?.asked ?? '', lookups, hops: [], outcome: lookups.some((l) => l.answered) ? 'ok' : 'nxdomain' };
}

describe('lookupMatches', () => {
  const short = trace('curl', [q('kubia', 'kubia.default.svc.cluster.local', true)]);
  const fqdn = trace('curl', [q('kubia.default.svc.cluster.local', 'kubia.default.svc.cluster.local.default.svc.cluster.local', false), q('kubia.default.svc.cluster.local', 'kubia.default.svc.cluster.local', true)]);

  it('matches the name as asked, not the forms the search list tried', () => {
    expect(lookupMatches({ name: 'kubia' }, short)).toBe(true);
    expect(lookupMatches({ name: 'kubia.default.svc.cluster.local' }, short)).toBe(false);
    expect(lookupMatches({ name: 'KUBIA.default.svc.cluster.local.' }, fqdn)).toBe(true);
  });

  it('answered: one answered query in the walk is an answer; none is no answer', () => {
    expect(lookupMatches({ name: 'kubia.default.svc.cluster.local', answered: true }, fqdn)).toBe(true);
    const nx = trace('nslookup', [q('kubai', 'kubai.default.svc.cluster.local', false), q('kubai', 'kubai', false)]);
    expect(lookupMatches({ name: 'kubai', answered: true }, nx)).toBe(false);
    expect(lookupMatches({ name: 'kubai', answered: false }, nx)).toBe(true);
  });

  it('cname: the alias the answer went through', () => {
    const alias = trace('nslookup', [q('external-service', 'external-service.default.svc.cluster.local', false, 'api.somecompany.cmo')]);
    expect(lookupMatches({ name: 'external-service', cname: 'api.somecompany.cmo.' }, alias)).toBe(true);
    expect(lookupMatches({ name: 'external-service', cname: 'api.somecompany.com' }, alias)).toBe(false);
    expect(lookupMatches({ name: 'external-service', answered: true }, alias)).toBe(false);
  });

  it('a request that looked nothing up (an IP address) never matches', () => {
    expect(lookupMatches({ name: 'kubia' }, trace('curl', []))).toBe(false);
  });
});

describe('the item in words', () => {
  const r = { tool: 'nslookup' as const, from: 'pod' as const, lookup: { name: 'external-service', answered: true } };
  it('says the goal in both languages', () => {
    expect(lookupGoal(r, 'en')).toBe('`external-service` was looked up with `nslookup` from inside a pod and answered.');
    expect(lookupGoal(r, 'ko')).toBe('파드 안에서 `nslookup` 명령으로 `external-service` 이름을 조회해 답을 받았어요.');
    expect(lookupGoal({ lookup: { name: 'kubia', answered: false } }, 'en')).toBe('`kubia` was looked up and DNS said there is no such name.');
  });

  it('names what the last look-up asked, from where, and how it ended', () => {
    const laptop = trace('nslookup', [q('external-service', 'external-service', false)], { kind: 'laptop', name: 'laptop', ip: '192.168.1.10' });
    const words = (tr: Trace) => (tr.from.kind === 'laptop' ? 'from the laptop' : `from pod \`${tr.from.name}\``);
    expect(lookupUnmet(r, [laptop], 'en', words)).toBe(
      "The task wants `external-service` looked up with `nslookup` from inside a pod and answered; that hasn't happened in this step yet. Your last look-up asked for `external-service` with `nslookup` from the laptop and DNS found no such name.",
    );
    const alias = trace('nslookup', [q('external-service', 'external-service.default.svc.cluster.local', false, 'api.somecompany.cmo')]);
    expect(lookupUnmet(r, [alias], 'ko', () => '파드 `dnsutils` 안에서')).toBe(
      '과제는 파드 안에서 `nslookup` 명령으로 `external-service` 이름을 조회해 답을 받는 거예요. 이 단계에서는 아직 없어요. 마지막 조회는 파드 `dnsutils` 안에서 `nslookup` 명령으로 `external-service` 이름을 물었고 별칭 `api.somecompany.cmo`만 받았어요. 그 이름에는 주소가 없어요.',
    );
    expect(lookupUnmet(r, [], 'en', words)).toBe("The task wants `external-service` looked up with `nslookup` from inside a pod and answered; that hasn't happened in this step yet.");
  });
});
