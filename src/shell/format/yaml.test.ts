// Expectations recorded from kubectl 1.30 (`kubectl label --local -f x.json zz- -o yaml`).
import { describe, it, expect } from 'vitest';
import { toYaml, yamlKeyLess } from './yaml.js';

describe('kubectl -o yaml encoder', () => {
  it('orders keys like yaml.v2: punctuation before letters, digit runs numerically', () => {
    const keys = ['b10', 'b9', 'b09', 'B', '_a', 'a-b', 'a.b', 'a/b', 'a'];
    expect([...keys].sort((x, y) => (yamlKeyLess(x, y) ? -1 : yamlKeyLess(y, x) ? 1 : 0))).toEqual(['_a', 'B', 'a', 'a-b', 'a.b', 'a/b', 'b9', 'b09', 'b10']);
  });

  it('quotes only when needed', () => {
    expect(toYaml({ a: '*', b: 'true', c: '80', d: '', e: '2026-11-26T09:00:00Z', f: 'x: y', g: '10.96.0.1', h: "'q'", i: 'tab\there', j: '<none>' })).toBe(
      `a: '*'\nb: "true"\nc: "80"\nd: ""\ne: "2026-11-26T09:00:00Z"\nf: 'x: y'\ng: 10.96.0.1\nh: '''q'''\ni: "tab\\there"\nj: <none>\n`,
    );
  });

  it('writes multi-line strings as literal blocks and nests sequences without indentation', () => {
    expect(toYaml({ m: 'a\nb\n', p: 'a\nb', l: [['a', 'b'], [], {}], o: [{ a: 1, b: [{ c: 2 }] }] })).toBe(
      'l:\n- - a\n  - b\n- []\n- {}\nm: |\n  a\n  b\no:\n- a: 1\n  b:\n  - c: 2\np: |-\n  a\n  b\n',
    );
  });

  it('folds long plain strings past 80 columns', () => {
    const long = 'a very long string with spaces that goes on and on beyond the eighty column limit for folding purposes';
    expect(toYaml({ metadata: { annotations: { m: long } } })).toBe(
      'metadata:\n  annotations:\n    m: a very long string with spaces that goes on and on beyond the eighty column\n      limit for folding purposes\n',
    );
  });
});
