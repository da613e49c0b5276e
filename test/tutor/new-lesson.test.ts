// `kubetour new lesson ID`: the scaffold lints without a warning and verifies over several
// seeds as it is, comes with the schema its first line names, and never replaces a file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runNewCli } from '../../src/tutor/cli/new-lesson.js';
import { runLintCli } from '../../src/tutor/cli/lint.js';
import { runVerifyCli } from '../../src/tutor/cli/verify.js';
import { lessonJsonSchema } from '../../src/tutor/schema.js';
import { memIO } from './mem-io.js';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('kubetour new lesson', () => {
  it('writes a bilingual lesson that passes lint (no warning) and verify for seeds 1..5, with schema.json', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kubetour-new-'));
    const lessons = join(dir, 'my-lessons');
    const m = memIO({ LANG: 'C.UTF-8' });
    expect(await runNewCli(['lesson', '15-my-topic', '--lessons', lessons], m.io as any)).toBe(0);
    const file = join(lessons, '15-my-topic.yaml');
    expect(m.out()).toContain(`Wrote ${file}, a lesson that lints and verifies as it is.`);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    expect(text).toContain('id: "15-my-topic"');
    expect(JSON.parse(readFileSync(join(lessons, 'schema.json'), 'utf8'))).toEqual(lessonJsonSchema());

    const lint = memIO();
    expect(await runLintCli([lessons], lint.io as any)).toBe(0);
    expect(lint.out()).toBe('');
    expect(lint.err()).toContain('1 lesson file: 0 errors, 0 warnings');

    const verify = memIO();
    expect(await runVerifyCli(['--seeds', '1..5', file], verify.io as any)).toBe(0);
    expect(verify.out()).toMatch(/create-service\s+solution\s+PASS/);
    expect(verify.out()).toMatch(/create-service\s+wrong 1\s+PASS/);
    expect(verify.out()).not.toMatch(/FAIL|WARN/);
  });

  it('never replaces a lesson file, nor an existing schema.json', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kubetour-new-'));
    writeFileSync(join(dir, 'schema.json'), '{"mine": true}\n');
    expect(await runNewCli(['lesson', 'a1', '--lessons', dir], memIO().io as any)).toBe(0);
    expect(readFileSync(join(dir, 'schema.json'), 'utf8')).toBe('{"mine": true}\n');
    writeFileSync(join(dir, 'a1.yaml'), 'edited by the author\n');
    const again = memIO({ LANG: 'C.UTF-8' });
    expect(await runNewCli(['--lessons', dir, 'lesson', 'a1'], again.io as any)).toBe(1);
    expect(again.err()).toBe(`${join(dir, 'a1.yaml')} is already there: kubetour new never replaces a file. Pick another id or move the file away.\n`);
    expect(readFileSync(join(dir, 'a1.yaml'), 'utf8')).toBe('edited by the author\n');
    const ko = memIO({ LANG: 'ko_KR.UTF-8' });
    expect(await runNewCli(['lesson', 'a1', '--lessons', dir], ko.io as any)).toBe(1);
    expect(ko.err()).toContain(`이미 있는 파일입니다: ${join(dir, 'a1.yaml')}. kubetour new는 파일을 덮어쓰지 않습니다.`);
  });

  it('refuses an id that is no lesson id, and a missing one, with exit 2', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kubetour-new-'));
    for (const id of ['../escape', '-x', 'a b', 'lesson.yaml']) {
      const m = memIO({ LANG: 'C.UTF-8' });
      expect(await runNewCli(['lesson', '--lessons', dir, '--', id], m.io as any), id).toBe(2);
      expect(m.err()).toContain(`"${id}" cannot be a lesson id`);
    }
    const none = memIO();
    expect(await runNewCli(['lesson'], none.io as any)).toBe(2);
    expect(none.err()).toContain('usage: kubetour new lesson ID');
    expect(existsSync(join(dir, 'schema.json'))).toBe(false);
  });
});
