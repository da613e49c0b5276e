// The prompt's line editor as a pure reducer: (state, action) → state. Keeping it pure and
// out of React means a burst of keypresses (a paste, an IME committing "한글" as one chunk)
// is applied in order against the latest state — never against a stale closure, the bug
// that drops the last Hangul syllable in other Ink apps. Positions are UTF-16 offsets kept
// on grapheme boundaries, so a syllable or an emoji moves and deletes as one character.
import { graphemes } from '../text/wrap.js';

export interface SearchState {
  query: string;
  /** History index of the current match, or null when nothing matches. */
  match: number | null;
  /** The line as it was before the search, restored on cancel. */
  original: string;
}

export interface LineState {
  text: string;
  cursor: number;
  /** Earlier lines, oldest first. */
  history: readonly string[];
  /** history.length while editing a new line; smaller while browsing. */
  historyIndex: number;
  /** The unfinished new line, kept while browsing history. */
  draft: string;
  search: SearchState | null;
  /** The last killed text (Ctrl-U/K/W), for Ctrl-Y. */
  killed: string;
}

export type LineAction =
  | { type: 'insert'; text: string }
  | { type: 'set'; text: string; cursor?: number }
  /** A line that ran as a shell command joins the history. */
  | { type: 'remember'; line: string }
  | {
      type:
        | 'left'
        | 'right'
        | 'home'
        | 'end'
        | 'wordLeft'
        | 'wordRight'
        | 'backspace'
        | 'deleteForward'
        | 'killToStart'
        | 'killToEnd'
        | 'killWordBack'
        | 'yank'
        | 'historyPrev'
        | 'historyNext'
        | 'clear'
        | 'commit'
        | 'searchStart'
        | 'searchAccept'
        | 'searchCancel';
    };

export const HISTORY_LIMIT = 1000;

export function initialLineState(history: readonly string[] = []): LineState {
  return { text: '', cursor: 0, history, historyIndex: history.length, draft: '', search: null, killed: '' };
}

/** Offsets of every grapheme boundary in text: 0, …, text.length. */
function boundaries(text: string): number[] {
  const out = [0];
  let at = 0;
  for (const g of graphemes(text)) out.push((at += g.length));
  return out;
}

function prevBoundary(text: string, cursor: number): number {
  const b = boundaries(text);
  let best = 0;
  for (const x of b) if (x < cursor) best = x;
  return best;
}

function nextBoundary(text: string, cursor: number): number {
  for (const x of boundaries(text)) if (x > cursor) return x;
  return text.length;
}

const WORD = /[\p{L}\p{N}_]/u;

/** Alt-B: to the start of the word before the cursor (words are letters/digits). */
function wordLeftOf(text: string, cursor: number): number {
  const cps = Array.from(text.slice(0, cursor));
  let i = cps.length;
  while (i > 0 && !WORD.test(cps[i - 1])) i--;
  while (i > 0 && WORD.test(cps[i - 1])) i--;
  return cps.slice(0, i).join('').length;
}

/** Alt-F: to the end of the word after the cursor. */
function wordRightOf(text: string, cursor: number): number {
  const cps = Array.from(text.slice(cursor));
  let i = 0;
  while (i < cps.length && !WORD.test(cps[i])) i++;
  while (i < cps.length && WORD.test(cps[i])) i++;
  return cursor + cps.slice(0, i).join('').length;
}

/** Ctrl-W (unix-word-rubout): back over spaces, then to the previous space. */
function ruboutStart(text: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return i;
}

/** Text typed or pasted into one line: control characters never enter the buffer. */
export function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

/** Most recent history index before `before` whose line contains `query`. */
function findBackward(history: readonly string[], query: string, before: number): number | null {
  for (let i = Math.min(before, history.length) - 1; i >= 0; i--) if (history[i].includes(query)) return i;
  return null;
}

function edit(s: LineState, text: string, cursor: number): LineState {
  return { ...s, text, cursor };
}

