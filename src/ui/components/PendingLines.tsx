// What sits between the transcript and the prompt: the command being run (kept where it
// was typed, as a terminal does, until its output arrives), lines typed while the tutor
// was still opening, and the lines of an unfinished heredoc. Capped at a third of the
// screen so the live area always stays shorter than the terminal.
import React from 'react';
import { Text } from 'ink';
import type { ConversationState } from '../conversation.js';
import { useTheme } from '../theme/index.js';
import { wrapHard } from '../text/wrap.js';

/** The rows to show, already cut to the width (the prompt's row offset depends on the count). */
export function pendingRows(state: ConversationState, placePrompt: () => string, columns: number, screenRows: number): string[] {
  const cap = Math.max(1, Math.floor(screenRows / 3));
  const block = (lines: string[], firstPrompt: string) =>
    lines.flatMap((l, i) => wrapHard(`${i === 0 ? firstPrompt : '> '}${l}`, columns)).slice(-cap);
  const rows: string[] = [];
  if (state.running) rows.push(...block(state.running.text.split('\n'), state.running.prompt));
  for (const l of state.early) rows.push(...wrapHard(`$ ${l}`, columns).slice(-cap));
  if (state.continuation.length) rows.push(...block(state.continuation, placePrompt()));
  return rows.slice(-cap);
}

export function PendingLines({ rows }: { rows: string[] }): React.ReactElement {
  const theme = useTheme();
  return (
    <>
      {rows.map((r, i) => (
        <Text key={i} color={theme.color.command} wrap="truncate-end">
          {r || ' '}
        </Text>
      ))}
    </>
  );
}
