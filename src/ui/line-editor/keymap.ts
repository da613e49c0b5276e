// Translates one Ink keypress (input + key flags) into what the prompt should do. Pure, so
// the bindings are tested without a terminal. Ink delivers a paste or an IME commit as one
// event with the whole chunk in `input`; chunks with line breaks become a paste.
import type { Key } from 'ink';
import type { LineAction } from './line-editor.js';

export type PromptCommand =
  | { type: 'edit'; action: LineAction }
  | { type: 'submit' }
  | { type: 'paste'; text: string }
  | { type: 'complete' }
  | { type: 'interrupt' }
  | { type: 'eof' }
  | { type: 'clearScreen' }
  | { type: 'none' };

const edit = (action: LineAction): PromptCommand => ({ type: 'edit', action });
const simple = (type: Exclude<LineAction['type'], 'insert' | 'set'>): PromptCommand => edit({ type } as LineAction);

export function keyToCommand(input: string, key: Partial<Key>, searching = false): PromptCommand {
  // A chunk with a line break that is more than a lone Enter: pasted text.
  if (input.length > 1 && /[\r\n]/.test(input)) return { type: 'paste', text: input };
  if (key.return) return searching ? simple('searchAccept') : { type: 'submit' };
  if (key.ctrl && !key.meta) {
    switch (input) {
      case 'a': return simple('home');
      case 'e': return simple('end');
      case 'b': return simple('left');
      case 'f': return simple('right');
      case 'u': return simple('killToStart');
      case 'k': return simple('killToEnd');
      case 'w': return simple('killWordBack');
      case 'y': return simple('yank');
      case 'h': return simple('backspace');
      case 'p': return simple('historyPrev');
      case 'n': return simple('historyNext');
      case 'r': return simple('searchStart');
      case 'g': return searching ? simple('searchCancel') : { type: 'none' };
      case 'c': return { type: 'interrupt' };
      case 'd': return { type: 'eof' };
      case 'l': return { type: 'clearScreen' };
      case 'j':
      case 'm': return searching ? simple('searchAccept') : { type: 'submit' };
    }
    if (key.leftArrow) return simple('wordLeft');
    if (key.rightArrow) return simple('wordRight');
    return { type: 'none' };
  }
  if (key.tab) return searching ? simple('searchAccept') : { type: 'complete' };
  // Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
  if (key.backspace || key.delete) {
    return key.meta && !key.escape ? simple('killWordBack') : simple('backspace');
  }
  if (key.upArrow) return simple('historyPrev');
  if (key.downArrow) return simple('historyNext');
  if (key.leftArrow) return key.meta ? simple('wordLeft') : simple('left');
  if (key.rightArrow) return key.meta ? simple('wordRight') : simple('right');
  if (key.home) return simple('home');
  if (key.end) return simple('end');
  if (key.escape && input === '') return searching ? simple('searchAccept') : { type: 'none' };
  if (key.meta) {
    if (input === 'b') return simple('wordLeft');
    if (input === 'f') return simple('wordRight');
    return { type: 'none' };
  }
  if (key.pageUp || key.pageDown) return { type: 'none' };
  if (input === '') return { type: 'none' };
  return edit({ type: 'insert', text: input });
}

/**
 * Control keys typed fast (or sent by a script) can arrive in one chunk with text, e.g.
 * "\x17\x17" or "ab\x01". Splits such a chunk into single keypresses, as Ink would have
 * reported them one by one. Chunks with line breaks are pastes and are not split.
 */
export function splitKeys(input: string): [string, Partial<Key>][] | undefined {
  // eslint-disable-next-line no-control-regex
  if (input.length < 2 || /[\r\n]/.test(input) || !/[\u0000-\u001f\u007f]/.test(input)) return undefined;
  const out: [string, Partial<Key>][] = [];
  // eslint-disable-next-line no-control-regex
  for (const piece of input.match(/[\u0000-\u001f\u007f]|[^\u0000-\u001f\u007f]+/g) ?? []) {
    const code = piece.charCodeAt(0);
    if (piece.length > 1 || code >= 0x20 && code !== 0x7f) out.push([piece, {}]);
    else if (code === 0x7f || code === 0x08) out.push(['', { backspace: true }]);
    else if (code === 0x09) out.push(['', { tab: true }]);
    else if (code === 0x1b) out.push(['', { escape: true, meta: true }]);
    else if (code >= 0x01 && code <= 0x1a) out.push([String.fromCharCode(code + 0x60), { ctrl: true }]);
  }
  return out;
}
