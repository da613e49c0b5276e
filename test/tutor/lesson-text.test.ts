// The shipped lessons' text, read as a learner sees it: only the markdown the TUI renders
// (paragraphs, **bold**, `code`, fences, lists, headings), balanced markers, no leftover
// placeholders, and each language in its own language.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/tutor/lessons/load.js';
import { expectsFailure } from '../../src/tutor/checkpoints/predicate-ids.js';

const lessons = loadLessons(fileURLToPath(new URL('../../lessons/', import.meta.url)));
const strings = (o: unknown, p = ''): [string, string][] =>
  typeof o === 'string' ? [[p, o]] : o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => strings(v, p ? `${p}.${k}` : k)) : [];
const texts = lessons.flatMap((l) => strings(l.lesson ?? {}, l.id)).filter(([k]) => /\.(ko|en)$/.test(k));
const withoutFences = (s: string) => s.replace(/```[\s\S]*?```/g, '');
const prose = (s: string) => withoutFences(s).replace(/`[^`]*`/g, '');

function problems(key: string, text: string): string[] {
  const out: string[] = [];
  const lang = key.slice(-2);
  if ((text.match(/^\s*```/gm) ?? []).length % 2) out.push('unclosed code fence');
  if ((withoutFences(text).match(/`/g) ?? []).length % 2) out.push('unbalanced backtick');
  const p = prose(text);
  if ((p.match(/\*\*/g) ?? []).length % 2) out.push('unbalanced **');
  if (/\{\{|\}\}|\$\{|TODO|FIXME|XXX/.test(p)) out.push('leftover placeholder');
  if (/^\s*>/m.test(p)) out.push('blockquote (the TUI shows ">" literally)');
  if (/\]\(|^\s*\|.*\|\s*$/m.test(p)) out.push('link or table (not rendered)');
  if (lang === 'en' && /[가-힣]/.test(p)) out.push('Korean in the English text');
  if (lang === 'ko' && p.trim().length > 12 && !/[가-힣]/.test(p) && !/^[$`]/.test(text.trim())) out.push('untranslated Korean text');
  return out;
}

describe('shipped lesson text', () => {
  it('is read', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(14);
    expect(texts.length).toBeGreaterThan(500);
  });

  it('the checker catches what it is for', () => {
    expect(problems('x.en', '> quoted')).toContain('blockquote (the TUI shows ">" literally)');
    expect(problems('x.en', 'a **bold')).toEqual(['unbalanced **']);
    expect(problems('x.en', 'run `kubectl')).toEqual(['unbalanced backtick']);
    expect(problems('x.ko', '{{title}}을 봅니다')).toEqual(['leftover placeholder']);
    expect(problems('x.en', 'see `{.spec}` and `{{x}}`')).toEqual([]);
  });

  it('uses only rendered markdown, balanced, with no leftovers', () => {
    const found = texts.flatMap(([k, v]) => problems(k, v).map((p) => `${k}: ${p}`));
    expect(found).toEqual([]);
  });

  it('has the same code blocks in ko and en', () => {
    const byKey = new Map(texts);
    const differ = texts
      .filter(([k]) => k.endsWith('.ko'))
      .filter(([k, v]) => {
        const en = byKey.get(k.replace(/\.ko$/, '.en'));
        return en !== undefined && (v.match(/^\s*```/gm) ?? []).length !== (en.match(/^\s*```/gm) ?? []).length;
      })
      .map(([k]) => k);
    expect(differ).toEqual([]);
  });
});

describe('steps whose task is to see an error', () => {
  // The learner has the error on screen right above "✓ that error is what this step wanted";
  // the explanation says why it happened rather than quoting the error line again.
  const quotesError = /^`[^`]*(error|Error|curl: \(\d+\)|not found|no matches)[^`]*`\s*—/;
  it('do not open their explanation by quoting the error', () => {
    const found = lessons.flatMap((l) =>
      (l.lesson?.steps ?? []).flatMap((s) =>
        s.type === 'exercise' && expectsFailure(s.check) ? (['ko', 'en'] as const).filter((lang) => quotesError.test((s.explanation?.[lang] ?? '').trim())).map((lang) => `${l.id}/${s.id} (${lang})`) : [],
      ),
    );
    expect(found).toEqual([]);
  });
});
