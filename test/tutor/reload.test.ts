// `/reload` and `/reset` for an author editing a lesson given with --lessons DIR: the file is
// read and linted again; the cluster stays when the step is still there, a vanished step
// moves the learner to the nearest one, a broken edit keeps the old lesson.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Tutor, type Turn } from '../../src/tutor/index.js';
import { fakeFactory, type FakeSession } from './fake-session.js';

const GOOD = fileURLToPath(new URL('./fixtures/good/', import.meta.url));

async function authorTutor(lang: 'en' | 'ko' = 'en', step: number | string = 'reach') {
  const dir = mkdtempSync(join(tmpdir(), 'kubetour-reload-'));
  cpSync(GOOD, dir, { recursive: true });
  const file = join(dir, '01-fake.yaml');
  let clock = Date.UTC(2026, 0, 1);
  const t = await Tutor.open({ lessonsDir: dir, configDir: join(dir, 'cfg'), lang, createSession: fakeFactory, now: () => (clock += 1000), env: {}, lessonId: '01-fake', step });
  const edit = (from: string, to: string) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, to));
  };
  return { t, file, edit };
}
const text = (turns: Turn[]) => turns.map((x) => ('markdown' in x ? x.markdown : '')).join('\n');

describe('/reload', () => {
  it('takes an edit of the current step and keeps the cluster as it is', async () => {
    const { t, edit } = await authorTutor();
    await t.input('pod extra');
    const cluster = t.session;
    edit('task: { ko: "curl", en: "curl" }', 'task: { ko: "curl 하세요", en: "Now curl the service." }');
    const turns = await t.input('/reload');
    expect(text(turns)).toContain('Lesson file read again: you are still on step 3 of 5, and the cluster is as you left it.');
    expect(text(turns)).toContain('Now curl the service.');
    expect(t.session).toBe(cluster);
    expect((t.session as unknown as FakeSession).lines).toContain('pod extra');
    expect(t.status()).toMatchObject({ step: 3, total: 5 });
  });

  it('finds the step by its id when steps were added before it', async () => {
    const { t, edit } = await authorTutor();
    edit('  - id: reach\n', '  - id: more\n    type: message\n    text: { ko: "더", en: "more" }\n  - id: reach\n');
    expect(text(await t.input('/reload'))).toContain('still on step 4 of 6');
  });

  it('a step that is gone: one sentence, then the nearest step with the cluster rebuilt', async () => {
    const { t, edit } = await authorTutor('ko');
    const cluster = t.session;
    edit('  - id: reach\n', '  - id: reach-again\n');
    const turns = await t.input('/reload');
    expect(text(turns)).toContain('강의 파일에 `reach` 단계가 더 이상 없어서 가장 가까운 단계로 이동합니다: 5단계 중 3단계.');
    expect(t.status()).toMatchObject({ step: 3, total: 5 });
    expect(t.session).not.toBe(cluster);
  });

  it('a broken edit shows lint\'s file:line:col and keeps the old lesson and cluster', async () => {
    const { t, file, edit } = await authorTutor();
    const cluster = t.session;
    edit('reachedPodSelector: "app=kubia"', 'reachedPodSelector: "app==kubia,,"');
    const turns = await t.input('/reload');
    expect(turns.find((x) => x.kind === 'warning')).toEqual({ kind: 'warning', markdown: expect.stringMatching(new RegExp(`^The edited lesson file has errors, so the lesson stays as it was:\\n\\n\`\`\`\\n${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: `)) });
    expect(t.session).toBe(cluster);
    // The old lesson still judges the step.
    expect(text(await t.input('curl kubia'))).not.toContain('errors');
    expect(t.status()).toMatchObject({ step: 4 });
  });

  it('the lessons that come with kubetour are not read again', async () => {
    const t = await Tutor.open({ configDir: mkdtempSync(join(tmpdir(), 'kubetour-reload-')), lang: 'en', createSession: fakeFactory, env: {}, lessonId: '01-services' });
    expect(text(await t.input('/reload'))).toContain('`/reload` reads a lesson again from a folder given with `--lessons DIR`');
  });
});

describe('/reset', () => {
  it('reads the file again before restarting the step', async () => {
    const { t, edit } = await authorTutor();
    edit('task: { ko: "curl", en: "curl" }', 'task: { ko: "curl 하세요", en: "Curl it again." }');
    const turns = await t.input('/reset');
    expect(text(turns)).toContain('Curl it again.');
    expect(t.status()).toMatchObject({ step: 3 });
  });
});

describe('the watch on --lessons DIR', () => {
  it('offers /reload once when the open lesson\'s file changed, not for other files', async () => {
    const { t, file } = await authorTutor();
    expect(t.lessonFilesChanged([join(file, '..', '02-second.yaml')])).toEqual([]);
    expect(text(t.lessonFilesChanged([file]))).toBe('The file of this lesson changed (01-fake.yaml). Type `/reload` to read it again: if your step is still in it, the cluster stays as it is.');
    expect(t.lessonFilesChanged([file])).toEqual([]);
    await t.input('/reload');
    expect(t.lessonFilesChanged([file])).toHaveLength(1);
  });
});
