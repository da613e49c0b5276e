// The bundle-time rewrites of dependencies (scripts/startup-rewrites.mjs) match exact text;
// an updated dependency that no longer has it would silently bring the start-up cost back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { STARTUP_REWRITES } from '../../scripts/startup-rewrites.mjs';

interface Rewrite {
  file: RegExp;
  from: string;
  to: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('start-up rewrites of dependencies', () => {
  const packages = { 'just-bash': 'node_modules/just-bash/dist/bundle', 'yoga-layout': 'node_modules/yoga-layout/dist/binaries', 'string-width': 'node_modules/string-width' };
  for (const r of STARTUP_REWRITES as Rewrite[]) {
    it(`still finds ${JSON.stringify(r.from.slice(0, 40))} in the installed package`, () => {
      const dir = Object.entries(packages).find(([name]) => r.file.source.includes(name))?.[1];
      expect(dir, `no package directory for ${r.file}`).toBeDefined();
      const hits = filesUnder(dir!).filter((f) => r.file.test(f) && readFileSync(f, 'utf8').includes(r.from));
      expect(hits.length).toBeGreaterThan(0);
    });
  }

  it('asks string-width\'s RGI emoji question only of graphemes that can be one', () => {
    // The rewrite skips /^\p{RGI_Emoji}$/v for a grapheme without an Emoji code point; that
    // is the same answer when no RGI emoji lacks one. Checked for every single code point and
    // for every kind of RGI sequence, plus all the graphemes kubetour's own texts show.
    const rgi = new RegExp('^\\p{RGI_Emoji}$', 'v');
    const emoji = /\p{Emoji}/u;
    const sequences = ['1\uFE0F\u20E3', '#\uFE0F\u20E3', '\u{1F1F0}\u{1F1F7}', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '\u{1F469}\u200D\u{1F4BB}', '\u{1F44D}\u{1F3FD}', '\u2764\uFE0F', '\u{1F3F3}\uFE0F\u200D\u{1F308}'];
    for (const s of sequences) expect(rgi.test(s), s).toBe(true);
    const texts = [...filesUnder('lessons'), ...filesUnder('locales')].map((f) => readFileSync(f, 'utf8'));
    const segmenter = new Intl.Segmenter();
    const graphemes = new Set<string>(sequences);
    for (const text of texts) for (const { segment } of segmenter.segment(text)) graphemes.add(segment);
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) graphemes.add(String.fromCodePoint(cp));
    const missed = [...graphemes].filter((g) => rgi.test(g) && !emoji.test(g));
    expect(missed).toEqual([]);
  });

  it('keeps the order of $SHELLOPTS names that the localeCompare sort gave', () => {
    const names = ['allexport', 'errexit', 'noglob', 'noclobber', 'noexec', 'nounset', 'pipefail', 'posix', 'verbose', 'xtrace', 'braceexpand', 'hashall', 'interactive-comments'].map((name) => ({ name }));
    const rewritten = (STARTUP_REWRITES as Rewrite[]).find((r) => r.from.includes('localeCompare'))!;
    const sortBy = (src: string) => new Function('n', `return n${src}.map((x) => x.name).join(':')`) as (n: { name: string }[]) => string;
    expect(sortBy(rewritten.to)([...names])).toBe(sortBy(rewritten.from)([...names]));
  });
});
