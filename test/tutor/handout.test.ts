// `kubetour handout` over the fake session: the markdown's shape (title, goal, estimate,
// steps, each solution's commands at their prompt with the output the session gave, quizzes
// with answers at the end), and the CLI's refusals in one sentence each.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/tutor/lessons/load.js';
import { HandoutError, playForHandout, renderHandout } from '../../src/tutor/handout/handout.js';
import { runHandoutCli } from '../../src/tutor/cli/handout.js';
import { fakeFactory } from './fake-session.js';
import { memIO } from './mem-io.js';

const GOOD = fileURLToPath(new URL('./fixtures/good/', import.meta.url));
const BROKEN = fileURLToPath(new URL('./fixtures/handout-broken/', import.meta.url));

describe('handout', () => {
  it('renders the lesson with its solutions played and the quiz answers at the end', async () => {
    const loaded = loadLessons(GOOD).find((l) => l.id === '01-fake')!;
    const shown = await playForHandout({ lesson: loaded, lessonsDir: GOOD, lang: 'en', seed: 1, createSession: fakeFactory });
    const md = renderHandout(loaded.lesson!, shown, 'en', 1);
    expect(md).toBe(`# Fake lesson

**Goal:** Create the service \`kubia\`.

Commands and outputs as the simulated cluster gives them on seed 1.

## Step 1

Hello

## Step 2 — Exercise

Create a service \`kubia\`.

### Solution

\`\`\`console
$ svc kubia 80 8080
service/kubia created
\`\`\`

Well done

## Step 3 — Exercise

curl

### Solution

\`\`\`console
$ curl kubia
You've hit kubia-a
\`\`\`

## Step 4 — Exercise

pod

### Solution

\`\`\`console
$ pod web1 web
pod/web1 created
\`\`\`

## Step 5 — Quiz

**Quiz 1.** Question

1. a
2. b

*(Answer at the end of the handout.)*

## Quiz answers

**Quiz 1.** Answer: 2. b

answer explained
`);
    const ko = renderHandout(loaded.lesson!, shown, 'ko', 1);
    expect(ko).toContain('## 2단계 — 실습');
    expect(ko).toContain('**퀴즈 1.** 정답: 2. 나');
  });

  it('refuses a lesson whose solution does not solve its step, naming the step', async () => {
    const loaded = loadLessons(BROKEN)[0];
    await expect(playForHandout({ lesson: loaded, lessonsDir: BROKEN, lang: 'en', seed: 1, createSession: fakeFactory })).rejects.toThrow(HandoutError);
    const io = memIO();
    expect(await runHandoutCli(['01-broken', '--lessons', BROKEN], io.io as any)).toBe(1);
    expect(io.err()).toBe('kubetour handout: lesson 01-broken did not play through on seed 1: step 1 was not solved by its solution\n');
    expect(io.out()).toBe('');
  });

  it('names an unknown lesson, a bad seed or language in one sentence', async () => {
    const cases: [string[], number, string][] = [
      [['nope', '--lessons', GOOD], 1, 'kubetour handout: there is no lesson "nope"; the lessons are: 01-fake, 02-second\n'],
      [['--seed', 'x', '01-fake'], 2, 'kubetour handout: --seed is a whole number, not "x"\n'],
      [['01-fake', '--lang', 'de'], 2, 'kubetour handout: --lang is ko or en, not "de"\n'],
      [[], 2, 'kubetour handout: name a lesson, for example: kubetour handout 01-services > 01-services.md\n'],
    ];
    for (const [args, code, err] of cases) {
      const io = memIO();
      expect(await runHandoutCli(args, io.io as any), args.join(' ')).toBe(code);
      expect(io.err()).toBe(err);
    }
  });
});
