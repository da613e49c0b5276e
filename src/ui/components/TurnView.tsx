// One finished transcript item. Command output is shown verbatim — only cut into rows at
// the terminal width, the way a terminal wraps — and everything is sized before Ink lays
// it out, so a finished item renders once into <Static> and never changes.
import React from 'react';
import { Box, Text } from 'ink';
import type { Item } from '../conversation.js';
import { useUi } from '../context.js';
import { useTheme } from '../theme/index.js';
import { wrapBlock, wrapIndented } from '../text/wrap.js';
import { Markdown } from './Markdown.js';

/** Output text as rows: one trailing newline ends the last line rather than adding one. */
export function outputRows(text: string, width: number): string[] {
  if (text === '') return [];
  return wrapBlock(text.endsWith('\n') ? text.slice(0, -1) : text, width);
}

function Rows({ rows, color }: { rows: string[]; color?: string }): React.ReactElement {
  return (
    <>
      {rows.map((r, i) => (
        <Text key={i} color={color} wrap="truncate-end">
          {r === '' ? ' ' : r}
        </Text>
      ))}
    </>
  );
}

export function TurnView({ item }: { item: Item }): React.ReactElement | null {
  const { t, columns } = useUi();
  const theme = useTheme();
  const turn = item.turn;
  const width = columns;
  switch (turn.kind) {
    case 'tutor':
      return (
        <Box flexDirection="column" marginTop={1}>
          {/* Plain mode says who speaks, since colour and layout cannot. */}
          <Markdown markdown={turn.markdown} width={width} color={theme.color.tutor} prefix={theme.plain ? `${t('tutorLabel')} ` : ''} />
        </Box>
      );
    case 'command': {
      const [first, ...more] = turn.input.split('\n');
      return (
        <Box flexDirection="column" marginTop={1}>
          {outputRows(turn.prompt + first, width).map((r, i) => (
            <Text key={i} wrap="truncate-end">
              {i === 0 ? <Text color={theme.color.prompt}>{turn.prompt}</Text> : null}
              <Text color={theme.color.command}>{i === 0 ? r.slice(turn.prompt.length) : r}</Text>
            </Text>
          ))}
          <Rows rows={more.flatMap((l) => outputRows(`> ${l}`, width))} color={theme.color.command} />
        </Box>
      );
    }
    case 'said': {
      // The learner's own words (a question, /help, a quiz answer), marked so a scroll back
      // shows what was asked; plain mode names the speaker instead.
      const mark = theme.plain ? `${t('youLabel')} ` : `${theme.glyph.said} `;
      const [first, ...more] = outputRows(mark + turn.text, width);
      return (
        <Box flexDirection="column" marginTop={1}>
          <Text wrap="truncate-end">
            <Text color={theme.color.accent}>{mark}</Text>
            <Text color={theme.color.command}>{first.slice(mark.length)}</Text>
          </Text>
          <Rows rows={more} color={theme.color.command} />
        </Box>
      );
    }
    case 'output':
      // Both streams in the order they were written (kubectl's warnings come first).
      return (
        <Box flexDirection="column">
          {(turn.chunks ?? [{ fd: 1, text: turn.stdout }, { fd: 2, text: turn.stderr }]).map((c, i) => (
            <Rows key={i} rows={outputRows(c.text, width)} color={c.fd === 2 ? theme.color.stderr : undefined} />
          ))}
        </Box>
      );
    case 'success':
      return (
        <Box flexDirection="column" marginTop={1}>
          {/* The tutor may already start with a check mark; never show two. */}
          <Markdown markdown={turn.markdown} width={width} color={theme.color.success} prefix={/^\s*[✓✔✅]/.test(turn.markdown) ? '' : `${theme.glyph.done} `} />
        </Box>
      );
    case 'hint':
      return (
        <Box flexDirection="column" marginTop={1}>
          <Text color={theme.color.hint} bold={theme.styles}>
            {t('hint', { n: turn.n, of: turn.of })}
          </Text>
          <Markdown markdown={turn.markdown} width={width} color={theme.color.hint} />
        </Box>
      );
    case 'unmet':
      return (
        <Box flexDirection="column" marginTop={1}>
          <Markdown markdown={turn.markdown} width={width} color={theme.color.unmet} prefix={`${theme.glyph.todo} `} />
        </Box>
      );
    case 'warning':
      return (
        <Box flexDirection="column" marginTop={1}>
          <Markdown markdown={turn.markdown} width={width} color={theme.color.warning} prefix={`${theme.glyph.broken} `} />
        </Box>
      );
    case 'confirm':
      return (
        <Box flexDirection="column" marginTop={1}>
          <Markdown markdown={turn.markdown} width={width} color={theme.color.accent} />
          {/* Say how to answer, unless the question already does. */}
          {/\(y\/n\)|\(y\/N\)|\(Y\/n\)/.test(turn.markdown) ? null : <Text color={theme.color.muted}>{t('confirm')}</Text>}
        </Box>
      );
    case 'note':
      return (
        <Box flexDirection="column" marginTop={1}>
          <Rows rows={outputRows(turn.text, width)} color={theme.color.muted} />
        </Box>
      );
    case 'lines':
      return (
        <Box flexDirection="column" marginTop={1}>
          <Rows rows={turn.lines.flatMap((l) => wrapIndented(l, width))} color={theme.color.diagram} />
        </Box>
      );
    default:
      return null;
  }
}
