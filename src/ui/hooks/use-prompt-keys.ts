// The one keypress owner while the prompt is showing: routes each Ink keypress to the lesson
// menu, or through the key map to the line editor and the conversation. Handlers read the
// latest state from refs, so no keypress is ever applied to stale state.
import { useInput, type Key } from 'ink';
import { useCallback, useRef } from 'react';
import { complete, type CompletionSource } from '../completion.js';
import type { Conversation } from '../conversation.js';
import { keyToCommand, splitKeys } from '../line-editor/index.js';
import type { LineEditorHandle } from './use-line-editor.js';

export interface PromptKeysDeps {
  conversation: Conversation;
  editor: LineEditorHandle;
  completionSource: () => CompletionSource;
  /** Formats the candidates shown when Tab finds several. */
  showCandidates(candidates: string[]): string;
  active: boolean;
}

export function handlePromptKey(input: string, key: Partial<Key>, d: PromptKeysDeps, tabSeq: { n: number }): void {
  const c = d.conversation;
  const s = c.getState();
  if (s.done) return;
  if (s.menu) {
    if (key.upArrow || (key.ctrl && input === 'p')) c.moveMenu(-1);
    else if (key.downArrow || (key.ctrl && input === 'n')) c.moveMenu(1);
    else if (key.return) c.chooseMenu();
    else if (key.escape || (key.ctrl && input === 'c') || input === 'q') c.closeMenu();
    return;
  }
  const split = splitKeys(input);
  if (split) {
    for (const [i, k] of split) handlePromptKey(i, k, d, tabSeq);
    return;
  }
  const ed = d.editor;
  const cmd = keyToCommand(input, key, !!ed.ref.current.search);
  if (cmd.type !== 'interrupt') c.disarm();
  if (cmd.type !== 'complete') tabSeq.n++;
  switch (cmd.type) {
    case 'edit':
      ed.apply(cmd.action);
      return;
    case 'submit': {
      const line = ed.ref.current.text;
      ed.apply({ type: 'commit' });
      c.enter(line);
      return;
    }
    case 'paste': {
      // The line so far plus the pasted text: complete lines run, the rest stays editable.
      const cur = ed.ref.current;
      const text = cur.text.slice(0, cur.cursor) + cmd.text + cur.text.slice(cur.cursor);
      const lines = text.split(/\r\n|\r|\n/);
      for (const l of lines.slice(0, -1)) {
        ed.apply({ type: 'set', text: l });
        ed.apply({ type: 'commit' });
      }
      const rest = c.paste(text);
      ed.apply({ type: 'set', text: rest });
      return;
    }
    case 'complete': {
      const { text, cursor } = ed.ref.current;
      const seq = ++tabSeq.n;
      void complete(text, cursor, d.completionSource()).then((r) => {
        // Typing since Tab wins over a late answer.
        if (!r || tabSeq.n !== seq || ed.ref.current.text !== text || ed.ref.current.cursor !== cursor) return;
        const next = text.slice(0, r.from) + r.replacement + text.slice(cursor);
        ed.apply({ type: 'set', text: next, cursor: r.from + r.replacement.length });
        c.setNotice(r.candidates.length > 1 && next === text ? d.showCandidates(r.candidates) : null);
      }, () => undefined);
      return;
    }
    case 'interrupt': {
      const cur = ed.ref.current;
      if (cur.search) {
        ed.apply({ type: 'searchCancel' });
        return;
      }
      ed.apply({ type: 'clear' });
      c.interrupt(cur.text === '');
      return;
    }
    case 'eof':
      // Ctrl-D on an empty line: leave a pod or node shell; on the laptop, quit.
      if (ed.ref.current.text === '' && c.getState().continuation.length === 0) c.eof();
      else ed.apply({ type: 'deleteForward' });
      return;
    case 'clearScreen':
      c.clearScreen();
      return;
    case 'none':
      return;
  }
}

export function usePromptKeys(d: PromptKeysDeps): void {
  const deps = useRef(d);
  deps.current = d;
  const tabSeq = useRef({ n: 0 });
  // A stable handler: Ink re-subscribes when the handler changes, and the refs make a new
  // closure per render unnecessary.
  const handler = useCallback((input: string, key: Key) => handlePromptKey(input, key, deps.current, tabSeq.current), []);
  useInput(handler, { isActive: d.active });
}
