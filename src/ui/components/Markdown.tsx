// A tutor message: light markdown, word-wrapped to the terminal width before Ink sees it
// (Ink can overflow a column with wide Hangul text), styled with theme tokens.
import React from 'react';
import { Box, Text } from 'ink';
import { parseMarkdown } from '../markdown.js';
import { wrapHard, wrapSpans, type Span } from '../text/wrap.js';
import { useTheme } from '../theme/index.js';

export function SpanRow({ spans, color }: { spans: Span[]; color?: string }): React.ReactElement {
  const theme = useTheme();
  return (
    <Text color={color} wrap="truncate-end">
      {spans.length === 0 ? ' ' : spans.map((s, i) =>
        s.code ? (
          <Text key={i} color={theme.color.code}>{s.text}</Text>
        ) : s.bold && theme.styles ? (
          <Text key={i} bold>{s.text}</Text>
        ) : (
          s.text
        ),
      )}
    </Text>
  );
}

export function Markdown({ markdown, width, color, prefix = '' }: { markdown: string; width: number; color?: string; prefix?: string }): React.ReactElement {
  const theme = useTheme();
  const rows: { spans: Span[]; color?: string }[] = [];
  const blocks = parseMarkdown(markdown);
  blocks.forEach((b, bi) => {
    const lead = bi === 0 ? prefix : ' '.repeat(prefix.length);
    if (b.type === 'paragraph' || b.type === 'heading') {
      const spans = b.type === 'heading' ? b.spans.map((s) => ({ ...s, bold: true })) : b.spans;
      wrapSpans(spans, width - lead.length).forEach((r, i) => rows.push({ spans: [{ text: i === 0 ? lead : ' '.repeat(lead.length) }, ...r], color }));
    } else if (b.type === 'code') {
      for (const line of b.lines) for (const r of wrapHard(`  ${line}`, width)) rows.push({ spans: [{ text: r, code: true }] });
    } else if (b.type === 'list') {
      for (const it of b.items) {
        const marker = it.marker.replace('•', theme.glyph.bullet);
        const head = `${lead}${marker} `;
        wrapSpans(it.spans, width - head.length).forEach((r, i) => rows.push({ spans: [{ text: i === 0 ? head : ' '.repeat(head.length) }, ...r], color }));
      }
    } else {
      rows.push({ spans: [] });
    }
  });
  return (
    <Box flexDirection="column">
      {rows.map((r, i) => (
        <SpanRow key={i} spans={r.spans} color={r.color} />
      ))}
    </Box>
  );
}
