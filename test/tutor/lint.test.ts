// Lesson loading and `kubetour lint`: schema errors with positions, semantic errors, exit codes.
import { describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultLessonsDir, loadLessons, parseLesson } from '../../src/tutor/lessons/load.js';
import { lintLesson } from '../../src/tutor/lessons/lint.js';
import { formatDiagnostic } from '../../src/tutor/lessons/diagnostics.js';
import { runLintCli } from '../../src/tutor/cli/lint.js';
import { memIO } from './mem-io.js';

const FIX = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('lesson loader', () => {
  it('loads good lessons and keeps a malformed one as unavailable with its error', () => {
    const loaded = loadLessons(`${FIX}bad`);
    expect(loaded.map((l) => l.id)).toEqual(['03-broken', '04-semantic', '05-yaml']);
    const broken = loaded[0];
    expect(broken.lesson).toBeUndefined();
    const msgs = broken.errors.map(formatDiagnostic);
    expect(msgs).toContain(`${FIX}bad/03-broken.yaml:3:1: goal.en: missing English (en) translation`);
    expect(msgs).toContain(`${FIX}bad/03-broken.yaml:10:7: steps.0.check.field: unknown field "equal"`);
    expect(loaded[1].lesson).toBeDefined(); // semantic problems are lint's business
    expect(loaded[2].errors[0].message).toMatch(/^YAML: /);
    expect(loaded[2].errors[0].line).toBeGreaterThanOrEqual(2);
  });

  it('finds the shipped lessons next to the package, and treats a missing directory as empty', () => {
    expect(defaultLessonsDir()).toBe(fileURLToPath(new URL('../../lessons', import.meta.url)));
    expect(loadLessons(`${FIX}does-not-exist`)).toEqual([]);
  });

  it('requires the id to match the file name', () => {
    const l = parseLesson('id: other\ntitle: {ko: a, en: a}\ngoal: {ko: a, en: a}\nsteps:\n  - {id: m, type: message, text: {ko: a, en: a}}\n', 'x/01-name.yaml');
    expect(l.errors.map(formatDiagnostic)).toEqual(['x/01-name.yaml:1:1: id "other" must match the file name "01-name"']);
  });

  it('points at unknown step types and predicate kinds', () => {
    const text = 'id: t\ntitle: {ko: a, en: a}\ngoal: {ko: a, en: a}\nsteps:\n  - id: s\n    type: lecture\n';
    const l = parseLesson(text, 't.yaml');
    expect(formatDiagnostic(l.errors[0])).toMatch(/^t\.yaml:6:5: steps\.0\.type: /);
  });
});

describe('predicate errors name the predicate the author meant', () => {
  it('a misspelt predicate key, a missing id, a bad enum value', () => {
    const text = [
      'id: t',
      'title: {ko: a, en: a}',
      'goal: {ko: a, en: a}',
      'steps:',
      '  - id: e',
      '    type: exercise',
      '    task: {ko: a, en: a}',
      '    check:',
      '      all:',
      '        - id: a',
      '          objec: {kind: Service, name: x}',
      '        - endpoints: {service: x}',
      '        - id: c',
      '          request: {tool: wget}',
      '    solution: kubectl get svc',
      '',
    ].join('\n');
    expect(parseLesson(text, 't.yaml').errors.map(formatDiagnostic)).toEqual([
      't.yaml:10:11: steps.0.check.all.0: not a predicate: expected one of object, absent, field, count, endpoints, podsReady, file, request, lastCommand, place, all, any, not (found "objec")',
      't.yaml:12:11: steps.0.check.all.1.id: missing required field "id"',
      't.yaml:14:21: steps.0.check.all.2.request.tool: "tool" must be one of: curl, nslookup, dig, ping, nc',
    ]);
  });
});

