// A lesson's `duration` (estimated minutes): every shipped lesson has one, lint accepts only
// a positive number and says where, and `/lessons` shows it in the learner's language.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessons, parseLesson } from '../../src/tutor/lessons/load.js';
import { lintLesson } from '../../src/tutor/lessons/lint.js';
import { formatDiagnostic } from '../../src/tutor/lessons/diagnostics.js';
import { Tutor } from '../../src/tutor/index.js';
import { fakeFactory } from './fake-session.js';
import { LESSONS } from './diagnosis/at-step.js';

const lesson = (duration: string) => `id: x
title: { ko: "가", en: "a" }
goal: { ko: "가", en: "a" }
duration: ${duration}
steps:
  - { id: m, type: message, text: { ko: "가", en: "a" } }
`;

describe('lesson duration', () => {
  it('every shipped lesson estimates its minutes', () => {
    const all = loadLessons(LESSONS).map((l) => l.lesson!);
    expect(all).toHaveLength(14);
    for (const l of all) expect(l.duration, l.id).toBeGreaterThan(0);
  });

  it('lint accepts a positive number and names anything else at its line', () => {
    expect(lintLesson(parseLesson(lesson('20'), 'x.yaml')).filter((d) => d.severity === 'error')).toEqual([]);
    const zero = lintLesson(parseLesson(lesson('0'), 'x.yaml')).map(formatDiagnostic);
    expect(zero).toContain('x.yaml:4:1: duration is the estimated minutes for the lesson: a positive number, not 0');
    const negative = lintLesson(parseLesson(lesson('-5'), 'x.yaml')).map(formatDiagnostic);
    expect(negative.some((m) => m.includes('a positive number, not -5'))).toBe(true);
    const text = parseLesson(lesson('"twenty"'), 'x.yaml');
    expect(text.lesson).toBeUndefined();
    expect(text.errors.map(formatDiagnostic).join('\n')).toMatch(/x\.yaml:4:\d+: duration/);
  });

  it('/lessons shows it, in Korean and English', async () => {
    for (const [lang, words] of [['en', 'about 25 min'], ['ko', '약 25분']] as const) {
      const t = await Tutor.open({ lessonsDir: LESSONS, configDir: mkdtempSync(join(tmpdir(), 'kubetour-dur-')), lang, createSession: fakeFactory, env: {}, sandbox: true });
      const turns = await t.input('/lessons');
      const list = turns.map((x) => ('markdown' in x ? x.markdown : '')).join('\n');
      expect(list).toContain(`\`01-services\` (0/13 · ${words})`);
    }
  });
});
