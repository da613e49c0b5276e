// The kubetour app: providers and layout only. The transcript is <Static>; the live area
// below it holds just the command in progress, the prompt (or the lesson menu, or the
// built-in editor) and the status line, and always stays shorter than the terminal.
import React, { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Box, Text, useApp, useStdout } from 'ink';
import type { Lang, Turn } from '../tutor/index.js';
import { META_COMMANDS, sourceFromSession, type CompletionSource } from './completion.js';
import { UiContext } from './context.js';
import { Conversation, type TutorPort } from './conversation.js';
import { namedDiagram, traceDiagram } from './diagrams/index.js';
import { EditorBridge } from './editor/editor-bridge.js';
import { uiT } from './i18n.js';
import { ThemeContext, type Theme } from './theme/index.js';
import { truncate, wrapHard } from './text/wrap.js';
import { useConversation } from './hooks/use-conversation.js';
import { useLineEditor } from './hooks/use-line-editor.js';
import { usePromptKeys } from './hooks/use-prompt-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { Transcript } from './components/Transcript.js';
import { Prompt } from './components/Prompt.js';
import { StatusLine } from './components/StatusLine.js';
import { LessonMenu } from './components/LessonMenu.js';
import { BuiltinEditor } from './components/BuiltinEditor.js';

export interface AppProps {
  /** The tutor, or the promise of it: the first frame does not wait for it to open. */
  tutor: TutorPort | Promise<TutorPort>;
  /** The language to start in while the tutor opens. */
  lang?: Lang;
  theme: Theme;
  history: readonly string[];
  remember(line: string): void;
  editorBridge: EditorBridge;
  /** Gives the caller (run-app, tests, the bench) the conversation once it exists. */
  onReady?(c: Conversation): void;
}

const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';
const EMPTY_SOURCE: CompletionSource = { commands: [], metaCommands: [], names: () => [], listDir: async () => [] };

