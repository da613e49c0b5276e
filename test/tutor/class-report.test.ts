// The instructor's loop end to end: 20 learners work through a lesson in the tutor (each in
// their own way: fast, with hints, stuck, skipping), each exports their progress with the
// CLI, and `kubetour class report` sums the exports up — in English, in Korean (columns
// aligned by display width) and as JSON — naming and skipping the files that are not exports.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { Tutor } from '../../src/tutor/index.js';
import { runProgressCli } from '../../src/tutor/cli/progress.js';
import { runClassCli } from '../../src/tutor/cli/class.js';
import { fakeFactory } from './fake-session.js';
import { memIO } from './mem-io.js';

const LESSONS = fileURLToPath(new URL('./fixtures/good/', import.meta.url));
const START = Date.UTC(2026, 11, 3, 13);

/** What each kind of learner types, with the minutes before each line. */
const SCRIPTS: Record<string, [number, string][]> = {
  // Solves everything directly.
  // (A fake pod is ready three commands after it is made: the echo is the learner looking.)
  fast: [[1, 'svc kubia 80 8080'], [1, 'curl kubia'], [1, 'pod web1 web'], [0.5, 'echo looking'], [0.5, 'echo looking'], [0.5, '2']],
  // Gets the port wrong, takes two hints, then finishes; misses the quiz once.
  hints: [[2, 'svc kubia 8080 8080'], [1, '/hint'], [1, '/hint'], [1, 'del Service kubia'], [1, 'svc kubia 80 8080'], [2, 'curl kubia'], [2, 'pod web1 web'], [0.5, 'echo looking'], [0.5, 'echo looking'], [1, '1'], [0.5, '2']],
  // Creates the Service, then is still trying to curl the wrong name.
  stuck: [[2, 'svc kubia 80 8080'], [3, 'curl nope'], [2, '/hint'], [4, 'curl nope']],
  // Skips the curl step, then asks for the solution of the next one.
  skipper: [[1, 'svc kubia 80 8080'], [3, '/next'], [1, '/solution'], [0.1, 'y'], [0.1, 'y'], [0.5, '2']],
};
const KINDS = ['fast', 'hints', 'stuck', 'skipper'] as const;

let root: string;
let files: string[];

async function learner(i: number): Promise<string> {
  const cfg = join(root, `learner-${i}`);
  let clock = START + i * 1000;
  const t = await Tutor.open({ lessonsDir: LESSONS, configDir: join(cfg, 'kubetour'), lang: i % 2 ? 'ko' : 'en', createSession: fakeFactory, env: {}, now: () => clock, lessonId: '01-fake' });
  for (const [minutes, line] of SCRIPTS[KINDS[i % 4]]) {
    clock += minutes * 60_000;
    await t.input(line);
  }
  const file = join(root, 'exports', `learner-${i}.json`);
  const io = memIO();
  const code = await runProgressCli(['export', file, '--name', `Learner ${String(i + 1).padStart(2, '0')}`, '--lessons', LESSONS], { ...io.io, env: { XDG_CONFIG_HOME: cfg } } as any, () => clock);
  expect(code, io.err()).toBe(0);
  return file;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kubetour-class-'));
  mkdirSync(join(root, 'exports'));
  files = [];
  for (let i = 0; i < 20; i++) files.push(await learner(i));
}, 60_000);

async function report(args: string[], env: Record<string, string> = {}) {
  const io = memIO();
  const code = await runClassCli(['report', ...args, '--lessons', LESSONS], { ...io.io, env } as any);
  return { code, out: io.out(), err: io.err() };
}