describe('lint', () => {
  it('finds semantic errors with positions', () => {
    const [, semantic] = loadLessons(`${FIX}bad`);
    const msgs = lintLesson(semantic).map(formatDiagnostic);
    const f = `${FIX}bad/04-semantic.yaml`;
    expect(msgs).toEqual(
      expect.arrayContaining([
        `${f}:5:3: unknown scenario "nowhere" (known: kubia, empty)`,
        `${f}:6:15: unknown manifest file "no-such-file.yaml" (not in the laptop's home directory)`,
        expect.stringMatching(new RegExp(`^${f}:16:48: bad field path "spec.ports\\[0": missing "]"$`)),
        `${f}:18:11: hint refers to unknown sub-condition "prot" (known: svc, port)`,
        expect.stringMatching(new RegExp(`^${f}:19:5: solution does not parse as shell: `)),
        `${f}:22:9: wrong attempt names unknown sub-condition "tagret" (known: svc, port)`,
        `${f}:27:5: answer 3 is out of range: the quiz has 2 choices`,
        expect.stringMatching(new RegExp(`^${f}:3:1: ko and en differ in commands: only ko has \`kubectl get svc\`; only en has \`kubectl get pods\``)),
      ]),
    );
    expect(msgs.some((m) => m.includes('warning: an exercise should have at least two hints'))).toBe(true);
  });

  it('requires `why` on every wrong quiz choice and warns when the right one is much the longest', () => {
    const quiz = (choices: string, answer: number) =>
      parseLesson(
        [
          'id: 01-q',
          'title: { ko: "t", en: "t" }',
          'goal: { ko: "g", en: "g" }',
          'start: { scenario: kubia }',
          'steps:',
          '  - id: q',
          '    type: quiz',
          '    question: { ko: "q", en: "q" }',
          `    choices: ${choices}`,
          `    answer: ${answer}`,
          '    explanation: { ko: "e", en: "e" }',
          '',
        ].join('\n'),
        '01-q.yaml',
      );
    const missing = lintLesson(quiz('[{ ko: "가", en: "a" }, { ko: "나", en: "b" }]', 2)).map(formatDiagnostic);
    expect(missing).toContain('01-q.yaml:9:15: wrong choice 1 needs a `why` (ko/en): what a learner who picks it has misunderstood');
    const long = '{ ko: "아주 길고 자세하며 모든 것을 다 말해 주는 정답입니다", en: "a very long and detailed right answer that says it all" }';
    const lint = lintLesson(quiz(`[{ ko: "짧음", en: "short", why: { ko: "왜", en: "why" } }, ${long}]`, 2)).map(formatDiagnostic);
    expect(lint).toEqual([expect.stringMatching(/warning: the right choice is much the longest \(\d+ characters, the longest wrong one \d+\): guessing the longest wins/)]);
    const balanced = lintLesson(quiz('[{ ko: "가나다", en: "abc", why: { ko: "왜", en: "why" } }, { ko: "라마바", en: "def" }]', 2));
    expect(balanced).toEqual([]);
  });

  it('passes the good fixtures', () => {
    for (const l of loadLessons(`${FIX}good`)) expect(lintLesson(l).filter((d) => d.severity !== 'warning')).toEqual([]);
  });

  it('exits 1 on errors and 0 on clean lessons', async () => {
    const bad = memIO();
    expect(await runLintCli([`${FIX}bad`], bad.io as any)).toBe(1);
    expect(bad.out()).toContain('03-broken.yaml:3:1: goal.en: missing English (en) translation');
    const good = memIO();
    expect(await runLintCli([`${FIX}good`], good.io as any)).toBe(0);
    expect(good.out()).toBe('');
    const missing = memIO();
    expect(await runLintCli([`${FIX}nope.yaml`], missing.io as any)).toBe(1);
    expect(missing.out()).toContain('nope.yaml:1:1: no such file');
  });

  it('passes the shipped lessons', () => {
    const errors = loadLessons(fileURLToPath(new URL('../../lessons/', import.meta.url))).flatMap((l) => lintLesson(l)).filter((d) => d.severity !== 'warning');
    expect(errors.map(formatDiagnostic)).toEqual([]);
  });
});

