import { describe, expect, it } from 'vitest';
import { cursorPosition, initialLineState, keyToCommand, layoutLine, reduceLine, type LineAction, type LineState } from './index.js';

const run = (s: LineState, ...actions: (LineAction | LineAction['type'])[]) =>
  actions.reduce((st, a) => reduceLine(st, typeof a === 'string' ? ({ type: a } as LineAction) : a), s);
const typed = (...chunks: string[]) => chunks.reduce((s, text) => reduceLine(s, { type: 'insert', text }), initialLineState());
/** Feeds chunks through the key map the way Ink delivers them. */
const keys = (s: LineState, ...events: [string, Record<string, boolean>?][]) =>
  events.reduce((st, [input, key]) => {
    const c = keyToCommand(input, key ?? {}, !!st.search);
    return c.type === 'edit' ? reduceLine(st, c.action) : st;
  }, s);

describe('Hangul and IME chunks', () => {
  it('inserts whole multi-code-point chunks without dropping the last syllable', () => {
    const s = typed('한', '글', ' ', 'ㅎ', '한글', 'abc');
    expect(s.text).toBe('한글 ㅎ한글abc');
    expect(s.cursor).toBe(s.text.length);
  });
  it('moves and deletes one syllable at a time', () => {
    let s = typed('한글입력');
    s = run(s, 'left', 'backspace');
    expect(s.text).toBe('한글력');
    expect(s.cursor).toBe(2);
    s = run(s, { type: 'insert', text: '가나' });
    expect(s.text).toBe('한글가나력');
  });
  it('treats a decomposed syllable (jamo + combining) and an emoji as one character', () => {
    let s = typed('a', '\u1112\u1161\u11ab', '👍🏽');
    s = run(s, 'backspace');
    expect(s.text).toBe('a\u1112\u1161\u11ab');
    s = run(s, 'backspace');
    expect(s.text).toBe('a');
  });
  it('puts the cursor on the right column after wide characters', () => {
    const s = run(typed('한글ab'), 'left');
    const rows = layoutLine('$ ', s.text, s.cursor, 80);
    expect(cursorPosition(rows)).toEqual({ row: 0, col: 2 + 4 + 1 });
  });
  it('wraps a wide character that would straddle the edge to the next row', () => {
    const rows = layoutLine('$ ', '가나다', 3, 7);
    expect(rows.map((r) => r.map((c) => c.text).join(''))).toEqual(['$ 가나', '다 ']);
    expect(cursorPosition(rows)).toEqual({ row: 1, col: 2 });
  });
});

describe('a recalled multi-line command', () => {
  it('shows each further line after the continuation prompt, with the cursor at the end', () => {
    const text = 'cat <<EOF\nhi\nEOF';
    const rows = layoutLine('$ ', text, text.length, 80);
    expect(rows.map((r) => r.map((c) => c.text).join(''))).toEqual(['$ cat <<EOF', '> hi', '> EOF ']);
    expect(cursorPosition(rows)).toEqual({ row: 2, col: 5 });
  });
});

describe('editing keys', () => {
  it('Home/End, Ctrl-A/E, left/right', () => {
    let s = typed('kubectl get');
    s = keys(s, ['a', { ctrl: true }]);
    expect(s.cursor).toBe(0);
    s = keys(s, ['', { end: true }], ['', { leftArrow: true }]);
    expect(s.cursor).toBe(10);
    s = keys(s, ['', { home: true }], ['', { rightArrow: true }]);
    expect(s.cursor).toBe(1);
  });
  it('Ctrl-U/K/W kill and Ctrl-Y yanks', () => {
    let s = typed('kubectl get pods');
    s = keys(s, ['w', { ctrl: true }]);
    expect(s.text).toBe('kubectl get ');
    s = keys(s, ['y', { ctrl: true }]);
    expect(s.text).toBe('kubectl get pods');
    s = keys(s, ['', { home: true }], ['', { rightArrow: true }], ['k', { ctrl: true }]);
    expect(s.text).toBe('k');
    s = keys(typed('abc def'), ['', { leftArrow: true }], ['u', { ctrl: true }]);
    expect(s.text).toBe('f');
    expect(s.cursor).toBe(0);
  });
  it('Alt-B/F move by words', () => {
    let s = typed('kubectl get svc/kubia');
    s = keys(s, ['b', { meta: true }]);
    expect(s.cursor).toBe('kubectl get svc/'.length);
    s = keys(s, ['b', { meta: true }], ['b', { meta: true }]);
    expect(s.cursor).toBe('kubectl '.length);
    s = keys(s, ['f', { meta: true }]);
    expect(s.cursor).toBe('kubectl get'.length);
  });
  it('Backspace arrives as key.delete (DEL) and still deletes backwards', () => {
    const s = keys(typed('abc'), ['', { delete: true }]);
    expect(s.text).toBe('ab');
  });
  it('never lets control characters into the line', () => {
    expect(typed('a\u0007b\tc').text).toBe('ab c');
  });
});

