// kubetour's own small editor for `kubectl edit`, `vi` and `nano` (unless KUBETOUR_EDITOR names one): a window
// of the buffer around the cursor, shorter than the terminal so Ink never scrolls.
import React, { useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { useUi } from '../context.js';
import { useTheme } from '../theme/index.js';
import { bufferFrom, bufferText, reduceBuffer, type BufferAction, type TextBuffer } from '../editor/text-buffer.js';
import { truncate } from '../text/wrap.js';

export function BuiltinEditor({ content, fileName, onDone }: { content: string; fileName: string; onDone(text: string | null): void }): React.ReactElement {
  const { t, columns, rows } = useUi();
  const theme = useTheme();
  const ref = useRef<TextBuffer>(bufferFrom(content));
  const [buf, setBuf] = useState(ref.current);
  const apply = (a: BufferAction) => {
    ref.current = reduceBuffer(ref.current, a);
    setBuf(ref.current);
  };
  useInput((input, key) => {
    if (key.ctrl && input === 's') return onDone(bufferText(ref.current));
    if (key.escape || (key.ctrl && input === 'c')) return onDone(content);
    if (key.return) return apply({ type: 'newline' });
    if (key.backspace || key.delete) return apply({ type: 'backspace' });
    if (key.upArrow) return apply({ type: 'up' });
    if (key.downArrow) return apply({ type: 'down' });
    if (key.leftArrow) return apply({ type: 'left' });
    if (key.rightArrow) return apply({ type: 'right' });
    if (key.home || (key.ctrl && input === 'a')) return apply({ type: 'home' });
    if (key.end || (key.ctrl && input === 'e')) return apply({ type: 'end' });
    if (key.ctrl || key.meta || key.tab) return;
    if (input) apply({ type: 'insert', text: input });
  });
  const height = Math.max(3, rows - 4);
  const top = Math.min(Math.max(0, buf.row - Math.floor(height / 2)), Math.max(0, buf.lines.length - height));
  return (
    <Box flexDirection="column">
      <Text color={theme.color.accent} bold={theme.styles} wrap="truncate-end">{t('editor.title', { file: fileName })}</Text>
      {buf.lines.slice(top, top + height).map((line, i) => {
        const r = top + i;
        if (r !== buf.row) return <Text key={r} wrap="truncate-end">{truncate(line, columns - 1) || ' '}</Text>;
        const before = line.slice(0, buf.col);
        const at = Array.from(line.slice(buf.col))[0] ?? ' ';
        const after = line.slice(buf.col + (at === ' ' && buf.col >= line.length ? 0 : at.length));
        return (
          <Text key={r} wrap="truncate-end">
            {before}
            <Text inverse>{at}</Text>
            {after}
          </Text>
        );
      })}
      <Text color={theme.color.muted} wrap="truncate-end">{t('editor.keys')}</Text>
    </Box>
  );
}
