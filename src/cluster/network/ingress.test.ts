import { describe, expect, test } from 'vitest';
import type { Ingress } from 'kubernetes-types/networking/v1.js';
import { matchIngress, pathMatch } from './ingress.js';

describe('pathMatch (§9.2 table)', () => {
  test.each([
    ['Prefix', '/', '/anything', true],
    ['Prefix', '/foo', '/foo', true],
    ['Prefix', '/foo', '/foo/', true],
    ['Prefix', '/foo', '/foo/bar', true],
    ['Prefix', '/foo/', '/foo', true],
    ['Prefix', '/aaa/bb', '/aaa/bbb', false],
    ['Prefix', '/aaa/bbb', '/aaa/bbbxyz', false],
    ['Exact', '/foo', '/foo', true],
    ['Exact', '/foo', '/foo/', false],
    ['ImplementationSpecific', '/aaa/bb', '/aaa/bbb', true],
  ])('%s %s vs %s → %s', (type, rule, req, ok) => {
    expect(pathMatch(type, rule, req) >= 0).toBe(ok);
  });
});

const ing = (name: string, rules: NonNullable<Ingress['spec']>['rules'], defaultBackend?: string): Ingress => ({
  metadata: { name, namespace: 'default' },
  spec: { ingressClassName: 'nginx', rules, ...(defaultBackend ? { defaultBackend: { service: { name: defaultBackend, port: { number: 80 } } } } : {}) },
});
const b = (name: string) => ({ service: { name, port: { number: 80 } } });

describe('matchIngress', () => {
  test('exact host beats wildcard beats catch-all; unmatched path on a known host → default backend', () => {
    const all = [
      ing('a', [{ host: 'foo.example.com', http: { paths: [{ path: '/x', pathType: 'Prefix', backend: b('exact') }] } }]),
      ing('b', [{ host: '*.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: b('wild') }] } }]),
      ing('c', [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: b('any') }] } }], 'fallback'),
    ];
    expect(matchIngress(all, 'foo.example.com', '/x/y')?.backend.service?.name).toBe('exact');
    expect(matchIngress(all, 'bar.example.com', '/')?.backend.service?.name).toBe('wild');
    expect(matchIngress(all, 'a.b.example.com', '/')?.backend.service?.name).toBe('any');
    expect(matchIngress(all, 'other.org', '/')?.backend.service?.name).toBe('any');
    const d = matchIngress(all, 'foo.example.com', '/nope');
    expect(d?.isDefault).toBe(true);
    expect(d?.backend.service?.name).toBe('fallback');
  });
  test('no rule and no default backend → undefined (the controller answers 404)', () => {
    expect(matchIngress([ing('a', [{ host: 'kubia.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: b('s') }] } }])], 'x.example.com', '/')).toBeUndefined();
  });
});
