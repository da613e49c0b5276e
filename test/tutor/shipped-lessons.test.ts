// Lessons compiled at build time: the same lessons, errors and ids the YAML loader gives, read
// back from JSON; and the built CLI finds the lessons beside itself, nowhere else.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileLessonsDir } from '../../src/tutor/lessons/compile-at-build.js';
import { COMPILED_FILE, fromCompiled } from '../../src/tutor/lessons/compiled.js';
import { loadLessons } from '../../src/tutor/lessons/load.js';
import { defaultLessonsDir, loadLessonsFrom, loadShippedLessons } from '../../src/tutor/lessons/shipped.js';
import { formatDiagnostic } from '../../src/tutor/lessons/diagnostics.js';

const LESSONS = fileURLToPath(new URL('../../lessons', import.meta.url));
const FIX = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const comparable = (ls: ReturnType<typeof loadLessons>) => ls.map((l) => ({ file: l.file, id: l.id, lesson: l.lesson, errors: l.errors.map(formatDiagnostic) }));

describe('compiled lessons', () => {
  it('read back equal to the lessons parsed from YAML', () => {
    const { json, withErrors } = compileLessonsDir(LESSONS);
    expect(withErrors).toEqual([]);
    expect(comparable(fromCompiled(JSON.parse(json), LESSONS))).toEqual(comparable(loadLessons(LESSONS)));
  });

  it('keep a broken lesson with its errors and positions, so the app lists it as unavailable', () => {
    const dir = join(FIX, 'bad');
    const { json, withErrors } = compileLessonsDir(dir);
    expect(withErrors).toContain('03-broken.yaml');
    const back = fromCompiled(JSON.parse(json), dir);
    expect(comparable(back)).toEqual(comparable(loadLessons(dir)));
    expect(back[0].lesson).toBeUndefined();
  });

  it('are what loadShippedLessons reads when the file is there; YAML otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubetour-shipped-'));
    try {
      cpSync(join(FIX, 'good'), dir, { recursive: true });
      const fromYaml = comparable(await loadShippedLessons(dir));
      expect(fromYaml.length).toBeGreaterThan(0);
      const { json } = compileLessonsDir(dir);
      // Proof the compiled file is the one read: change a title there only.
      const data = JSON.parse(json);
      data.lessons[0].lesson.title.en = 'from the compiled file';
      writeFileSync(join(dir, COMPILED_FILE), JSON.stringify(data));
      expect((await loadShippedLessons(dir))[0].lesson?.title.en).toBe('from the compiled file');
      // `--lessons DIR` always reads the YAML, never a compiled file in it.
      expect(comparable(await loadLessonsFrom(dir))).toEqual(fromYaml);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('from source, the shipped lessons are the repository lessons/', () => {
    expect(defaultLessonsDir()).toBe(LESSONS);
  });
});

describe.skipIf(!existsSync(join(ROOT, 'dist/kubetour.js')))('the built CLI', () => {
  it('ships its lessons in dist/ and uses them when copied elsewhere, ignoring lessons/ in folders above', () => {
    const base = mkdtempSync(join(tmpdir(), 'kubetour-copied-'));
    try {
      // An unrelated lessons/ folder next to and above the copied dist/.
      mkdirSync(join(base, 'lessons'));
      cpSync(join(FIX, 'good'), join(base, 'lessons'), { recursive: true });
      cpSync(join(ROOT, 'dist'), join(base, 'app', 'dist'), { recursive: true });
      mkdirSync(join(base, 'app', 'lessons'));
      cpSync(join(FIX, 'good'), join(base, 'app', 'lessons'), { recursive: true });
      const env = { ...process.env, XDG_CONFIG_HOME: join(base, 'cfg'), LANG: 'C.UTF-8' };
      const run = (...args: string[]) => spawnSync('node', [join(base, 'app', 'dist', 'kubetour.js'), ...args], { cwd: base, encoding: 'utf8', env });
      const progress = run('progress');
      expect(progress.status).toBe(0);
      const shipped = loadLessons(LESSONS).map((l) => l.id);
      for (const id of shipped) expect(progress.stdout).toContain(id);
      for (const l of loadLessons(join(FIX, 'good'))) expect(progress.stdout).not.toContain(l.id);
      const lint = run('lint');
      expect(lint.stderr).toContain(`${shipped.length} lesson files: 0 errors`);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('copied without its lessons, says which folder is missing instead of "no lessons" (ko and en), and climbs nowhere', () => {
    const base = mkdtempSync(join(tmpdir(), 'kubetour-bare-'));
    try {
      mkdirSync(join(base, 'lessons'));
      cpSync(join(FIX, 'good'), join(base, 'lessons'), { recursive: true });
      cpSync(join(ROOT, 'dist'), join(base, 'app', 'dist'), { recursive: true, filter: (src) => !src.includes(`${join(ROOT, 'dist', 'lessons')}`) });
      const missing = join(base, 'app', 'dist', 'lessons');
      expect(existsSync(missing)).toBe(false);
      const run = (lang: string, args: string[], input = '') =>
        spawnSync('node', [join(base, 'app', 'dist', 'kubetour.js'), ...args], { cwd: base, input, encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: join(base, 'cfg'), LANG: lang } });
      const en = `the folder of lessons that comes with kubetour is missing (${missing};`;
      for (const args of [['lint'], ['verify'], ['handout', '01-services']]) {
        const r = run('C.UTF-8', args);
        expect(r.status, args.join(' ')).toBe(1);
        expect(r.stderr).toContain(en);
      }
      expect(run('C.UTF-8', ['progress']).stderr).toContain(en);
      const play = run('C.UTF-8', ['play', '--lang', 'en'], '/lessons\n');
      expect(play.stdout).toContain(en);
      expect(play.stdout).not.toContain('No lessons were found');
      const ko = run('ko_KR.UTF-8', ['lint']);
      expect(ko.stderr).toContain(`kubetour와 함께 오는 강의 폴더가 없습니다: ${missing}`);
      // --lessons DIR that is not there is named too.
      const wrongDir = run('C.UTF-8', ['play', '--lang', 'en', '--lessons', join(base, 'nope')], '');
      expect(wrongDir.stdout).toContain(`There is no folder of lessons at ${join(base, 'nope')}.`);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
