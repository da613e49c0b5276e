// How well questions find their answers: the tuning set must reach top-1 ≥ 85 % and top-3 ≥
// 95 % in each language. The held-out sets (heldout2: paraphrases of the study document, never
// used to tune) are measured and printed; their floor only guards against a collapse, the
// report gives their real numbers.
import { describe, expect, it } from 'vitest';
import { askers, readSet, score } from './accuracy.js';

const by = askers();
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

describe('question retrieval accuracy', () => {
  for (const lang of ['ko', 'en'] as const) {
    it(`tuning set, ${lang}: top-1 ≥ 85 %, top-3 ≥ 95 %`, () => {
      const set = readSet('tuning').filter((q) => q.lang === lang);
      expect(set.length).toBeGreaterThanOrEqual(40);
      const s = score(set, by);
      process.stdout.write(`questions/tuning ${lang}: n=${s.n} top-1 ${pct(s.top1)} top-3 ${pct(s.top3)}\n`);
      expect(s.top1, JSON.stringify(s.misses, null, 1)).toBeGreaterThanOrEqual(0.85);
      expect(s.top3, JSON.stringify(s.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
    });

    for (const set of ['heldout', 'heldout2'] as const) {
      it(`${set} set, ${lang}: measured`, () => {
        const s = score(readSet(set).filter((q) => q.lang === lang), by);
        process.stdout.write(`questions/${set} ${lang}: n=${s.n} top-1 ${pct(s.top1)} top-3 ${pct(s.top3)}\n`);
        expect(s.top3).toBeGreaterThanOrEqual(0.6);
      });
    }
  }

  it('answers every example of the issue in both languages', () => {
    const top = (lang: 'ko' | 'en', q: string) => {
      const r = by[lang].ask(q);
      const f = r.kind === 'situation' ? r.fallback : r;
      return f.kind === 'answer' ? f.hit.passage.id : f.kind === 'compare' ? f.parts.map((h) => h.passage.id).sort().join('&') : '(unsure)';
    };
    expect(['faq:10-loadbalancer#2', 'glossary:loadbalancer&glossary:nodeport']).toContain(top('ko', 'NodePort랑 LoadBalancer 차이가 뭐야?'));
    expect(['faq:10-loadbalancer#2', 'glossary:loadbalancer&glossary:nodeport']).toContain(top('en', "what's the difference between NodePort and LoadBalancer?"));
    expect(top('ko', '라이브니스 프로브랑 뭐가 달라?')).toBe('faq:14-readiness-probes#1');
    expect(top('en', 'how is a liveness probe different?')).toBe('faq:14-readiness-probes#1');
    expect(top('en', 'what is the double dash for?')).toBe('faq:02-testing-from-inside#1');
    expect(top('ko', '더블 대시는 뭐 하는 거야?')).toBe('faq:02-testing-from-inside#1');
    // A must-verb (써야) says what is asked, not what about: the double dash stays the subject.
    expect(top('ko', '왜 -- 를 써야 해?')).toBe('faq:02-testing-from-inside#1');
    expect(top('ko', '더블 대시는 왜 필요해?')).toBe('faq:02-testing-from-inside#1');
    expect(top('ko', '새 파드 이름은 어떻게 알아?')).toBe('faq:02-testing-from-inside#3');
    expect(top('en', 'why did it say unable to connect to the server?')).toBe('faq:02-testing-from-inside#1');
    expect(top('ko', '왜 unable to connect to the server라고 나와?')).toBe('faq:02-testing-from-inside#1');
    expect(top('en', 'can I use cookies for affinity?')).toBe('faq:03-session-affinity#2');
    expect(top('ko', '쿠키로 어피니티 할 수 있어?')).toBe('faq:03-session-affinity#2');
  });
});
