import { describe, expect, it } from 'vitest';
import { matches, parseSelector, SelectorError, selectorFromLabelSelector, selectorFromMap, selectorToString } from './selector.js';

describe('label selectors', () => {
  it('parses equality, inequality, set-based and existence requirements', () => {
    const sel = parseSelector('app=kubia,env!=debug,tier in (web, api),!canary,rel');
    expect(sel).toEqual([
      { key: 'app', op: '=', values: ['kubia'] },
      { key: 'env', op: '!=', values: ['debug'] },
      { key: 'tier', op: 'in', values: ['web', 'api'] },
      { key: 'canary', op: '!', values: [] },
      { key: 'rel', op: 'exists', values: [] },
    ]);
    expect(matches(sel, { app: 'kubia', tier: 'web', rel: '1' })).toBe(true);
    expect(matches(sel, { app: 'kubia', tier: 'web', rel: '1', env: 'debug' })).toBe(false);
    expect(matches(sel, { app: 'kubia', tier: 'db', rel: '1' })).toBe(false);
    expect(matches(sel, { app: 'kubia', tier: 'web', rel: '1', canary: 'x' })).toBe(false);
  });

  it('accepts == and notin, and the empty selector matches everything', () => {
    expect(matches(parseSelector('app==kubia'), { app: 'kubia' })).toBe(true);
    expect(matches(parseSelector('app notin (a,b)'), { app: 'c' })).toBe(true);
    expect(matches(parseSelector('app notin (a,b)'), {})).toBe(true);
    expect(parseSelector('')).toEqual([]);
  });

  it('rejects malformed selectors', () => {
    expect(() => parseSelector('app in (a')).toThrow(SelectorError);
    expect(() => parseSelector('app=kubia,')).toThrow(SelectorError);
  });

  it('converts map and LabelSelector forms and prints canonically', () => {
    expect(selectorToString(selectorFromMap({ b: '2', a: '1' }))).toBe('a=1,b=2');
    const ls = selectorFromLabelSelector({ matchLabels: { app: 'kubia' }, matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['x'] }] });
    expect(selectorToString(ls)).toBe('app=kubia,env notin (x)');
  });
});
