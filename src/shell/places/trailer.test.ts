// The line the session adds after each learner line (place.ts, STATE_COMMAND) to read the
// shell's state back: the learner never sees it, whatever their line did to the shell.
import { describe, expect, it } from 'vitest';
import { Session } from '../session.js';

async function run(s: Session, line: string): Promise<[number, string, string]> {
  const r = await s.run(line);
  return [r.exitCode, r.stdout, r.stderr];
}

describe("the session's state line", () => {
  it('is found after the line emptied PATH, and the PATH the learner set stays', async () => {
    const s = Session.create({ seed: 1 });
    const r = await s.run('export PATH=/nowhere');
    expect(r.stdout + r.stderr).toBe('');
    expect((await s.run('declare -p PATH')).stdout).toBe('declare -x PATH="/nowhere"\n');
  });

  it('has no file in /usr/bin or /bin, no hash entry, and is not found when typed', async () => {
    const s = Session.create({ seed: 1 });
    await s.run('cd /tmp');
    // (as GNU bash 5.2 prints an empty table: on stdout, status 0)
    expect(await run(s, 'hash')).toEqual([0, 'hash: hash table empty\n', '']);
    expect((await s.run('ls /usr/bin /bin | grep -c kubetour')).stdout).toBe('0\n');
    expect(await run(s, '__kubetour_state')).toEqual([127, '', 'bash: __kubetour_state: command not found\n']);
    expect(await run(s, 'which __kubetour_state')).toEqual([1, '', '']);
  });
});

// just-bash's own runtimes and the bash builtins it registers as commands are no files on a
// real machine or in the kubia image: `ls /bin` and `which` do not show them.
describe('the programs in /bin', () => {
  const internal = /^(js-exec|html-to-markdown|python3?|sqlite3|alias|unalias|help|history)$/m;
  it('on the laptop and in a pod: no just-bash runtimes, no builtins as files', async () => {
    const s = Session.create({ seed: 1, scenario: 'kubia' });
    expect((await s.run('ls /bin /usr/bin')).stdout).not.toMatch(internal);
    const pod = (await s.run("kubectl get pods -o jsonpath='{.items[0].metadata.name}'")).stdout;
    expect((await s.run(`kubectl exec ${pod} -- ls /bin /usr/bin`)).stdout).not.toMatch(internal);
    expect(await run(s, 'python3 -c 1')).toEqual([127, '', 'bash: python3: command not found\n']);
    expect(await run(s, 'which js-exec')).toEqual([1, '', '']);
    expect(await run(s, 'type history')).toEqual([0, 'history is a shell builtin\n', '']);
    expect((await s.run(`kubectl exec ${pod} -- which node`)).stdout).toBe('/usr/bin/node\n');
  });
});

// GNU bash 5.2.15: `bash -c 'export PATH=/x; echo hi; printf "%s\n" a; pwd; type echo'`
// prints hi, a, the cwd and "echo is a shell builtin": builtins need no PATH.
describe("bash's builtins after PATH lost /usr/bin", () => {
  it('echo, printf and pwd still run; programs are not found', async () => {
    const s = Session.create({ seed: 1 });
    await s.run('cd /tmp');
    await s.run('export PATH=/x');
    expect(await run(s, 'echo hi')).toEqual([0, 'hi\n', '']);
    expect(await run(s, 'printf "%s-%s\\n" a b')).toEqual([0, 'a-b\n', '']);
    expect(await run(s, 'pwd')).toEqual([0, '/tmp\n', '']);
    expect(await run(s, 'type echo')).toEqual([0, 'echo is a shell builtin\n', '']);
    expect(await run(s, 'ls')).toEqual([127, '', 'bash: ls: command not found\n']);
    expect(await run(s, 'echo $(printf x) | cat')).toEqual([127, '', 'bash: cat: command not found\n']);
  });

  it('are not hashed, while programs found on PATH are', async () => {
    const s = Session.create({ seed: 1 });
    await s.run('echo a; printf b; which ls');
    expect((await s.run('hash')).stdout).toBe('hits\tcommand\n   1\t/usr/bin/which\n');
  });

  it('a function of the same name still comes first', async () => {
    const s = Session.create({ seed: 1 });
    await s.run('echo() { printf "fn:%s\\n" "$1"; }');
    expect((await s.run('echo x')).stdout).toBe('fn:x\n');
    expect((await s.run('builtin echo y')).stdout).toBe('y\n');
  });
});
