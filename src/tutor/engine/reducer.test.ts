import { describe, expect, it } from 'vitest';
import type { Lesson } from '../schema.js';
import { Lesson as LessonSchema } from '../schema.js';
import { initialState, nextHint, reduce } from './reducer.js';

const lesson: Lesson = LessonSchema.parse({
  id: 't',
  title: { ko: 'T', en: 'T' },
  goal: { ko: 'G', en: 'G' },
  steps: [
    { id: 'm', type: 'message', text: { ko: '소개', en: 'intro' }, run: 'echo demo' },
    {
      id: 'e',
      type: 'exercise',
      task: { ko: '과제', en: 'task' },
      check: { all: [{ id: 'a', object: { kind: 'Service', name: 'x' } }, { id: 'b', object: { kind: 'Pod', name: 'y' } }] },
      hints: [{ ko: '1', en: 'one' }, { when: 'b', ko: '2', en: 'two' }],
      solution: 'make x',
    },
    { id: 'q', type: 'quiz', question: { ko: 'Q', en: 'Q' }, choices: [{ ko: 'a', en: 'a' }, { ko: 'b', en: 'b' }], answer: 1, explanation: { ko: 'E', en: 'E' } },
  ],
});

describe('engine reducer', () => {
  it('enters through message steps (with their demos) to the first exercise', () => {
    const { state, out } = reduce(lesson, initialState(), { type: 'enter' }, 'en');
    expect(state.step).toBe(1);
    expect(state.done).toEqual(['m']);
    expect(out).toContainEqual({ effect: { type: 'run-demo', commands: 'echo demo' } });
    expect(out).toContainEqual({ turn: { kind: 'tutor', markdown: '**Your turn:** task' } });
  });

  it('is pure: the input state is not modified', () => {
    const s = initialState(1);
    const frozen = JSON.stringify(s);
    reduce(lesson, s, { type: 'hint', unmet: ['a'] }, 'en');
    expect(JSON.stringify(s)).toBe(frozen);
  });

  it('gives targeted hints first, counts them, and says when they run out', () => {
    let s = initialState(1);
    const h1 = reduce(lesson, s, { type: 'hint', unmet: ['b'] }, 'en');
    expect(h1.out[0]).toEqual({ turn: { kind: 'hint', markdown: 'two', n: 1, of: 2 } });
    s = h1.state;
    const h2 = reduce(lesson, s, { type: 'hint', unmet: ['b'] }, 'en');
    expect(h2.out[0]).toEqual({ turn: { kind: 'hint', markdown: 'one', n: 2, of: 2 } });
    const h3 = reduce(lesson, h2.state, { type: 'hint', unmet: ['b'] }, 'en');
    expect((h3.out[0] as any).turn.markdown).toContain('last hint');
  });

  it('aims a hint at the first unmet condition only (a later leaf may fail just because of it)', () => {
    // Nothing made yet: `a` (the Service) is the root cause, so the hint about `b` waits.
    const h1 = reduce(lesson, initialState(1), { type: 'hint', unmet: ['a', 'b'] }, 'en');
    expect(h1.out[0]).toEqual({ turn: { kind: 'hint', markdown: 'one', n: 1, of: 2 } });
    const h2 = reduce(lesson, h1.state, { type: 'hint', unmet: ['a', 'b'] }, 'en');
    expect(h2.out[0]).toEqual({ turn: { kind: 'hint', markdown: 'two', n: 2, of: 2 } });
  });

  it('says what the facade judged worth saying, once, and nothing otherwise', () => {
    const fail = { pass: false, leaves: { a: true, b: false }, unmet: ['b'] };
    const quiet = reduce(lesson, initialState(1), { type: 'checked', result: fail, attempt: false }, 'en');
    expect(quiet.out).toEqual([]);
    const say = { kind: 'unmet' as const, text: 'Pod `y` does not exist yet.' };
    const first = reduce(lesson, initialState(1), { type: 'checked', result: fail, attempt: true, say }, 'en');
    expect(first.out).toEqual([{ turn: { kind: 'unmet', markdown: 'Pod `y` does not exist yet.' } }]);
    expect(reduce(lesson, first.state, { type: 'checked', result: fail, attempt: true, say }, 'en').out).toEqual([]);
  });

  it('never shows a check id; says progress in words and remembers the diagnosis for hints', () => {
    const fail = { pass: false, leaves: { a: true, b: false }, unmet: ['b'] };
    const p = reduce(lesson, initialState(1), { type: 'checked', result: fail, attempt: true, say: { kind: 'progress', done: 'Pod `x` exists.', left: 1, next: 'Pod `y` does not exist yet.' } }, 'en');
    expect(p.out).toEqual([{ turn: { kind: 'tutor', markdown: '✓ Pod `x` exists. One thing is left: Pod `y` does not exist yet.' } }]);
    const ko = reduce(lesson, initialState(1), { type: 'checked', result: fail, attempt: true, say: { kind: 'progress', done: '파드 `x` 객체가 있어요.', left: 2, next: '파드 `y` 객체가 아직 없어요.' } }, 'ko');
    expect(ko.out).toEqual([{ turn: { kind: 'tutor', markdown: '✓ 파드 `x` 객체가 있어요. 아직 2가지가 남았어요. 먼저: 파드 `y` 객체가 아직 없어요.' } }]);
    const d = reduce(lesson, initialState(1), { type: 'checked', result: fail, attempt: true, say: { kind: 'diagnosis', rule: 'not-found-near', text: 'There is no Pod `yy` — did you mean `y`?' } }, 'en');
    expect(d.state.lastDiagnosis).toBe('not-found-near');
    expect(JSON.stringify([p.out, d.out])).not.toMatch(/`[ab]`/);
  });

  it('solution: confirm, show, confirm, replay', () => {
    const a = reduce(lesson, initialState(1), { type: 'solution' }, 'en');
    expect(a.state.pending).toBe('solution');
    const b = reduce(lesson, a.state, { type: 'confirm', yes: true }, 'en');
    expect(b.state.pending).toBe('replay');
    const c = reduce(lesson, b.state, { type: 'confirm', yes: true }, 'en');
    expect(c.out).toEqual([{ effect: { type: 'replay-solution', commands: 'make x' } }]);
  });

  it('skip rebuilds at the next step; back rebuilds at the previous exercise', () => {
    const next = reduce(lesson, initialState(1), { type: 'next' }, 'en');
    expect(next.state.step).toBe(2);
    expect(next.out).toContainEqual({ effect: { type: 'rebuild', index: 2 } });
    const back = reduce(lesson, next.state, { type: 'back' }, 'en');
    expect(back.state.step).toBe(1);
    expect(back.out).toContainEqual({ effect: { type: 'rebuild', index: 1 } });
  });
});

