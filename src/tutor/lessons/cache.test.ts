import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLessonsCached } from './cache.js';
import { loadLessons, type LoadedLesson } from './load.js';
import { formatDiagnostic } from './diagnostics.js';

const FIX = fileURLToPath(new URL('../../../test/tutor/fixtures/', import.meta.url));
const comparable = (ls: LoadedLesson[]) => ls.map((l) => ({ file: l.file, id: l.id, lesson: l.lesson, errors: l.errors.map(formatDiagnostic) }));
const g = globalThis as { KUBETOUR_BUILD_ID?: string };

describe('lessons from --lessons DIR, cached by content', () => {
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'kubetour-lesson-cache-'));
    g.KUBETOUR_BUILD_ID = 'build-1'; // what the bundler defines
  });
  afterEach(() => {
    delete g.KUBETOUR_BUILD_ID;
    rmSync(base, { recursive: true, force: true });
  });

  it('gives what the YAML loader gives, errors included, first parsed and then from the cache', async () => {
    const dir = join(base, 'lessons');
    cpSync(join(FIX, 'good'), dir, { recursive: true });
    cpSync(join(FIX, 'bad'), dir, { recursive: true });
    const cache = join(base, 'cache');
    const expected = comparable(loadLessons(dir));
    expect(comparable(await loadLessonsCached(dir, cache))).toEqual(expected);
    const entries = readdirSync(cache);
    expect(entries).toHaveLength(expected.length);
    // The second start reads the entries: proven by changing one of them.
    const good = entries.map((f) => join(cache, f)).find((f) => readFileSync(f, 'utf8').includes('"01-fake"'))!;
    const data = JSON.parse(readFileSync(good, 'utf8'));
    data.lesson.lesson.title.en = 'from the cache';
    writeFileSync(good, JSON.stringify(data));
    expect((await loadLessonsCached(dir, cache)).find((l) => l.id === '01-fake')?.lesson?.title.en).toBe('from the cache');
    // An edit of the file parses it again (and replaces its entry).
    appendFileSync(join(dir, '01-fake.yaml'), '\n# edited\n');
    expect(comparable(await loadLessonsCached(dir, cache))).toEqual(expected);
    expect(readdirSync(cache)).toHaveLength(expected.length);
  });

  it('parses again for another build of kubetour', async () => {
    const dir = join(base, 'lessons');
    cpSync(join(FIX, 'good'), dir, { recursive: true });
    const cache = join(base, 'cache');
    await loadLessonsCached(dir, cache);
    const f = join(cache, readdirSync(cache)[0]);
    const data = JSON.parse(readFileSync(f, 'utf8'));
    data.lesson.id = 'stale';
    writeFileSync(f, JSON.stringify(data));
    g.KUBETOUR_BUILD_ID = 'build-2';
    expect((await loadLessonsCached(dir, cache)).map((l) => l.id)).not.toContain('stale');
  });
});
