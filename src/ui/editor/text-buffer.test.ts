import { describe, expect, it } from 'vitest';
import { bufferFrom, bufferText, reduceBuffer, type BufferAction } from './text-buffer.js';

const run = (text: string, ...as: (BufferAction | BufferAction['type'])[]) =>
  as.reduce((b, a) => reduceBuffer(b, typeof a === 'string' ? ({ type: a } as BufferAction) : a), bufferFrom(text));

describe('built-in editor buffer', () => {
  it('edits across lines', () => {
    const b = run('spec:\n  port: 80\n', 'down', 'end', 'backspace', 'backspace', { type: 'insert', text: '8080' });
    expect(bufferText(b)).toBe('spec:\n  port: 8080\n');
  });
  it('joins lines on backspace at column 0 and splits on newline', () => {
    expect(bufferText(run('a\nb', 'down', 'backspace'))).toBe('ab\n');
    expect(bufferText(run('ab', 'right', 'newline'))).toBe('a\nb\n');
  });
  it('handles Hangul as whole characters and multi-line pastes', () => {
    expect(bufferText(run('한글', 'end', 'backspace', { type: 'insert', text: '국\n어' }))).toBe('한국\n어\n');
  });
});