describe('history', () => {
  it('walks Up/Down and keeps the draft', () => {
    let s = initialLineState(['one', 'two']);
    s = run(s, { type: 'insert', text: 'dr' }, 'historyPrev');
    expect(s.text).toBe('two');
    s = run(s, 'historyPrev', 'historyPrev');
    expect(s.text).toBe('one');
    s = run(s, 'historyNext', 'historyNext');
    expect(s.text).toBe('dr');
  });
  it('commit hands the line on without adding it; remember adds non-empty, non-repeated lines', () => {
    let s = run(typed('ls'), 'commit');
    expect(s.history).toEqual([]);
    expect(s.text).toBe('');
    s = run(s, { type: 'remember', line: 'ls' }, { type: 'remember', line: 'ls' }, { type: 'remember', line: '  ' });
    expect(s.history).toEqual(['ls']);
    // A heredoc is one entry, recalled whole by ↑.
    const heredoc = 'cat <<EOF > a.txt\nhello\nEOF';
    s = run(s, { type: 'remember', line: heredoc }, 'historyPrev');
    expect(s.text).toBe(heredoc);
    s = run(s, 'historyPrev');
    expect(s.text).toBe('ls');
  });
});

describe('Ctrl-R reverse search', () => {
  const h = initialLineState(['kubectl get pods', 'curl 10.0.0.1', 'kubectl get svc', 'ls']);
  it('finds the newest match, older ones on Ctrl-R, and accepts on Enter', () => {
    let s = keys(h, ['r', { ctrl: true }], ['get']);
    expect(s.search?.query).toBe('get');
    expect(s.text).toBe('kubectl get svc');
    s = keys(s, ['r', { ctrl: true }]);
    expect(s.text).toBe('kubectl get pods');
    const c = keyToCommand('\r', { return: true }, true);
    expect(c).toEqual({ type: 'edit', action: { type: 'searchAccept' } });
    s = reduceLine(s, { type: 'searchAccept' });
    expect(s.search).toBeNull();
    expect(s.text).toBe('kubectl get pods');
  });
  it('cancels with Ctrl-G / Ctrl-C and restores the line', () => {
    let s = run(h, { type: 'insert', text: 'draft' });
    s = keys(s, ['r', { ctrl: true }], ['curl'], ['g', { ctrl: true }]);
    expect(s.text).toBe('draft');
    expect(s.search).toBeNull();
  });
  it('an editing key leaves the search and edits the match', () => {
    const s = keys(h, ['r', { ctrl: true }], ['curl'], ['', { end: true }], ['x']);
    expect(s.text).toBe('curl 10.0.0.1x');
  });
});

describe('keyToCommand', () => {
  it('maps special keys', () => {
    expect(keyToCommand('\r', { return: true })).toEqual({ type: 'submit' });
    expect(keyToCommand('ls\rpwd\r', {})).toEqual({ type: 'paste', text: 'ls\rpwd\r' });
    expect(keyToCommand('', { tab: true })).toEqual({ type: 'complete' });
    expect(keyToCommand('c', { ctrl: true })).toEqual({ type: 'interrupt' });
    expect(keyToCommand('d', { ctrl: true })).toEqual({ type: 'eof' });
    expect(keyToCommand('l', { ctrl: true })).toEqual({ type: 'clearScreen' });
    expect(keyToCommand('한글', {})).toEqual({ type: 'edit', action: { type: 'insert', text: '한글' } });
  });
});

describe('splitKeys', () => {
  it('splits control keys that arrive in one chunk', async () => {
    const { splitKeys } = await import('./keymap.js');
    expect(splitKeys('\x17\x17')).toEqual([['w', { ctrl: true }], ['w', { ctrl: true }]]);
    expect(splitKeys('ab\x01c')).toEqual([['ab', {}], ['a', { ctrl: true }], ['c', {}]]);
    expect(splitKeys('한글')).toBeUndefined();
    expect(splitKeys('ls\rpwd')).toBeUndefined();
  });
});
