// A lesson whose own commands never finish (here an RSA key of 99,999,999 bits, which the
// simulated openssl, like a real one, would take forever to make) is stopped by the script
// time budget: verify names the step and the command, and the app, asked for the solution,
// says so in a sentence and goes on.
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runVerifyCli } from '../../src/tutor/cli/verify.js';
import { shellSessionFactory } from '../../src/tutor/engine/session-factory.js';
import { scriptBudget } from '../../src/tutor/engine/build-session.js';
import { Tutor } from '../../src/tutor/index.js';
import { memIO } from './mem-io.js';

const SLOW = fileURLToPath(new URL('./fixtures/slow/', import.meta.url));
const was = scriptBudget.ms;
beforeEach(() => void (scriptBudget.ms = 300));
afterEach(() => void (scriptBudget.ms = was));

describe('the time budget of a lesson step’s commands', () => {
  it('verify stops the command and names the step and the command', async () => {
    const m = memIO();
    expect(await runVerifyCli([SLOW], m.io as any, shellSessionFactory)).toBe(1);
    expect(m.out()).toContain('key   solution  FAIL  "openssl genrsa -out k.key 99999999" ran longer than 0.3 s and was stopped');
  });

  it('the app shows what ran, ^C, one sentence in the learner’s language, and the session answers after', async () => {
    for (const [lang, sentence] of [
      ['en', 'Stopped `openssl genrsa -out k.key 99999999` after 0.3 seconds: the lesson ran it for step 1/1 of “A slow lesson”'],
      ['ko', '`openssl genrsa -out k.key 99999999` 명령을 0.3초 만에 멈췄습니다. “느린 레슨” 레슨의 1/1 단계에서'],
    ] as const) {
      const t = await Tutor.open({ lessonsDir: SLOW, lessonId: '01-slow', configDir: mkdtempSync(join(tmpdir(), 'kubetour-budget-')), lang, env: {} });
      await t.input('/solution');
      const turns = [...(await t.input('y'))];
      if (!turns.some((x) => x.kind === 'command')) turns.push(...(await t.input('y'))); // shown, then asked whether to run it
      const texts = turns.map((x) => ('markdown' in x ? x.markdown : 'input' in x ? `$ ${x.input}` : 'stdout' in x ? x.stdout + x.stderr : x.kind)).join('\n');
      expect(texts).toContain('$ openssl genrsa -out k.key 99999999');
      expect(texts).toContain('^C');
      expect(texts).not.toContain('$ echo never'); // the rest of the script does not run
      expect(texts).toContain(sentence);
      const after = await t.input('echo still here');
      expect(JSON.stringify(after)).toContain('still here');
    }
  });
});
