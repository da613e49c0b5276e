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
  const { columns, rows: screenRows } = useUi();
  const theme = useTheme();
  const all = promptRows(prompt, line, columns - 1, searchLabel);
  const full = cursorPosition(all);
  // A very long line shows only the rows around the cursor: the live area must stay
  // shorter than the terminal or Ink can no longer redraw it in place.
  const room = Math.max(1, screenRows - rowOffset - 5); // leave the notice (≤3) and status rows
  const first = Math.min(Math.max(0, full.row - room + 1), Math.max(0, all.length - room));
  const rows = all.slice(first, first + room);
  const { setCursorPosition } = useCursor();
  const pos = { row: full.row - first, col: full.col };
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
