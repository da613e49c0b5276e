// The UI's own strings (locales/*/ui.json) in an i18next instance of their own, initialised
// synchronously from bundled JSON so the first frame never waits on a file read. The tutor
// translates lesson text itself; the UI only follows its language.
import i18next, { type TFunction } from 'i18next';
import en from '../../locales/en/ui.json' with { type: 'json' };
import ko from '../../locales/ko/ui.json' with { type: 'json' };
import enTrace from '../../locales/en/trace.json' with { type: 'json' };
import koTrace from '../../locales/ko/trace.json' with { type: 'json' };

export type Lang = 'ko' | 'en';
export type T = TFunction;

const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['ui'],
  defaultNS: 'ui',
  // Request traces' hop facts (trace.hop.KEY) join the UI's strings.
  resources: { en: { ui: { ...en, trace: enTrace } }, ko: { ui: { ...ko, trace: koTrace } } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** A translate function fixed to one language. */
export function uiT(lang: Lang): T {
  return instance.getFixedT(lang, 'ui');
}

/** --lang, else LC_ALL / LC_MESSAGES / LANG (ko… → Korean), else English. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko/i.test(v) ? 'ko' : 'en';
}
