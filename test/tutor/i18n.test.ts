// Translations: every key used exists in both languages, no key is unused, the glossary is
// complete in both languages, and the shipped lessons show the same commands in ko and en.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage, glossary, resources, tutorT } from '../../src/i18n/index.js';
import { loadLessons } from '../../src/tutor/lessons/load.js';
import { lintLesson } from '../../src/tutor/lessons/lint.js';
import { formatDiagnostic } from '../../src/tutor/lessons/diagnostics.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

const keys = (o: object, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('tutor strings', () => {
  const en = keys(resources.en.tutor).sort();
  const ko = keys(resources.ko.tutor).sort();
  const code = sources(join(SRC, 'tutor')).map((f) => readFileSync(f, 'utf8')).join('\n');

  it('ko and en have the same keys', () => {
    expect(ko).toEqual(en);
  });

  it('every key used in src/tutor exists', () => {
    const used = new Set<string>();
    for (const m of code.matchAll(/\b(?:t|say)\(\s*'([a-zA-Z][\w]*(?:\.[\w]+)+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !en.includes(k))).toEqual([]);
  });

  it('no key is unused', () => {
    expect(en.filter((k) => !code.includes(`'${k}'`))).toEqual([]);
  });

  it('no value is empty, and interpolations agree between languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of en) {
      const e = tutorT('en')(k);
      const kv = tutorT('ko')(k);
      expect(e, k).not.toBe('');
      expect(vars(kv), k).toEqual(vars(e));
    }
  });
});

describe('glossary', () => {
  it('has the same entries in both languages, each with terms and an answer', () => {
    const en = glossary('en');
    const ko = glossary('ko');
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const g of [en, ko]) for (const [k, e] of Object.entries(g)) expect(e.terms.length > 0 && e.answer.length > 0, k).toBe(true);
    for (const must of ['service', 'endpoints', 'selector', 'clusterip', 'nodeport']) expect(en[must], must).toBeDefined();
  });
});

describe('language detection', () => {
  it('uses --lang, then LC_ALL / LC_MESSAGES / LANG, then English', () => {
    expect(detectLanguage('en', { LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(detectLanguage(undefined, { LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(detectLanguage(undefined, { LC_MESSAGES: 'ko_KR', LANG: 'en_US' })).toBe('ko');
    expect(detectLanguage(undefined, { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(detectLanguage(undefined, {})).toBe('en');
  });
});

describe('shipped lessons', () => {
  it('show the same commands in Korean and English', () => {
    const lessons = loadLessons(fileURLToPath(new URL('../../lessons/', import.meta.url)));
    const differ = lessons.flatMap((l) => lintLesson(l)).filter((d) => /differ in commands|translation/.test(d.message));
    expect(differ.map(formatDiagnostic)).toEqual([]);
  });
});