describe('hint order (docs/authoring.md §5)', () => {
  const hints = [
    { ko: 'n', en: 'nudge' },
    { when: 'b', ko: 'b', en: 'about b' },
    { diagnosis: 'already-exists', ko: 'a', en: 'use apply' },
    { ko: 'c', en: 'the command' },
  ];
  const order = (unmet: string[], diagnosis?: string) => {
    const shown: number[] = [];
    for (let n = nextHint(hints, shown, unmet, diagnosis); n !== undefined; n = nextHint(hints, shown, unmet, diagnosis)) shown.push(n);
    return shown.map((i) => hints[i].en);
  };

  it('goes from the nudge to the answer as authored', () => {
    expect(order(['a', 'b'])).toEqual(['nudge', 'about b', 'the command']);
  });
  it('puts the hint for the first unmet item first', () => {
    expect(order(['b'])).toEqual(['about b', 'nudge', 'the command']);
  });
  it('puts the hint for the last line\'s diagnosis first, and shows it only then', () => {
    expect(order(['b'], 'already-exists')).toEqual(['use apply', 'about b', 'nudge', 'the command']);
    expect(order(['b'], 'missing-file')).not.toContain('use apply');
  });
  it('never shows a when: hint whose item is met', () => {
    expect(order(['a'])).toEqual(['nudge', 'the command']);
  });
});
