import { describe, expect, it } from 'vitest';
import { concepts, terms, words } from './terms.js';

describe('search terms', () => {
  it('Korean particles do not matter', () => {
    for (const w of ['파드', '파드가', '파드를', '파드랑', '파드이랑', '파드와', '파드는', '파드에서']) expect(words(w)[0].term).toBe('pod');
    for (const w of ['컨테이너', '컨테이너가', '컨테이너를', '컨테이너에서', '컨테이너으로', '컨테이너와', '컨테이너랑']) expect(words(w)[0].term).toBe('컨테이너');
  });

  it('synonyms meet across languages and spellings', () => {
    expect(concepts('NodePort랑 노드 포트와 node port')).toEqual(['nodeport']);
    expect(concepts('라이브니스, 리브니스, liveness')).toEqual(['liveness']);
    expect(concepts('엔드포인트 endpoints Endpoint')).toEqual(['endpoints']);
    expect(concepts('클러스터 IP, ClusterIP, cluster-ip')).toEqual(['clusterip']);
    expect(concepts('레디니스 프로브 readinessProbe')).toEqual(['readiness', 'probe']);
  });

  it('keeps short flags and the double dash, drops stop words', () => {
    expect(terms('why do I need curl -k?')).toEqual(['need', 'curl', '-k']);
    expect(terms('what is the -- for')).toEqual(['doubledash']);
    expect(terms('왜 안 돼?')).toEqual([]);
  });

  it('longer Korean words also give their syllable bigrams', () => {
    expect(terms('컨테이너는')).toEqual(['컨테이너', '~컨테', '~테이', '~이너']);
    expect(words('정하나요')[0]).toEqual({ term: '정하', grams: ['~정하'], predicate: true });
  });
});
