import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/ui.json' with { type: 'json' };
import ko from '../../locales/ko/ui.json' with { type: 'json' };
import { langFromEnv, uiT } from './i18n.js';

const keys = (o: object, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));

describe('ui strings', () => {
  it('ko and en have the same keys', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });
  it('translate with interpolation', () => {
    expect(uiT('en')('status.step', { n: 2, m: 7 })).toBe('step 2/7');
    expect(uiT('ko')('status.step', { n: 2, m: 7 })).toBe('단계 2/7');
  });
  it('picks the language from the environment', () => {
    expect(langFromEnv({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(langFromEnv({ LC_ALL: 'C', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });
});

describe('ui.json keys', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
    );
  const code = sources(import.meta.dirname).join('\n');
  it('every key is used by the UI (status.lang.* by language code)', () => {
    const unused = keys(en).filter((k) => !k.startsWith('status.lang.') && !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });
});
