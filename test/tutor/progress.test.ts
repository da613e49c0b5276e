// progress.json: atomic writes, corrupt and newer files moved aside with a warning, an
// unwritable directory that doesn't stop anything, history, and the progress CLI.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs';
import { ProgressStore } from '../../src/tutor/progress/store.js';
import type { FileOps } from '../../src/tutor/progress/atomic.js';
import { appendHistory, readHistory } from '../../src/tutor/progress/history.js';
import { configDirFrom } from '../../src/tutor/progress/paths.js';
import { runProgressCli } from '../../src/tutor/cli/progress.js';
import { Tutor } from '../../src/tutor/index.js';
import { fakeFactory } from './fake-session.js';
import { memIO } from './mem-io.js';

const NOW = () => Date.UTC(2026, 10, 26, 12, 0, 0);
const tmp = () => mkdtempSync(join(tmpdir(), 'kubetour-progress-'));
const LESSONS = fileURLToPath(new URL('./fixtures/good/', import.meta.url));

describe('progress store', () => {
  it('saves atomically and reads back, leaving no temp files', () => {
    const dir = tmp();
    const s = ProgressStore.open(dir, NOW);
    s.update('01-fake', (p) => {
      p.step = 2;
      p.completed.push('intro');
      p.hints.expose = 1;
    });
    expect(readdirSync(dir)).toEqual(['progress.json']);
    const back = ProgressStore.open(dir, NOW);
    expect(back.warnings).toEqual([]);
    expect(back.lesson('01-fake')).toMatchObject({ step: 2, completed: ['intro'], hints: { expose: 1 }, startedAt: '2026-11-26T12:00:00.000Z' });
    expect(back.data).toMatchObject({ format: 2, current: '01-fake' });
  });

  it('a leftover temp file from a killed write does not matter', () => {
    const dir = tmp();
    ProgressStore.open(dir, NOW).update('a', (p) => void (p.step = 1));
    writeFileSync(join(dir, '.progress.json.999.tmp'), '{"format":1,"less');
    expect(ProgressStore.open(dir, NOW).lesson('a')?.step).toBe(1);
  });

  it('moves a corrupt file aside with a warning and starts fresh', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'progress.json'), '{"format":1, "lessons": {');
    const s = ProgressStore.open(dir, NOW);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatchObject({ code: 'corrupt', movedTo: join(dir, 'progress.json.corrupt-2026-11-26T12-00-00-000Z') });
    expect(existsSync(join(dir, 'progress.json.corrupt-2026-11-26T12-00-00-000Z'))).toBe(true);
    expect(s.data.lessons).toEqual({});
    writeFileSync(join(dir, 'progress.json'), '{"format":1,"lessons":{"x":{"step":"three"}}}');
    expect(ProgressStore.open(dir, () => NOW() + 1).warnings[0]).toMatchObject({ code: 'corrupt' });
  });

  it('moves a newer-format file aside', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'progress.json'), '{"format":7,"lessons":{}}');
    const s = ProgressStore.open(dir, NOW);
    expect(s.warnings[0]).toMatchObject({ code: 'newer', format: 7 });
    expect(readdirSync(dir).sort()).toEqual(['progress.json.newer-2026-11-26T12-00-00-000Z']);
  });

  it('warns once when the directory is not writable and goes on', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const dir = tmp();
    chmodSync(dir, 0o500);
    const s = ProgressStore.open(join(dir, 'sub'), NOW);
    s.update('a', (p) => void (p.step = 1));
    s.update('a', (p) => void (p.step = 2));
    expect(s.takeWarnings().map((w) => w.code)).toEqual(['unwritable']);
    expect(s.lesson('a')?.step).toBe(2);
    chmodSync(dir, 0o700);
  });

  it('--reset-progress moves the old file aside', () => {
    const dir = tmp();
    ProgressStore.open(dir, NOW).update('a', () => {});
    const s = ProgressStore.open(dir, NOW, { reset: true });
    expect(s.data.lessons).toEqual({});
    expect(readdirSync(dir)).toContain('progress.json.reset-2026-11-26T12-00-00-000Z');
  });

  it('the Tutor shows progress warnings as turns and still starts', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'progress.json'), 'not json');
    const t = await Tutor.open({ lessonsDir: LESSONS, configDir: dir, lang: 'en', createSession: fakeFactory, env: {}, now: NOW });
    const [first, ...rest] = t.startTurns();
    expect(first.kind).toBe('warning');
    expect((first as { markdown: string }).markdown).toContain('could not be read');
    expect(rest.map((x) => x.kind)).toEqual(['tutor', 'confirm']);
  });
});

