import { describe, expect, it } from 'vitest';
import { menuLines } from './LessonMenu.js';
import { uiT } from '../i18n.js';

const glyph = { done: '✓', todo: '○', broken: '✗' };

describe('the /lessons menu', () => {
  it("shows each lesson's progress and estimated minutes in the learner's language", () => {
    const menu = { lessons: [{ id: '01-a', title: 'Services', done: 2, total: 13, duration: 25 }, { id: '02-b', title: 'Other', done: 0, total: 4 }], selected: 0 };
    const en = menuLines(menu as any, uiT('en') as any, glyph, 80, 10).map((l) => l.text);
    expect(en).toEqual(['> ○ Services  (2/13 · about 25 min)', '  ○ Other  (0/4)']);
    const ko = menuLines(menu as any, uiT('ko') as any, glyph, 80, 10).map((l) => l.text);
    expect(ko[0]).toBe('> ○ Services  (2/13 · 약 25분)');
  });
});