export function reduceLine(s: LineState, a: LineAction): LineState {
  if (s.search && a.type !== 'remember') return reduceSearch(s, s.search, a);
  switch (a.type) {
    case 'insert': {
      const t = sanitize(a.text);
      if (!t) return s;
      return edit(s, s.text.slice(0, s.cursor) + t + s.text.slice(s.cursor), s.cursor + t.length);
    }
    case 'set': {
      const text = sanitize(a.text);
      return edit(s, text, Math.min(a.cursor ?? text.length, text.length));
    }
    case 'left':
      return edit(s, s.text, prevBoundary(s.text, s.cursor));
    case 'right':
      return edit(s, s.text, nextBoundary(s.text, s.cursor));
    case 'home':
      return edit(s, s.text, 0);
    case 'end':
      return edit(s, s.text, s.text.length);
    case 'wordLeft':
      return edit(s, s.text, wordLeftOf(s.text, s.cursor));
    case 'wordRight':
      return edit(s, s.text, wordRightOf(s.text, s.cursor));
    case 'backspace': {
      if (s.cursor === 0) return s;
      const p = prevBoundary(s.text, s.cursor);
      return edit(s, s.text.slice(0, p) + s.text.slice(s.cursor), p);
    }
    case 'deleteForward': {
      if (s.cursor >= s.text.length) return s;
      const n = nextBoundary(s.text, s.cursor);
      return edit(s, s.text.slice(0, s.cursor) + s.text.slice(n), s.cursor);
    }
    case 'killToStart':
      if (s.cursor === 0) return s;
      return { ...edit(s, s.text.slice(s.cursor), 0), killed: s.text.slice(0, s.cursor) };
    case 'killToEnd':
      if (s.cursor === s.text.length) return s;
      return { ...edit(s, s.text.slice(0, s.cursor), s.cursor), killed: s.text.slice(s.cursor) };
    case 'killWordBack': {
      const start = ruboutStart(s.text, s.cursor);
      if (start === s.cursor) return s;
      return { ...edit(s, s.text.slice(0, start) + s.text.slice(s.cursor), start), killed: s.text.slice(start, s.cursor) };
    }
    case 'yank':
      return s.killed ? reduceLine(s, { type: 'insert', text: s.killed }) : s;
    case 'historyPrev': {
      if (s.historyIndex === 0) return s;
      const draft = s.historyIndex === s.history.length ? s.text : s.draft;
      const i = s.historyIndex - 1;
      const text = s.history[i];
      return { ...s, historyIndex: i, draft, text, cursor: text.length };
    }
    case 'historyNext': {
      if (s.historyIndex >= s.history.length) return s;
      const i = s.historyIndex + 1;
      const text = i === s.history.length ? s.draft : s.history[i];
      return { ...s, historyIndex: i, text, cursor: text.length };
    }
    case 'clear':
      return { ...s, text: '', cursor: 0, historyIndex: s.history.length, draft: '' };
    case 'commit':
      // The line is handed on; it joins the history only once it has run as a shell
      // command (`remember`), so answers and meta-commands stay out and a heredoc is one entry.
      return { ...initialLineState(s.history), killed: s.killed };
    case 'remember': {
      const line = a.line;
      if (line.trim() === '' || s.history[s.history.length - 1] === line) return s;
      const history = [...s.history, line].slice(-HISTORY_LIMIT);
      // Browsing stays on the entry shown; a new line keeps pointing past the end.
      const browsing = s.historyIndex < s.history.length;
      const historyIndex = browsing ? Math.max(0, s.historyIndex - (s.history.length + 1 - history.length)) : history.length;
      return { ...s, history, historyIndex };
    }
    case 'searchStart':
      return { ...s, search: { query: '', match: null, original: s.text } };
    case 'searchAccept':
    case 'searchCancel':
      return s;
  }
}

/** Ctrl-R mode: typing edits the query; the line shows the newest matching history entry. */
function reduceSearch(s: LineState, q: SearchState, a: LineAction): LineState {
  const show = (query: string, match: number | null): LineState => {
    const text = match === null ? s.text : s.history[match];
    const at = match === null ? s.cursor : Math.max(0, text.indexOf(query));
    return { ...s, text, cursor: at, search: { ...q, query, match } };
  };
  switch (a.type) {
    case 'insert': {
      const query = q.query + sanitize(a.text);
      // Extending the query keeps the current match if it still fits (bash does the same).
      const from = q.match !== null && s.history[q.match].includes(query) ? q.match + 1 : s.history.length;
      return show(query, findBackward(s.history, query, from));
    }
    case 'backspace': {
      const query = q.query.slice(0, prevBoundary(q.query, q.query.length));
      return show(query, query ? findBackward(s.history, query, s.history.length) : null);
    }
    case 'searchStart': {
      // Ctrl-R again: the next older match.
      if (!q.query) return s;
      const next = findBackward(s.history, q.query, q.match ?? s.history.length);
      return next === null ? s : show(q.query, next);
    }
    case 'searchCancel':
    case 'clear':
      return { ...s, text: q.original, cursor: q.original.length, search: null };
    case 'searchAccept':
      return { ...s, search: null, historyIndex: s.history.length, draft: '' };
    default: {
      // Any editing key leaves the search with the match in the line, then acts on it.
      const accepted: LineState = { ...s, search: null, historyIndex: s.history.length, draft: '' };
      return reduceLine(accepted, a);
    }
  }
}
