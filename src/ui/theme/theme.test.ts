import { describe, expect, it } from 'vitest';
import { colorModeFrom, makeTheme } from './theme.js';

describe('colour mode', () => {
  it('honours NO_COLOR and FORCE_COLOR', () => {
    expect(colorModeFrom({}, true)).toBe('color');
    expect(colorModeFrom({}, false)).toBe('none');
    expect(colorModeFrom({ NO_COLOR: '1' }, true)).toBe('none');
    expect(colorModeFrom({ NO_COLOR: '' }, true)).toBe('color');
    expect(colorModeFrom({ FORCE_COLOR: '1' }, false)).toBe('color');
    expect(colorModeFrom({ FORCE_COLOR: '0' }, true)).toBe('none');
    expect(colorModeFrom({ FORCE_COLOR: '1', NO_COLOR: '1' }, true)).toBe('color');
  });
  it('plain mode has no colours and ASCII glyphs', () => {
    const t = makeTheme({ mode: 'color', plain: true });
    expect(Object.values(t.color).every((c) => c === undefined)).toBe(true);
    expect(t.glyph.done).toBe('[x]');
    expect(t.styles).toBe(false);
  });
});
