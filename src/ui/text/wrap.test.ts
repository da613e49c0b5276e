import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { truncate, wrapBlock, wrapHard, wrapIndented, wrapSpans } from './wrap.js';

const text = (row: { text: string }[]) => row.map((s) => s.text).join('');

describe('wrapHard', () => {
  it('keeps short lines and breaks long ones by column, counting wide characters as two', () => {
    expect(wrapHard('abc', 5)).toEqual(['abc']);
    expect(wrapHard('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(wrapHard('한글한글', 5)).toEqual(['한글', '한글']);
    for (const r of wrapHard('가a나b다c라', 3)) expect(stringWidth(r)).toBeLessThanOrEqual(3);
  });
  it('keeps blank lines', () => {
    expect(wrapBlock('a\n\nb', 10)).toEqual(['a', '', 'b']);
  });
});

describe('truncate', () => {
  it('ends with an ellipsis within the width', () => {
    expect(truncate('hello world', 6)).toBe('hello…');
    expect(truncate('서비스를 만듭니다', 7)).toBe('서비스…');
    expect(truncate('ok', 6)).toBe('ok');
  });
});

describe('wrapSpans', () => {
  it('breaks at spaces and keeps styles', () => {
    const rows = wrapSpans([{ text: 'create a ' }, { text: 'service', code: true }, { text: ' now please' }], 12);
    expect(rows.map(text)).toEqual(['create a', 'service now', 'please']);
    expect(rows[1][0]).toEqual({ text: 'service', code: true, bold: undefined });
  });
  it('wraps Korean prose within the width', () => {
    const rows = wrapSpans([{ text: '서비스는 파드 집합에 대한 단일 진입점을 제공하는 리소스입니다' }], 20);
    for (const r of rows) expect(stringWidth(text(r))).toBeLessThanOrEqual(20);
    expect(rows.map(text).join(' ')).toBe('서비스는 파드 집합에 대한 단일 진입점을 제공하는 리소스입니다');
  });
  it('breaks a word longer than the row', () => {
    const rows = wrapSpans([{ text: 'kubia.default.svc.cluster.local' }], 10);
    expect(rows.map(text)).toEqual(['kubia.defa', 'ult.svc.cl', 'uster.loca', 'l']);
  });
});

describe('wrapIndented', () => {
  it('breaks a long trace hop at word boundaries, continuation rows indented under its text', () => {
    const line = '   ├─ snat: externalTrafficPolicy Cluster: the source is masqueraded to 10.244.1.1';
    const rows = wrapIndented(line, 40);
    expect(rows).toEqual(['   ├─ snat: externalTrafficPolicy', '            Cluster: the source is', '            masqueraded to 10.244.1.1']);
    const ko = wrapIndented('   ├─▶ 엔드포인트: 준비된 엔드포인트 3개 중에서 10.44.1.2:8080(파드 kubia-bz2tb) 주소를 임의로 골랐어요', 40);
    expect(ko[0].startsWith('   ├─▶ 엔드포인트: ')).toBe(true);
    expect(ko.slice(1).every((r) => r.startsWith(' '.repeat(17)))).toBe(true);
    expect(wrapIndented('short', 40)).toEqual(['short']);
  });
});

describe('wrapSpans across styles', () => {
  it('keeps punctuation after a code span on the same row', () => {
    const spans = [{ text: 'the second node\'s ' }, { text: '<node2-ip>:30123', code: true }, { text: ', and so on' }];
    const rows = wrapSpans(spans, 34).map((r) => r.map((s) => s.text).join(''));
    expect(rows).toEqual(["the second node's", '<node2-ip>:30123, and so on']);
  });
});
