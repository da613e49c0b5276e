// The kubetour app: providers and layout only. The transcript is <Static>; the live area
// below it holds just the command in progress, the prompt (or the lesson menu, or the
// built-in editor) and the status line, and always stays shorter than the terminal.
import React, { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { Box, Text } from 'ink';
import type { Lang } from '../tutor/index.js';
import { META_COMMANDS, sourceFromSession, type CompletionSource } from './completion.js';
import { UiContext } from './context.js';
import type { Conversation, TutorPort } from './conversation.js';
import type { EditorBridge } from './editor/editor-bridge.js';
import { uiT } from './i18n.js';
import { ThemeContext, type Theme } from './theme/index.js';
import { wrapHard } from './text/wrap.js';
import { useConversation } from './hooks/use-conversation.js';
import { useConversationSetup } from './hooks/use-conversation-setup.js';
import { useExternalEditor } from './hooks/use-external-editor.js';
import { useLineEditor, type LineEditorHandle } from './hooks/use-line-editor.js';
import { usePromptKeys } from './hooks/use-prompt-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { useIdleClock } from './hooks/use-idle-clock.js';
import type { IdleTarget, WallClock } from '../shell/idle-clock.js';
import { Transcript } from './components/Transcript.js';
import { PendingLines, pendingRows } from './components/PendingLines.js';
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
  /** The host's clock: while idle, the simulated cluster's time follows it. Without it, time moves only with commands. */
  wallClock?: WallClock;
}

const NO_COMPLETION: CompletionSource = { commands: [], metaCommands: [], names: () => [], listDir: async () => [] };

export function App({ tutor, lang = 'en', theme, history, remember, editorBridge, onReady, wallClock }: AppProps): React.ReactElement {
  const size = useTerminalSize();
  // A shell command joins both the history file and the prompt's ↑ list once it has run.
  const editorRef = useRef<LineEditorHandle | null>(null);
  const rememberBoth = useCallback(
    (line: string) => {
      remember(line);
      editorRef.current?.apply({ type: 'remember', line });
    },
    [remember],
  );
  const conversation = useConversationSetup({ tutor, lang, plain: theme.plain, remember: rememberBoth, onReady, done: (c) => c.getState().done });
  const state = useConversation(conversation);
  const editorReq = useSyncExternalStore(editorBridge.subscribe, editorBridge.getState, editorBridge.getState);
  const editor = useLineEditor(history);
  editorRef.current = editor;
  const t = useMemo(() => uiT(state.lang), [state.lang]);
  const ui = useMemo(() => ({ t, columns: size.columns, rows: size.rows }), [t, size.columns, size.rows]);
  const editorError = useExternalEditor(editorBridge, editorReq, t);
  const idleTarget: IdleTarget = { passIdleTime: (s) => (state.loading ? false : (conversation.tutor.session.passIdleTime?.(s) ?? false)) };
  useIdleClock(() => idleTarget, Boolean(state.running) || state.loading, wallClock);

  const promptActive = !state.done && editorReq === null;
  usePromptKeys({
    conversation,
    editor,
    active: promptActive,
    completionSource: () => (state.loading ? NO_COMPLETION : sourceFromSession(conversation.tutor.session as any, META_COMMANDS)),
    showCandidates: (cs) => `${t('completions', { count: cs.length })}: ${cs.join('  ')}`,
  });

  const cols = size.columns - 1;
  const pending = pendingRows(state, () => conversation.tutor.session.prompt(), cols, size.rows);
  let body: React.ReactElement | null = null;
  if (editorReq?.mode === 'builtin') {
    body = <BuiltinEditor content={editorReq.content} fileName={editorReq.fileName} onDone={(text) => editorBridge.finish(text)} />;
  } else if (editorReq?.mode === 'external') {
    body = <Text color={theme.color.muted}>{t('editor.waiting', { editor: editorReq.editor, file: editorReq.fileName })}</Text>;
  } else if (state.menu) {
    body = <LessonMenu menu={state.menu} maxRows={Math.max(4, size.rows - 4)} />;
  } else if (!state.running) {
    const search = editor.state.search;
    const searchLabel = search ? t(search.match === null && search.query ? 'searchFailed' : 'search', { query: search.query }) : undefined;
    body = <Prompt prompt={conversation.prompt()} line={editor.state} rowOffset={pending.length} searchLabel={searchLabel} active={promptActive} />;
  }
  const notice = editorError ?? (state.menu ? null : state.notice);
  return (
    <ThemeContext.Provider value={theme}>
      <UiContext.Provider value={ui}>
        <Transcript items={state.items} epoch={state.epoch} />
        {state.done ? null : (
          <Box flexDirection="column">
            <PendingLines rows={pending} />
            {body}
            {notice
              ? wrapHard(notice, cols)
                  .slice(0, 3)
                  .map((l, i) => (
                    <Text key={`n${i}`} color={theme.color.muted} wrap="truncate-end">
                      {l}
                    </Text>
                  ))
              : null}
            <StatusLine status={state.status} loading={state.loading} />
          </Box>
        )}
      </UiContext.Provider>
    </ThemeContext.Provider>
  );
}