describe('operator and selector rules', () => {
  const lesson = (check: string) =>
    parseLesson(
      ['id: t', 'title: {ko: a, en: a}', 'goal: {ko: a, en: a}', 'steps:', '  - id: e', '    type: exercise', '    task: {ko: a, en: a}', '    solution: kubectl get pods', '    check:', ...check.split('\n').map((l) => `      ${l}`), ''].join('\n'),
      't.yaml',
    );
  const lint = (check: string) => lintLesson(lesson(check)).filter((d) => d.severity !== 'warning').map(formatDiagnostic);

  it('a field check needs exactly one operator', () => {
    expect(lint('id: f\nfield: { kind: Service, name: kubia, path: spec.type }')).toEqual([
      't.yaml:11:7: a field check needs one of equals, notEquals, contains, matches, exists (without one it would pass for any value)',
    ]);
    expect(lint('id: f\nfield: { kind: Service, name: kubia, path: spec.type, equals: NodePort, contains: Node }')).toEqual([
      't.yaml:11:79: a field check takes one operator, not equals and contains: split it into two items',
    ]);
    expect(lint('id: f\nfield: { kind: Service, name: kubia, path: spec.type, equals: NodePort }')).toEqual([]);
  });

  it("selectors go through the cluster's own parser", () => {
    expect(lint('id: c\ncount: { kind: Pod, selector: "app==kubia,," }')).toEqual([
      `t.yaml:11:27: invalid label selector "app==kubia,,": found ',', expected: !, identifier, or 'end of string'`,
    ]);
    expect(lint('id: r\npodsReady: { selector: "app in (kubia" , min: 1 }')).toHaveLength(1);
    expect(lint('id: f\nfile: { place: "pod:app=kubia,,", path: /x }')).toHaveLength(1);
    expect(lint('id: c\ncount: { kind: Pod, selector: "app in (kubia, other),!legacy", min: 1 }')).toEqual([]);
  });
});

describe('kubetour lint --watch', () => {
  it('lints once, again after each save (file:line:col of a broken edit, then clean), and ends on stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubetour-lint-watch-'));
    try {
      cpSync(`${FIX}good`, dir, { recursive: true });
      const file = join(dir, '01-fake.yaml');
      const good = readFileSync(file, 'utf8');
      const m = memIO({ LANG: 'C.UTF-8' });
      const stop = new AbortController();
      const done = runLintCli(['--watch', dir], m.io as any, stop.signal);
      await vi.waitFor(() => expect(m.err()).toContain('2 lesson files: 0 errors, 0 warnings\nWatching the lesson files for changes; Ctrl-C ends.\n'), { timeout: 5000 });
      writeFileSync(file, good.replace(/^goal:/m, 'gaol:'));
      await vi.waitFor(() => expect(m.out()).toMatch(/01-fake\.yaml:\d+:\d+: /), { timeout: 5000 });
      expect(m.err()).toContain('Changed: ');
      expect(m.err()).toContain('2 lesson files: ');
      writeFileSync(file, good);
      await vi.waitFor(() => expect(m.err().split('2 lesson files: 0 errors').length).toBe(3), { timeout: 5000 });
      stop.abort();
      expect(await done).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says it in Korean for a Korean locale', async () => {
    const m = memIO({ LANG: 'ko_KR.UTF-8' });
    const stop = new AbortController();
    const done = runLintCli(['--watch', `${FIX}good`], m.io as any, stop.signal);
    await vi.waitFor(() => expect(m.err()).toContain('강의 파일이 바뀌는지 지켜보는 중입니다. 끝내려면 Ctrl-C를 누르세요.'), { timeout: 5000 });
    stop.abort();
    expect(await done).toBe(0);
  });
});
