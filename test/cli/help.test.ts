// `kubetour --help` names every command and option an author or instructor can type: the
// usage is the first documentation they read, so it is checked against each command's own
// usage (what its parser takes), and the app's options against its parser.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PLAY_USAGE } from '../../src/ui/play/play-cli.js';
import { LINT_USAGE } from '../../src/tutor/cli/lint.js';
import { VERIFY_USAGE } from '../../src/tutor/cli/verify.js';
import { PROGRESS_USAGE } from '../../src/tutor/cli/progress.js';
import { CLASS_USAGE } from '../../src/tutor/cli/class.js';
import { HANDOUT_USAGE } from '../../src/tutor/cli/handout.js';
import { NEW_USAGE } from '../../src/tutor/cli/new-lesson.js';
import { parseAppFlags } from '../../src/ui/run-app.js';

function help(): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(r.status).toBe(0);
  return r.stdout;
}

/** The lines of the overall usage about one command (continuation lines included). */
function linesOf(usage: string, command: string): string {
  const out: string[] = [];
  let inside = false;
  for (const line of usage.split('\n')) {
    if (/^ {2}kubetour\b/.test(line)) inside = command === '' ? !/^ {2}kubetour [a-z]/.test(line) : line.startsWith(`  kubetour ${command}`);
    else if (!/^ {3,}/.test(line)) inside = false;
    if (inside) out.push(line);
  }
  return out.join('\n');
}

const flags = (text: string) => [...new Set(text.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? [])].filter((f) => f !== '--help');

describe('kubetour --help', () => {
  const usage = help();

  it.each([
    ['play', PLAY_USAGE],
    ['lint', LINT_USAGE],
    ['verify', VERIFY_USAGE],
    ['progress', PROGRESS_USAGE],
    ['class', CLASS_USAGE],
    ['handout', HANDOUT_USAGE],
    ['new', NEW_USAGE],
  ])('names every option of `kubetour %s`', (command, own) => {
    const ours = linesOf(usage, command);
    expect(ours).not.toBe('');
    // The command's own synopsis: its usage lines and their continuations, not its prose.
    const synopsis = own.split('\n').filter((l) => /^(usage:)?\s*kubetour /.test(l) || /^\s+\[/.test(l));
    expect(flags(synopsis.join('\n')).filter((f) => !ours.includes(f))).toEqual([]);
  });

  it('names every option of the app, and each one it names is taken', () => {
    const app = linesOf(usage, '');
    expect(app).toMatch(/--lesson ID \[--step N\|STEP-ID\] \| --sandbox\] \[--lessons DIR\]/);
    for (const flag of flags(app)) {
      const value = flag === '--lang' ? ['ko'] : ['--seed', '--lesson', '--lessons', '--step'].includes(flag) ? ['1'] : [];
      const argv = flag === '--step' ? ['--lesson', 'x', flag, ...value] : [flag, ...value];
      expect(parseAppFlags(argv), flag).toHaveProperty('flags');
    }
  });

  it('documents a lesson\'s shell from an author\'s folder', () => {
    expect(usage).toMatch(/kubetour shell .*\[--lesson ID \[--step N\|STEP-ID\] \[--lessons DIR\]\]/);
  });
});