/** node:fs, except that `op` fails with `code` (a full disk, a read-only mount) once `armed()` says so. */
function failing(op: keyof FileOps, code: string, armed: () => boolean = () => true): FileOps {
  return {
    ...nodeFs,
    [op]: (...args: unknown[]) => {
      if (armed()) throw Object.assign(new Error(`${code}: injected`), { code });
      return (nodeFs[op] as (...a: unknown[]) => unknown)(...args);
    },
  } as FileOps;
}

describe('a config dir that cannot keep progress', () => {
  const open = async (configDir: string, lang: 'ko' | 'en', fs?: FileOps) =>
    Tutor.open({ lessonsDir: LESSONS, configDir, lang, createSession: fakeFactory, env: {}, now: NOW, ...(fs ? { fs } : {}) });

  it('a full disk: the old file stays whole, one warning, and the session keeps going', () => {
    const dir = tmp();
    ProgressStore.open(dir, NOW).update('a', (p) => void (p.step = 1));
    const before = readFileSync(join(dir, 'progress.json'), 'utf8');
    const s = ProgressStore.open(dir, NOW, { fs: failing('writeSync', 'ENOSPC', () => true) });
    // The lock's pid write fails first on a full disk; make only the data write fail:
    const s2 = ProgressStore.open(dir, NOW, { fs: failing('fsyncSync', 'ENOSPC') });
    for (const store of [s, s2]) {
      store.update('a', (p) => void (p.step = 2));
      store.update('a', (p) => void (p.step = 3));
      expect(store.takeWarnings()).toEqual([{ code: 'unwritable', file: join(dir, 'progress.json'), reason: 'full', path: dir, detail: 'ENOSPC' }]);
      expect(store.lesson('a')?.step).toBe(3);
    }
    expect(readFileSync(join(dir, 'progress.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['progress.json']); // no temp or lock file left behind
  });

  it('a read-only folder is found before the first save', () => {
    const dir = tmp();
    const s = ProgressStore.open(join(dir, 'kubetour'), NOW, { probe: true, fs: failing('accessSync', 'EROFS') });
    expect(s.takeWarnings()).toEqual([{ code: 'unwritable', file: join(dir, 'kubetour', 'progress.json'), reason: 'readOnly', path: dir, detail: 'EROFS' }]);
    s.update('a', (p) => void (p.step = 1));
    expect(s.takeWarnings()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file where the folder should be', () => {
    const cfg = tmp();
    writeFileSync(join(cfg, 'kubetour'), 'not a folder');
    const probed = ProgressStore.open(join(cfg, 'kubetour'), NOW, { probe: true });
    expect(probed.takeWarnings()).toMatchObject([{ reason: 'notDir', path: join(cfg, 'kubetour') }]);
    const unprobed = ProgressStore.open(join(cfg, 'kubetour'), NOW);
    unprobed.update('a', () => {});
    expect(unprobed.takeWarnings()).toMatchObject([{ reason: 'notDir', path: join(cfg, 'kubetour') }]);
  });

  it('a missing folder is made on the first save', () => {
    const dir = join(tmp(), 'x', 'kubetour');
    const s = ProgressStore.open(dir, NOW, { probe: true });
    s.update('a', (p) => void (p.step = 1));
    expect(s.takeWarnings()).toEqual([]);
    expect(ProgressStore.open(dir, NOW).lesson('a')?.step).toBe(1);
  });

  it('the learner reads one sentence in their language naming the folder, then the lesson offer', async () => {
    const cfg = tmp();
    writeFileSync(join(cfg, 'kubetour'), '');
    for (const [lang, text] of [
      ['ko', `진행 상황을 저장할 수 없습니다: 폴더가 있어야 할 자리에 파일이 있습니다(${join(cfg, 'kubetour')}). 계속할 수 있지만 이번 세션의 진행 상황은 남지 않습니다.`],
      ['en', `Progress can't be saved: ${join(cfg, 'kubetour')} is a file where kubetour needs a folder. You can go on; this session's progress will not be kept.`],
    ] as const) {
      const t = await open(join(cfg, 'kubetour'), lang);
      const turns = t.startTurns();
      expect(turns.map((x) => x.kind)).toEqual(['warning', 'tutor', 'confirm']);
      expect((turns[0] as { markdown: string }).markdown).toBe(text);
    }
  });
});

describe('config dir and history', () => {
  it('follows XDG_CONFIG_HOME, else ~/.config', () => {
    expect(configDirFrom({ XDG_CONFIG_HOME: '/x/cfg', HOME: '/home/a' })).toBe('/x/cfg/kubetour');
    expect(configDirFrom({ XDG_CONFIG_HOME: 'relative', HOME: '/home/a' })).toBe('/home/a/.config/kubetour');
  });
  it('keeps command history across runs', () => {
    const dir = tmp();
    expect(readHistory(dir)).toEqual([]);
    appendHistory('kubectl get svc', dir);
    appendHistory('kubectl get svc', dir);
    appendHistory('kubectl get pods', dir);
    expect(readHistory(dir)).toEqual(['kubectl get svc', 'kubectl get pods']);
    writeFileSync(join(dir, 'history.json'), 'garbage');
    expect(readHistory(dir)).toEqual([]);
  });
});

describe('kubetour progress', () => {
  it('prints a summary, JSON, and exports a report', async () => {
    const cfg = tmp();
    mkdirSync(join(cfg, 'kubetour'));
    const s = ProgressStore.open(join(cfg, 'kubetour'), NOW);
    s.update('01-fake', (p) => {
      p.step = 2;
      p.completed.push('intro', 'expose');
      p.hints.expose = 2;
    });
    const env = { XDG_CONFIG_HOME: cfg };
    const plain = memIO();
    expect(await runProgressCli(['--lessons', LESSONS], { ...plain.io, env } as any, NOW)).toBe(0);
    expect(plain.out()).toMatch(/01-fake\s+-\s+2\/5\s+step 3\/5\s+2\s+0\s+2026-11-26T12:00:00.000Z/);
    expect(plain.out()).toMatch(/02-second\s+-\s+0\/2\s+not started/);
    const ko = memIO();
    await runProgressCli(['--lessons', LESSONS, '--lang', 'ko'], { ...ko.io, env } as any, NOW);
    expect(ko.out()).toMatch(/^진도: .*\n레슨\s+예상\(분\)\s+완료\s+상태/);
    expect(ko.out()).toMatch(/01-fake\s+-\s+2\/5\s+3\/5단계/);
    expect(ko.out()).toContain('레슨 2개 중 0개 완료');
    const json = memIO();
    await runProgressCli(['--json', '--lessons', LESSONS], { ...json.io, env } as any, NOW);
    expect(JSON.parse(json.out()).lessons[0]).toMatchObject({ id: '01-fake', done: 2, total: 5, hints: 2 });
    const out = join(cfg, 'report.json');
    const exp = memIO();
    // Options before or after FILE, `--opt value` or `--opt=value`.
    expect(await runProgressCli(['export', '--lessons', LESSONS, out, '--name=Kim Minji'], { ...exp.io, env } as any, NOW)).toBe(0);
    expect(exp.out()).toBe(`Progress of Kim Minji exported to ${out}: hand this file to your instructor.\n`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      kind: 'kubetour-progress-export',
      format: 2,
      name: 'Kim Minji',
      exportedAt: '2026-11-26T12:00:00.000Z',
      idleCapSeconds: 300,
      lessons: [{ id: '01-fake', done: 2, started: true, steps: [{ id: 'intro', finished: true }, { id: 'expose', finished: true, hints: 2 }, { id: 'reach', started: true, finished: false }, {}, {}] }, { id: '02-second', started: false }],
    });
    const bad = memIO();
    expect(await runProgressCli(['--bogus'], { ...bad.io, env } as any, NOW)).toBe(2);
    expect(bad.err()).toMatch(/^kubetour progress: unknown option "--bogus"\n/);
  });

  it('export refuses to overwrite without --force, and needs a file and a name', async () => {
    const cfg = tmp();
    const env = { XDG_CONFIG_HOME: cfg };
    const out = join(cfg, 'mine.json');
    writeFileSync(out, 'keep me');
    const refused = memIO();
    expect(await runProgressCli(['export', out, '--name', 'Lee', '--lessons', LESSONS], { ...refused.io, env } as any, NOW)).toBe(1);
    expect(refused.err()).toBe(`kubetour progress export: ${out} already exists; add --force to replace it.\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = memIO();
    expect(await runProgressCli(['--force', 'export', '--name', 'Lee', out, '--lessons', LESSONS], { ...forced.io, env } as any, NOW)).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).name).toBe('Lee');
    const noName = memIO({ LANG: 'ko_KR.UTF-8' });
    expect(await runProgressCli(['export', join(cfg, 'x.json')], { ...noName.io, env: { ...env, LANG: 'ko_KR.UTF-8' } } as any, NOW)).toBe(2);
    expect(noName.err()).toContain('--name으로 이름을 적어 주세요');
    expect(existsSync(join(cfg, 'x.json'))).toBe(false);
    const noFile = memIO();
    expect(await runProgressCli(['export', '--name', 'Lee'], { ...noFile.io, env } as any, NOW)).toBe(2);
    expect(noFile.err()).toContain('say where to write the file');
    const dangling = memIO();
    expect(await runProgressCli(['export', out, '--name'], { ...dangling.io, env } as any, NOW)).toBe(2);
    expect(dangling.err()).toMatch(/^kubetour progress: --name needs a value\n/);
  });

  it('a format-1 progress file loads, upgrades on the next save, and is kept as progress.v1.json', () => {
    const dir = tmp();
    const v1 = { format: 1, current: 'a', lessons: { a: { step: 2, completed: ['x', 'y'], hints: { y: 1 }, solutions: ['y'], startedAt: 't0', updatedAt: 't1' } } };
    writeFileSync(join(dir, 'progress.json'), JSON.stringify(v1));
    const s = ProgressStore.open(dir, NOW);
    expect(s.warnings).toEqual([]);
    expect(s.lesson('a')).toMatchObject({ step: 2, completed: ['x', 'y'], hints: { y: 1 }, solutions: ['y'], steps: {} });
    s.record('a', 'z', (r) => void (r.attempts += 2));
    s.flush();
    expect(JSON.parse(readFileSync(join(dir, 'progress.v1.json'), 'utf8'))).toEqual(v1);
    const back = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));
    expect(back).toMatchObject({ format: 2, lessons: { a: { step: 2, completed: ['x', 'y'], steps: { z: { attempts: 2, activeMs: 0 } } } } });
  });
});

describe('what the tutor records for the export', () => {
  it('per step: attempts, hints, solutions, quiz answers, skips, and active time with idle gaps capped', async () => {
    const dir = tmp();
    let clock = Date.UTC(2026, 0, 1, 9);
    const at = (minutes: number) => (clock += minutes * 60_000);
    const t = await Tutor.open({ lessonsDir: LESSONS, configDir: dir, lang: 'en', createSession: fakeFactory, env: {}, now: () => clock, lessonId: '01-fake' });
    at(1);
    await t.input('svc kubia 8080 8080'); // a wrong attempt after a minute of reading
    at(0.5);
    await t.input('/hint');
    at(30); // a long break counts as 5 minutes
    await t.input('del Service kubia');
    at(1);
    await t.input('svc kubia 80 8080'); // solved
    at(2);
    await t.input('/next'); // skips "reach"
    at(1);
    await t.input('/solution');
    await t.input('y');
    await t.input('y'); // the replayed solution solves "newpod"
    at(0.25);
    await t.input('1'); // wrong
    at(0.25);
    await t.input('2'); // right: the lesson is complete
    const p = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).lessons['01-fake'];
    expect(p.hints).toEqual({ expose: 1 });
    expect(p.solutions).toEqual(['newpod']);
    expect(p.steps.expose).toMatchObject({ attempts: 3, activeMs: (1 + 0.5 + 5 + 1) * 60_000, finishedAt: expect.any(String) });
    expect(p.steps.reach).toMatchObject({ attempts: 0, activeMs: 2 * 60_000, skipped: true });
    expect(p.steps.reach.finishedAt).toBeUndefined();
    expect(p.steps.newpod).toMatchObject({ attempts: 0, activeMs: 60_000, finishedAt: expect.any(String) });
    expect(p.steps.q1).toMatchObject({ attempts: 2, activeMs: 30_000, answers: [{ choice: 1, right: false }, { choice: 2, right: true }] });
    expect(p.steps.intro).toMatchObject({ finishedAt: expect.any(String), activeMs: 0 });
    expect(p.completedAt).toBeDefined();
  });
});
