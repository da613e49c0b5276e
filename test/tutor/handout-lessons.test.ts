// Every shipped lesson renders as a handout in both languages: played once through the
// Tutor on seed 1 (the commands and outputs are the simulation's and do not depend on the
// language), rendered in Korean and English. A handout names no check or step id, carries
// no stack trace, and in Korean adds no English of its own: outside code (commands and
// outputs, diagrams) everything left after removing the lesson's own Korean text is Hangul.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/tutor/lessons/load.js';
import { playForHandout, renderHandout } from '../../src/tutor/handout/handout.js';
import { idsOf } from '../../src/tutor/checkpoints/predicate-ids.js';
import type { Lang } from '../../src/tutor/index.js';
import type { Lesson } from '../../src/tutor/schema.js';
import { LESSONS } from './diagnosis/at-step.js';
import { drawDiagram } from '../../src/ui/diagrams/draw.js';

const lessons = loadLessons(LESSONS);

/** The handout without fenced blocks and inline code: the prose a reader reads. */
function prose(md: string): string {
  return md.replace(/(`{3,})[^\n]*\n[\s\S]*?\n\1/g, ' ').replace(/`[^`\n]*`/g, ' ');
}

/** Every text the author wrote in one language, longest first (so parts don't break wholes). */
function authored(lesson: Lesson, lang: Lang): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.ko === 'string' && typeof o.en === 'string') out.push((o[lang] as string).trim());
    for (const [k, x] of Object.entries(o)) if (k !== 'ko' && k !== 'en') walk(x);
  };
  walk(lesson);
  return out.filter(Boolean).sort((a, b) => b.length - a.length);
}

describe('handouts of the shipped lessons', () => {
  it('lessons are there', () => expect(lessons.filter((l) => l.lesson)).toHaveLength(14));

  for (const loaded of lessons) {
    it(`${loaded.id}: renders in Korean and English`, async () => {
      const lesson = loaded.lesson!;
      const draw = (session: unknown, turn: Parameters<typeof drawDiagram>[1], lang: Lang) => drawDiagram(session as Parameters<typeof drawDiagram>[0], turn, lang, true);
      const shown = await playForHandout({ lesson: loaded, lessonsDir: LESSONS, lang: 'ko', seed: 1, draw });
      // Each step's diagram is drawn from the cluster at that point.
      expect(shown.diagrams.size).toBe(lesson.steps.filter((s) => s.type !== 'quiz' && s.diagram).length);
      for (const lang of ['ko', 'en'] as const) {
        const md = renderHandout(lesson, shown, lang, 1);
        // Every solution and demonstration line is there, with its prompt.
        const solutions = lesson.steps.filter((s) => s.type === 'exercise').length;
        expect((md.match(/^```+console$/gm) ?? []).length).toBeGreaterThanOrEqual(solutions);
        expect(md).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        expect(md).not.toMatch(/internal error|TypeError|ReferenceError|undefined|\[object Object\]/);
        expect(md).not.toMatch(/Unable to use a TTY/);
        // No check or step id in the prose, unless the author's own text uses the word.
        const own = authored(lesson, lang).join('\n');
        const ids = [...lesson.steps.map((s) => s.id), ...lesson.steps.flatMap((s) => (s.type === 'exercise' ? idsOf(s.check) : []))];
        const text = prose(md);
        expect(ids.filter((id) => new RegExp(`(^|[^\\w-])${id.replace(/[.]/g, '\\.')}([^\\w-]|$)`).test(text) && !own.includes(id))).toEqual([]);
        // Diagrams speak the handout's language.
        if (lang === 'en') expect((md.match(/```text\n[\s\S]*?\n```/g) ?? []).join('\n')).not.toMatch(/[가-힣]/);
        if (lang === 'ko') {
          let rest = md;
          for (const a of authored(lesson, 'ko')) rest = rest.split(a).join(' ');
          const english = prose(rest).match(/[A-Za-z]{2,}/g) ?? [];
          expect(english, `${loaded.id}: English in the Korean handout`).toEqual([]);
        }
      }
    }, 120_000);
  }
});
