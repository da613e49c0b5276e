// The prompt's line state, held in a ref and mirrored into React state. Keypresses are
// applied to the ref synchronously, so a burst of events (IME commits, pastes, fast typing)
// each sees the result of the one before — no stale closure can drop a character.
import { useCallback, useRef, useState } from 'react';
import { initialLineState, reduceLine, type LineAction, type LineState } from '../line-editor/index.js';

export interface LineEditorHandle {
  state: LineState;
  ref: React.MutableRefObject<LineState>;
  apply(action: LineAction): LineState;
}

export function useLineEditor(history: readonly string[]): LineEditorHandle {
  const ref = useRef<LineState>(initialLineState(history));
  const [state, setState] = useState(ref.current);
  const apply = useCallback((action: LineAction) => {
    ref.current = reduceLine(ref.current, action);
    setState(ref.current);
    return ref.current;
  }, []);
  return { state, ref, apply };
}
