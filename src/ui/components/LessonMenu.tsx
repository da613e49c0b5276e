// The /lessons menu: every lesson with its completion mark; broken lesson files are listed
// with their error and cannot be opened.
import React from 'react';
import { Box, Text } from 'ink';
import type { MenuState } from '../conversation.js';
import { useUi } from '../context.js';
import { useTheme } from '../theme/index.js';
import { truncate } from '../text/wrap.js';

export function menuLines(menu: MenuState, t: (k: string, v?: Record<string, unknown>) => string, glyph: { done: string; todo: string; broken: string }, columns: number, maxRows: number): { text: string; selected: boolean; broken: boolean }[] {
  if (menu.lessons.length === 0) return [{ text: t('menu.empty'), selected: false, broken: false }];
  const rows = menu.lessons.map((l, i) => {
    const mark = l.error ? glyph.broken : l.total > 0 && l.done >= l.total ? glyph.done : glyph.todo;
    const minutes = l.duration !== undefined ? ` · ${t('menu.minutes', { n: l.duration })}` : '';
    const tail = l.error ? t('menu.unavailable', { error: l.error }) : t('menu.progress', { done: l.done, total: l.total }) + minutes;
    const cursor = i === menu.selected ? '>' : ' ';
    return { text: truncate(`${cursor} ${mark} ${l.title}  (${tail})`, columns), selected: i === menu.selected, broken: !!l.error };
  });
  // Keep the selected lesson visible when the list is taller than the room we have.
  const room = Math.max(1, maxRows);
  const start = Math.min(Math.max(0, menu.selected - Math.floor(room / 2)), Math.max(0, rows.length - room));
  return rows.slice(start, start + room);
}

export function LessonMenu({ menu, maxRows }: { menu: MenuState; maxRows: number }): React.ReactElement {
  const { t, columns } = useUi();
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <Text bold={theme.styles} color={theme.color.accent}>{t('menu.title')}</Text>
      {menuLines(menu, t as any, theme.glyph, columns - 1, maxRows - 2).map((l, i) => (
        <Text key={i} inverse={l.selected && theme.styles} color={l.broken ? theme.color.warning : undefined} wrap="truncate-end">
          {l.text}
        </Text>
      ))}
      <Text color={theme.color.muted} wrap="truncate-end">{t('menu.keys')}</Text>
    </Box>
  );
}