describe('kubetour class report over 20 exports', () => {
  it('--json: per lesson and per step counts, medians and where the room is stuck', async () => {
    const r = await report([...files, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const data = JSON.parse(r.out);
    expect(data.learners).toHaveLength(20);
    expect(data.lessons.map((l: { id: string }) => l.id)).toEqual(['01-fake']);
    const [lesson] = data.lessons;
    // 5 of each kind; "fast", "hints" and "skipper" finish the lesson.
    expect(lesson).toMatchObject({ learners: 20, started: 20, finished: 15 });
    expect(lesson.duration).toBeUndefined();
    const step = (id: string) => lesson.steps.find((s: { id: string }) => s.id === id);
    expect(lesson.steps.map((s: { id: string }) => s.id)).toEqual(['expose', 'reach', 'newpod', 'q1']);
    // expose: everyone finished; times 1 (fast), 6 (hints), 2 (stuck), 1 (skipper) → median 1.5.
    expect(step('expose')).toMatchObject({ started: 20, finished: 20, medianMinutes: 1.5, medianAttempts: 1, medianHints: 0, stuck: 0 });
    // reach: the stuck five are still on it, the skippers left it.
    expect(step('reach')).toMatchObject({ started: 20, finished: 10, stuck: 10, skipped: 5, medianAttempts: 1 });
    expect(step('reach').stuckNames).toEqual(['Learner 03', 'Learner 07', 'Learner 11', 'Learner 15', 'Learner 19']);
    expect(step('newpod')).toMatchObject({ started: 15, finished: 15, solutions: 5 });
    expect(step('q1')).toMatchObject({ started: 15, finished: 15, rightFirstTime: 10, medianAttempts: 1 });
    // The stuck five have spent 3 + 2 + 4 minutes on it; those who finished it, 1.5.
    expect(data.stuck).toEqual([{ lessonId: '01-fake', lessonTitle: 'Fake lesson', step: 3, label: 'curl', started: 20, stuck: 10, names: step('reach').stuckNames, minutes: 9, finishedMinutes: 1.5 }]);
    expect(data.idleCapSeconds).toBe(300);
  });

  it('prints aligned tables in English and Korean', async () => {
    const en = await report(files, {});
    expect(en.code).toBe(0);
    expect(en.out).toContain('Class report: 20 learners');
    expect(en.out).toContain('1. Fake lesson — 20 of 20 started, 15 finished');
    expect(en.out).toContain('Where the room is stuck');
    expect(en.out).toContain('Fake lesson, step 3 (curl): 10 of 20 started and not finished');
    expect(en.out).toContain('so far a median of 9 min on it (those who finished it took 1.5 min)');
    const ko = await report([...files, '--lang', 'ko']);
    expect(ko.out).toContain('수업 보고서: 학습자 20명');
    expect(ko.out).toContain('가짜 강의');
    expect(ko.out).toContain('수업이 막힌 곳');
    expect(ko.out).not.toMatch(/STARTED|FINISHED|Where the room/);
    // Every row of a table ends its first column at the same display width as its header.
    for (const out of [en.out, ko.out]) {
      const lines = out.split('\n');
      const head = lines.findIndex((l) => /^ {2}(STEP|단계) /.test(l));
      const block = lines.slice(head, lines.indexOf('', head));
      const lastCol = block.map((l) => stringWidth(l));
      expect(new Set(lastCol).size, block.join('\n')).toBe(1);
    }
  });

  it('names each corrupt, foreign, older, missing or duplicate file in one line and counts the rest (a folder: its .json files)', async () => {
    const bad = join(root, 'bad');
    mkdirSync(bad, { recursive: true });
    const corrupt = join(bad, 'cut.json');
    writeFileSync(corrupt, '{"kind":"kubetour-progress-export","format":2,"name":"X","less');
    const foreign = join(bad, 'package.json');
    writeFileSync(foreign, JSON.stringify({ name: 'something', version: '1.0.0' }));
    const older = join(bad, 'old.json');
    writeFileSync(older, JSON.stringify({ kubetour: '0.1.0', exportedAt: 'x', file: 'p', format: 1, lessons: [] }));
    const damaged = join(bad, 'damaged.json');
    writeFileSync(damaged, JSON.stringify({ kind: 'kubetour-progress-export', format: 2, name: 'Y', lessons: [{ id: 'a', started: true, finished: false, steps: [{ id: 's' }] }] }));
    const r = await report([files[0], corrupt, foreign, older, damaged, join(bad, 'nope.json'), bad, files[0]]);
    expect(r.code).toBe(0);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      `skipped ${corrupt}: not valid JSON, the file is damaged or cut short`,
      `skipped ${foreign}: not a kubetour progress export`,
      `skipped ${older}: exported by an older kubetour without per-step records; ask the learner to run kubetour progress export again`,
      `skipped ${damaged}: a kubetour export with a damaged part (lessons[0].steps[0].started)`,
      `skipped ${join(bad, 'nope.json')}: no such file`,
      `skipped ${corrupt}: not valid JSON, the file is damaged or cut short`,
      `skipped ${damaged}: a kubetour export with a damaged part (lessons[0].steps[0].started)`,
      `skipped ${join(bad, 'old.json')}: exported by an older kubetour without per-step records; ask the learner to run kubetour progress export again`,
      `skipped ${join(bad, 'package.json')}: not a kubetour progress export`,
      `skipped ${files[0]}: a second export of Learner 01 (the one from ${files[0]} is counted)`,
    ]);
    expect(r.out).toContain('Class report: 1 learners');
    // A folder of exports stands for its .json files.
    const folder = await report([join(root, 'exports')]);
    expect(folder.out).toContain('Class report: 20 learners');
    const none = await report([foreign]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('none of the 1 files is a kubetour progress export');
    const usage = await report([]);
    expect(usage.code).toBe(2);
  });
});
