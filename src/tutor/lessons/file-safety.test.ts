import { describe, expect, it } from 'vitest';
import { parseLesson } from './load.js';
import { backtracksBadly, safeRegex } from '../checkpoints/evaluate.js';

describe('hostile lesson files end in a file:line:col message', () => {
  it('a billion-laughs alias bomb', () => {
    let text = 'a: &a [x,x,x,x,x,x,x,x,x]\n';
    for (let i = 0; i < 9; i++) text += `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]\n`;
    const r = parseLesson(text, 'bomb.yaml');
    expect(r.lesson).toBeUndefined();
    expect(r.errors[0]).toMatchObject({ file: 'bomb.yaml', line: 7 });
    expect(r.errors[0].message).toMatch(/aliases/);
  });

  it('binary data, huge files and deep nesting', () => {
    expect(parseLesson('id: x\n\u0000\u0001', 'bin.yaml').errors[0]).toMatchObject({ line: 2, col: 1 });
    expect(parseLesson(`a: ${'x'.repeat(1024 * 1024 + 1)}`, 'big.yaml').errors[0].message).toMatch(/MB/);
    expect(parseLesson(`a: ${'['.repeat(100)}${']'.repeat(100)}`, 'deep.yaml').errors[0]).toMatchObject({ line: 1, col: 68 });
  });

  it('catastrophic regexes are refused, never run', () => {
    expect(backtracksBadly('^(a+)+$')).toBe(true);
    expect(backtracksBadly('(x+x+)+y')).toBe(true);
    expect(backtracksBadly('^kubia-[a-z0-9]+$')).toBe(false);
    expect(backtracksBadly('(\\d+\\.){3}\\d+')).toBe(false);
    expect(safeRegex('^(a+)+$')).toBeUndefined();
    // Overlapping alternatives under repetition, and a high power of a repetition.
    for (const bad of ['(a|a)+$', '(a|aa)+b', '(.*a){20}', '(\\w+\\s?)+$', 'x(a?){30}a{30}']) expect(backtracksBadly(bad), bad).toBe(true);
    // The shapes the shipped lessons use stay allowed.
    for (const good of ['kubectl\\s+get\\s+(po|pod|pods)\\b', 'kubectl\\s+exec\\b.*\\s--\\s+(sh\\s+-c\\s+.*)?curl\\b', '(^|\\n)kubia\\s', '(?:ab)+c', 'describe\\s+(svc|service)(\\s+|/)kubia']) expect(backtracksBadly(good), good).toBe(false);
  });
});
