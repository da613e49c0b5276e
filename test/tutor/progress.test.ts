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
    expect(back.data).toMatchObject({ format: 1, current: '01-fake' });
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
    expect(plain.out()).toMatch(/01-fake\s+2\/5\s+step 3\/5\s+2\s+0\s+2026-11-26T12:00:00.000Z/);
    expect(plain.out()).toMatch(/02-second\s+0\/2\s+not started/);
    const json = memIO();
    await runProgressCli(['--json', '--lessons', LESSONS], { ...json.io, env } as any, NOW);
    expect(JSON.parse(json.out()).lessons[0]).toMatchObject({ id: '01-fake', done: 2, total: 5, hints: 2 });
    const out = join(cfg, 'report.json');
    const exp = memIO();
    expect(await runProgressCli(['export', out, '--lessons', LESSONS], { ...exp.io, env } as any, NOW)).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ exportedAt: '2026-11-26T12:00:00.000Z', lessons: [{ id: '01-fake' }, { id: '02-second' }] });
    const bad = memIO();
    expect(await runProgressCli(['--bogus'], { ...bad.io, env } as any, NOW)).toBe(2);
  });
});
