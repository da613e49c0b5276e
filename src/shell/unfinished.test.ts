// A scripted line that ends unfinished gets what `bash -c LINE` (GNU bash 5.2.15) prints, its
// `-c: ` left out, and never runs with the session's own line taken into it.
import { describe, expect, it } from 'vitest';
import { Session } from './session.js';

const CASES: [line: string, output: string, status: number][] = [
  ['if true; then echo hi', 'bash: line 2: syntax error: unexpected end of file\n', 2],
  ['for i in 1; do echo $i', 'bash: line 2: syntax error: unexpected end of file\n', 2],
  ['echo hi |', 'bash: line 2: syntax error: unexpected end of file\n', 2],
  ['echo hi &&', 'bash: line 2: syntax error: unexpected end of file\n', 2],
  ['{ echo hi', 'bash: line 2: syntax error: unexpected end of file\n', 2],
  ['case x in x) echo y;;', 'bash: line 2: syntax error: unexpected end of file\n', 2],
  ['echo "abc', 'bash: line 1: unexpected EOF while looking for matching `"\'\n', 2],
  ['echo `echo hi', "bash: line 1: unexpected EOF while looking for matching ``'\n", 2],
  ["echo $(( '1 ))", "bash: line 1: unexpected EOF while looking for matching `''\n", 2],
  ['echo $(( "1 ))', 'bash: line 1: unexpected EOF while looking for matching `"\'\n', 2],
  ["echo $'((1))", "bash: line 1: unexpected EOF while looking for matching `''\n", 2],
  ['echo ${x', "bash: line 1: unexpected EOF while looking for matching `}'\n", 2],
  ['x=(1 2', "bash: line 1: unexpected EOF while looking for matching `)'\n", 2],
  ['echo hi \\', 'hi \\\n', 0],
  ['cat <<EOF\nabc', "abc\nbash: line 2: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n", 0],
];

describe('an unfinished scripted line', () => {
  it.each(CASES)('%j: what bash -c prints', async (line, output, status) => {
    const s = Session.create({ seed: 1 });
    const r = await s.run(line);
    expect([r.stdout + r.stderr, r.exitCode]).toEqual([output, status]);
  });

  it('leaves the shell answering, with its variables, the next line', async () => {
    const s = Session.create({ seed: 1 });
    await s.run('x=1');
    await s.run('echo "$x');
    expect((await s.run('echo $x $?')).stdout).toBe('1 2\n');
  });
});
