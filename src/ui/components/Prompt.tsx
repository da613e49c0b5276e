// The input line: the place's prompt ('$ ', 'root@kubia-x2l9m:/# ', '> ' in a heredoc) and
// the text being edited, laid out by display width. The real terminal cursor is placed on
// the edit position (useCursor), which is also where IMEs draw their composition.
import React from 'react';
import { Box, Text, useCursor } from 'ink';
import { cursorPosition, layoutLine, type LineState } from '../line-editor/index.js';
import { useUi } from '../context.js';
import { useTheme } from '../theme/index.js';

export function promptRows(prompt: string, line: LineState, columns: number, searchLabel?: string) {
  const shown = searchLabel ?? prompt;
  return layoutLine(shown, line.text, line.cursor, columns);
}

export function Prompt({ prompt, line, rowOffset, searchLabel, active }: { prompt: string; line: LineState; rowOffset: number; searchLabel?: string; active: boolean }): React.ReactElement {
  const { columns } = useUi();
  const theme = useTheme();
  const rows = promptRows(prompt, line, columns - 1, searchLabel);
  const { setCursorPosition } = useCursor();
  const pos = cursorPosition(rows);
  // Set during render: Ink applies it in the same commit as the frame (useInsertionEffect).
  setCursorPosition(active ? { x: pos.col, y: rowOffset + pos.row } : undefined);
  return (
    <Box flexDirection="column">
      {rows.map((cells, i) => {
        const promptPart = cells.filter((c) => c.prompt).map((c) => c.text).join('');
        const textPart = cells.filter((c) => !c.prompt).map((c) => c.text).join('');
        return (
          <Text key={i} wrap="truncate-end">
            {promptPart ? <Text color={searchLabel ? theme.color.accent : theme.color.prompt}>{promptPart}</Text> : null}
            {textPart}
          </Text>
        );
      })}
    </Box>
  );
}
