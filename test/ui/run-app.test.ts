import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { configDirFrom, parseAppFlags, runAppCli } from '../../src/ui/run-app.js';

function io(env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { io: { stdin: new PassThrough(), stdout, stderr, env }, out: () => out, err: () => err };
}

describe('runAppCli', () => {
  it('without a terminal prints one line pointing to `kubetour shell` and exits 2', async () => {
    const x = io();
    expect(await runAppCli([], x.io)).toBe(2);
    expect(x.err()).toBe('kubetour: the tutorial needs an interactive terminal; for scripts and pipes use `kubetour shell` (kubetour shell --help)\n');
    expect(x.out()).toBe('');
  });
  it('says it in Korean for a Korean locale', async () => {
    const x = io({ LANG: 'ko_KR.UTF-8' });
    expect(await runAppCli([], x.io)).toBe(2);
    expect(x.err().split('\n')).toHaveLength(2);
    expect(x.err()).toContain('kubetour shell');
    expect(x.err()).toContain('터미널');
  });
  it('rejects bad flags with one line and exit 2', async () => {
    const x = io();
    expect(await runAppCli(['--lang', 'fr'], x.io)).toBe(2);
    expect(x.err()).toBe('kubetour: --lang must be ko or en\n');
    const y = io();
    expect(await runAppCli(['--frobnicate'], y.io)).toBe(2);
    expect(y.err()).toBe('kubetour: unknown option --frobnicate (see kubetour --help)\n');
    const z = io();
    expect(await runAppCli(['--step', '2'], z.io)).toBe(2);
    expect(z.err()).toBe('kubetour: --step needs --lesson ID (the step of which lesson to start at)\n');
  });
});

describe('flags', () => {
  it('parses every flag, with = or a separate value', () => {
    expect(parseAppFlags(['--lang=ko', '--lesson', '01-services', '--seed', '42', '--reset-progress', '--plain', '--sandbox'])).toEqual({
      flags: { lang: 'ko', lesson: '01-services', seed: 42, resetProgress: true, plain: true, sandbox: true },
    });
    expect(parseAppFlags(['--seed', 'x'])).toEqual({ error: 'badSeed' });
    expect(parseAppFlags(['--lesson'])).toEqual({ error: 'missingValue', flag: '--lesson' });
  });
  it('--step needs --lesson; its value is the tutor\'s to read (number or id)', () => {
    expect(parseAppFlags(['--lessons', 'my', '--lesson', '01-services', '--step=expose'])).toEqual({
      flags: { lessonsDir: 'my', lesson: '01-services', step: 'expose', resetProgress: false, plain: false, sandbox: false },
    });
    expect(parseAppFlags(['--step', '3'])).toEqual({ error: 'stepNeedsLesson' });
    expect(parseAppFlags(['--lesson', 'x', '--step'])).toEqual({ error: 'missingValue', flag: '--step' });
  });
  it('keeps progress under $XDG_CONFIG_HOME/kubetour, else ~/.config/kubetour', () => {
    expect(configDirFrom({ XDG_CONFIG_HOME: '/x' })).toBe('/x/kubetour');
    expect(configDirFrom({ HOME: '/home/a' })).toBe('/home/a/.config/kubetour');
  });
});