export function App({ tutor: tutorOrPromise, lang = 'en', theme, history, remember, editorBridge, onReady }: AppProps): React.ReactElement {
  const { exit } = useApp();
  const { write } = useStdout();
  const size = useTerminalSize();
  const effects = useRef({ write, exit });
  effects.current = { write, exit };

  // The welcome turns are in the state before the first render, so the first frame has them.
  const [conversation] = useState(() => {
    const ready = tutorOrPromise instanceof Promise ? null : tutorOrPromise;
    const c: Conversation = new Conversation(ready, {
      clearScreen: () => effects.current.write(CLEAR_SCREEN),
      exit: () => undefined, // exits after the goodbye has rendered (see the effect below)
      remember,
      t: (lang, key, vars) => uiT(lang)(key, vars),
      diagram: (turn, l): string[] => drawDiagram(c.tutor, turn, l, theme.plain),
    }, lang);
    if (ready) c.start();
    return c;
  });
  useEffect(() => {
    if (!(tutorOrPromise instanceof Promise)) return;
    let live = true;
    // A failure to open is reported by the caller (run-app), which owns the exit code.
    tutorOrPromise.then((t) => live && conversation.attach(t), () => undefined);
    return () => {
      live = false;
    };
  }, [tutorOrPromise, conversation]);
  const state = useConversation(conversation);
  const editorReq = useSyncExternalStore(editorBridge.subscribe, editorBridge.getState, editorBridge.getState);
  const editor = useLineEditor(history);
  const t = useMemo(() => uiT(state.lang), [state.lang]);
  const ui = useMemo(() => ({ t, columns: size.columns, rows: size.rows }), [t, size.columns, size.rows]);

  useEffect(() => {
    onReady?.(conversation);
  }, [conversation, onReady]);

  useEffect(() => {
    if (state.done) effects.current.exit();
  }, [state.done]);

  // An external editor owns the terminal: once the prompt stopped reading keys (this
  // effect runs after the input hook's cleanup released raw mode), run it.
  const [editorError, setEditorError] = useState<string | null>(null);
  useEffect(() => {
    if (editorReq?.mode !== 'external') return;
    const timer = setTimeout(() => {
      const r = editorBridge.runExternal();
      setEditorError(r.error ? t('editor.failed', { editor: editorReq.editor, message: r.error }) : null);
    }, 0);
    return () => clearTimeout(timer);
  }, [editorReq, editorBridge, t]);

  const promptActive = !state.done && editorReq === null;
  usePromptKeys({
    conversation,
    editor,
    active: promptActive,
    completionSource: () => (state.loading ? EMPTY_SOURCE : sourceFromSession(conversation.tutor.session as any, META_COMMANDS)),
    showCandidates: (cs) => `${t('completions', { count: cs.length })}: ${cs.join('  ')}`,
  });

  const cols = size.columns - 1;
  const live: React.ReactElement[] = [];
  let rowsAbove = 0;
  if (state.running !== null) {
    // Like a terminal: the command line stays where it was typed until its output comes.
    const lines = state.running.text.split('\n');
    const rows = lines.flatMap((l, i) => wrapHard(`${i === 0 ? state.running!.prompt : '> '}${l}`, cols)).slice(-Math.max(1, Math.floor(size.rows / 3)));
    rows.forEach((r, i) => live.push(<Text key={`run${i}`} color={theme.color.command} wrap="truncate-end">{r || ' '}</Text>));
    rowsAbove += rows.length;
  }
  for (const [i, l] of state.early.entries()) {
    live.push(<Text key={`early${i}`} color={theme.color.command} wrap="truncate-end">{truncate(`$ ${l}`, cols)}</Text>);
    rowsAbove += 1;
  }
  if (state.continuation.length) {
    const maxRows = Math.max(1, Math.floor(size.rows / 3));
    const lines = state.continuation.flatMap((l, i) => wrapHard(`${i === 0 ? conversation.tutor.session.prompt() : '> '}${l}`, cols));
    const shown = lines.slice(-maxRows);
    shown.forEach((l, i) => live.push(<Text key={`cont${i}`} color={theme.color.command} wrap="truncate-end">{l || ' '}</Text>));
    rowsAbove += shown.length;
  }

  let body: React.ReactElement;
  if (editorReq?.mode === 'builtin') {
    body = <BuiltinEditor content={editorReq.content} fileName={editorReq.fileName} onDone={(text) => editorBridge.finish(text)} />;
  } else if (editorReq?.mode === 'external') {
    body = <Text color={theme.color.muted}>{t('editor.waiting', { editor: editorReq.editor, file: editorReq.fileName })}</Text>;
  } else if (state.menu) {
    body = <LessonMenu menu={state.menu} maxRows={Math.max(4, size.rows - 4)} />;
  } else if (state.done || state.running !== null) {
    body = <></>;
  } else {
    const search = editor.state.search;
    const searchLabel = search ? t(search.match === null && search.query ? 'searchFailed' : 'search', { query: search.query }) : undefined;
    body = <Prompt prompt={conversation.prompt()} line={editor.state} rowOffset={rowsAbove} searchLabel={searchLabel} active={promptActive} />;
  }
  const notice = editorError ?? state.notice;
  return (
    <ThemeContext.Provider value={theme}>
      <UiContext.Provider value={ui}>
        <Transcript items={state.items} epoch={state.epoch} />
        {state.done ? null : (
          <Box flexDirection="column">
            {live}
            {body}
            {notice && !state.menu ? (
              wrapHard(notice, cols).slice(0, 3).map((l, i) => (
                <Text key={`n${i}`} color={theme.color.muted} wrap="truncate-end">{l}</Text>
              ))
            ) : null}
            <StatusLine status={state.status} loading={state.loading} />
          </Box>
        )}
      </UiContext.Provider>
    </ThemeContext.Provider>
  );
}

function drawDiagram(tutor: TutorPort, turn: Extract<Turn, { kind: 'diagram' }>, lang: Lang, plain: boolean): string[] {
  const labels = { t: uiT(lang) as unknown as (k: string, v?: Record<string, unknown>) => string, plain };
  try {
    const session = tutor.session;
    if (turn.name === 'trace' || turn.traceId !== undefined) {
      const traces = session.traces ?? [];
      const trace = turn.traceId !== undefined ? traces.find((x) => x.id === turn.traceId) : traces[traces.length - 1];
      return traceDiagram(trace as any, labels);
    }
    return namedDiagram(turn.name, session.cluster.store, labels);
  } catch {
    return [labels.t('diagram.unknown', { name: turn.name })];
  }
}
