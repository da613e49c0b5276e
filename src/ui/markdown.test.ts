import { describe, expect, it } from 'vitest';
import { markdownToPlain, parseInline, parseMarkdown } from './markdown.js';

describe('parseInline', () => {
  it('splits bold and code', () => {
    expect(parseInline('Run **kubectl** `get svc` now')).toEqual([
      { text: 'Run ' },
      { text: 'kubectl', bold: true },
      { text: ' ' },
      { text: 'get svc', code: true },
      { text: ' now' },
    ]);
  });
  it('leaves unclosed markers literal', () => {
    expect(parseInline('a ** b ` c')).toEqual([{ text: 'a ** b ` c' }]);
  });
  it('keeps code inside bold as code', () => {
    expect(parseInline('**see `kubia`**')).toEqual([{ text: 'see ', bold: true }, { text: 'kubia', code: true }]);
  });
  it('handles Korean text around markers', () => {
    expect(parseInline('**서비스**를 `kubectl expose`로 만듭니다')).toEqual([
      { text: '서비스', bold: true },
      { text: '를 ' },
      { text: 'kubectl expose', code: true },
      { text: '로 만듭니다' },
    ]);
  });
});

describe('parseMarkdown', () => {
  it('parses paragraphs, code blocks and lists', () => {
    const md = 'Hello\nworld\n\n```bash\nkubectl get svc\n  indented\n```\n- one\n- **two**\n1. first\n2. second\n\n## Title';
    expect(parseMarkdown(md)).toEqual([
      { type: 'paragraph', spans: [{ text: 'Hello world' }] },
      { type: 'blank' },
      { type: 'code', lang: 'bash', lines: ['kubectl get svc', '  indented'] },
      { type: 'list', ordered: false, items: [{ marker: '•', spans: [{ text: 'one' }] }, { marker: '•', spans: [{ text: 'two', bold: true }] }] },
      { type: 'list', ordered: true, items: [{ marker: '1.', spans: [{ text: 'first' }] }, { marker: '2.', spans: [{ text: 'second' }] }] },
      { type: 'blank' },
      { type: 'heading', spans: [{ text: 'Title' }] },
    ]);
  });
  it('keeps an unterminated code block to the end', () => {
    expect(parseMarkdown('```\na\nb')).toEqual([{ type: 'code', lang: '', lines: ['a', 'b'] }]);
  });
  it('renders plain text for screen readers', () => {
    expect(markdownToPlain('**Bold** and `code`\n\n- item\n```\nls\n```')).toBe('Bold and code\n\n• item\n    ls');
  });
});
