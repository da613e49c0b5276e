// `kubetour --help` names every command and option an author or instructor can type: the
// usage is the first documentation they read, so it is checked against what the parsers take.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function help(): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('kubetour --help', () => {
  const usage = help();
  it.each([
    ['the app at a step of an author\'s lesson', /^ {2}kubetour \[--lang ko\|en\] \[--lesson ID \[--step N\|STEP-ID\] \| --sandbox\] \[--lessons DIR\]/m],
    ['a lesson\'s shell from an author\'s folder', /kubetour shell .*\[--lesson ID \[--step N\|STEP-ID\] \[--lessons DIR\]\]/],
  ])('documents %s', (_what, line) => {
    expect(usage).toMatch(line);
  });
});
