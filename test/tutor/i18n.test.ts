// Translations: every key used exists in both languages, no key is unused, the glossary is
// complete in both languages, and the shipped lessons show the same commands in ko and en.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage, glossary, instructorT, resources, tutorT } from '../../src/i18n/index.js';
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
    // The instructor's tools (export, class report, handout) have their own namespace.
    const instructor = keys(resources.en.instructor);
    // So do real-cluster mode's (locales/*/cluster.json).
    const cluster = keys(resources.en.cluster);
    expect([...used].filter((k) => !en.includes(k) && !instructor.includes(k) && !cluster.includes(k))).toEqual([]);
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

describe('instructor strings', () => {
  const en = keys(resources.en.instructor).sort();
  const code = sources(join(SRC, 'tutor')).map((f) => readFileSync(f, 'utf8')).join('\n');
  it('ko and en have the same keys and interpolations, none empty, none unused', () => {
    expect(keys(resources.ko.instructor).sort()).toEqual(en);
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of en) {
      expect(instructorT('en')(k), k).not.toBe('');
      expect(vars(instructorT('ko')(k)), k).toEqual(vars(instructorT('en')(k)));
    }
    expect(en.filter((k) => !code.includes(`'${k}'`))).toEqual([]);
  });
});

describe('Korean particles', () => {
  // A particle after an interpolated word depends on that word's last sound (을/를, 이/가…);
  // `을(를)` placeholders read badly, so ko strings never put a particle right after `{{…}}`.
  const PAREN = /[가-힣]\((을|를|이|가|은|는|와|과|아|야)\)|\(으\)로/;
  const AFTER_VAR = /\}\}[*`"'」)\]]*(을|를|이|가|은|는|와|과|으로|로|랑|이랑)(?![가-힣])/;
  const strings = (o: unknown, p = ''): [string, string][] =>
    typeof o === 'string' ? [[p, o]] : o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => strings(v, p ? `${p}.${k}` : k)) : [];

  it('the checker catches the bad forms and lets the good ones pass', () => {
    const bad = (s: string) => PAREN.test(s) || AFTER_VAR.test(s);
    expect(['{{n}}강 **{{title}}**을(를) 시작할까요?', '{{lang}}(으)로', '{{file}}은(는)', '{{x}}를 봅니다', '「{{t}}」로 갑니다'].filter((s) => !bad(s))).toEqual([]);
    expect(['{{n}}강 **「{{title}}」** — 시작할까요?', '{{n}}단계로', '{{file}}에 저장', '`/{{name}}`입니다', '{{x}}의'].filter(bad)).toEqual([]);
  });

  it('no ko tutor string or glossary answer puts a particle after an interpolation', () => {
    const all = [...strings(resources.ko.tutor), ...strings(resources.ko.instructor, 'instructor'), ...strings(glossary('ko'), 'glossary')];
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter(([, v]) => PAREN.test(v) || AFTER_VAR.test(v)).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });

  it('no ko locale file at all (trace, ui, limits, cluster, questions…) has one either', () => {
    const dir = fileURLToPath(new URL('../../locales/ko/', import.meta.url));
    const all = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => strings(JSON.parse(readFileSync(join(dir, f), 'utf8')), f.replace(/\.json$/, '')));
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter(([, v]) => PAREN.test(v) || AFTER_VAR.test(v)).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });

  it('the first-run offer reads naturally in Korean', () => {
    expect(tutorT('ko')('start.offer', { n: 1, title: '서비스: 파드 그룹에 단일 접점 만들기' })).toBe('1강 **「서비스: 파드 그룹에 단일 접점 만들기」** — 시작할까요? (y/n)');
    // A quiz answer is often a clause ("…받지 않는다"): no copula after it.
    expect(tutorT('ko')('quiz.reveal', { answer: '3. 계속 실행되지만 요청을 받지 않는다' })).toBe('정답: **3. 계속 실행되지만 요청을 받지 않는다**');
  });

  it('no shipped lesson text uses a parenthesised particle', () => {
    const lessons = loadLessons(fileURLToPath(new URL('../../lessons/', import.meta.url)));
    const found = lessons.flatMap((l) => strings(l.lesson ?? {}, l.id)).filter(([k, v]) => /\.ko$/.test(k) && PAREN.test(v));
    expect(found.map(([k, v]) => `${k}: ${v}`)).toEqual([]);
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
