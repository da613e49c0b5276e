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
  const packages = { 'just-bash': 'node_modules/just-bash/dist/bundle', 'yoga-layout': 'node_modules/yoga-layout/dist/binaries' };
  for (const r of STARTUP_REWRITES as Rewrite[]) {
    it(`still finds ${JSON.stringify(r.from.slice(0, 40))} in the installed package`, () => {
      const dir = Object.entries(packages).find(([name]) => r.file.source.includes(name))?.[1];
      expect(dir, `no package directory for ${r.file}`).toBeDefined();
      const hits = filesUnder(dir!).filter((f) => r.file.test(f) && readFileSync(f, 'utf8').includes(r.from));
      expect(hits.length).toBeGreaterThan(0);
    });
  }

  it('keeps the order of $SHELLOPTS names that the localeCompare sort gave', () => {
    const names = ['allexport', 'errexit', 'noglob', 'noclobber', 'noexec', 'nounset', 'pipefail', 'posix', 'verbose', 'xtrace', 'braceexpand', 'hashall', 'interactive-comments'].map((name) => ({ name }));
    const rewritten = (STARTUP_REWRITES as Rewrite[]).find((r) => r.from.includes('localeCompare'))!;
    const sortBy = (src: string) => new Function('n', `return n${src}.map((x) => x.name).join(':')`) as (n: { name: string }[]) => string;
    expect(sortBy(rewritten.to)([...names])).toBe(sortBy(rewritten.from)([...names]));
  });
});
