import { describe, expect, it } from 'vitest';
import { getField, looseEquals, parseFieldPath } from './field-path.js';
import { parseSelector } from './selector.js';

const svc = {
  metadata: { labels: { app: 'kubia', 'app.kubernetes.io/name': 'web' } },
  spec: { ports: [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'https', port: 443, targetPort: 'https' }] },
};

describe('field paths', () => {
  it('reads keys, indexes, filters and quoted keys', () => {
    const at = (p: string) => getField(svc, parseFieldPath(p) as any);
    expect(at('spec.ports[0].port')).toBe(80);
    expect(at('spec.ports[name=https].targetPort')).toBe('https');
    expect(at('metadata.labels.app')).toBe('kubia');
    expect(at('metadata.labels["app.kubernetes.io/name"]')).toBe('web');
    expect(at('spec.ports[5].port')).toBeUndefined();
    expect(at('spec.nothing.deeper')).toBeUndefined();
  });
  it('rejects malformed paths', () => {
    expect(parseFieldPath('spec.ports[0')).toEqual({ error: 'bad field path "spec.ports[0": missing "]"' });
    expect(parseFieldPath('spec..x')).toHaveProperty('error');
    expect(parseFieldPath('spec.')).toHaveProperty('error');
  });
  it('compares numbers and strings loosely', () => {
    expect(looseEquals(8080, '8080')).toBe(true);
    expect(looseEquals({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(looseEquals(undefined, 'x')).toBe(false);
  });
});

describe('label selectors', () => {
  it('matches equality, set and existence requirements', () => {
    const m = parseSelector('app=kubia,tier!=db,env in (a,b),!legacy')!;
    expect(m({ app: 'kubia', env: 'a' })).toBe(true);
    expect(m({ app: 'kubia', env: 'c' })).toBe(false);
    expect(m({ app: 'kubia', env: 'a', legacy: 'y' })).toBe(false);
    expect(parseSelector('app')!({ app: 'x' })).toBe(true);
    expect(parseSelector('a b c')).toBeUndefined();
  });
});
