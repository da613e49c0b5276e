// The bottom line: lesson · step n/m · language · key hints, cut to the terminal width.
import React, { memo } from 'react';
import { Text } from 'ink';
import type { TutorStatus } from '../../tutor/index.js';
import { useUi } from '../context.js';
import { useTheme } from '../theme/index.js';
import { truncate, widthOf } from '../text/wrap.js';

export function statusText(status: TutorStatus, t: (k: string, v?: Record<string, unknown>) => string, sep: string, columns: number, loading = false): string {
  const parts: string[] = [];
  if (loading) parts.push(t('status.loading'));
  else if (status.sandbox || !status.lessonId) parts.push(t('status.sandbox'));
  else {
    parts.push(status.lessonTitle ?? status.lessonId);
    if (status.total > 0) parts.push(t('status.step', { n: status.step, m: status.total }));
  }
  parts.push(t(`status.lang.${status.lang}`));
  const full = [...parts, t('status.keys')].join(sep);
  if (widthOf(full) <= columns) return full;
  const short = [...parts, t('status.keysShort')].join(sep);
  if (widthOf(short) <= columns) return short;
  // Narrow terminals: the lesson title gives way first.
  const head = parts.slice(1).join(sep);
  const room = columns - widthOf(head) - widthOf(sep);
  return room >= 6 ? `${truncate(parts[0], room)}${sep}${head}` : truncate(parts.join(sep), columns);
}

export const StatusLine = memo(function StatusLine({ status, loading }: { status: TutorStatus; loading?: boolean }): React.ReactElement {
  const { t, columns } = useUi();
  const theme = useTheme();
  return (
    <Text color={theme.color.muted} wrap="truncate-end">
      {statusText(status, t as any, theme.glyph.sep, columns - 1, loading)}
    </Text>
  );
});
