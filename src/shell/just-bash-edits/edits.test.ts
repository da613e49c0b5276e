// `echo $((EXPR))` in the simulated shell against GNU bash 5.2.15 (x86_64): each expected text
// below is what `bash -c 'echo $((EXPR))'` printed (its `line 1: ` dropped: an interactive
// bash, like the learner's, does not say it).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Session } from '../session.js';
import { editedJustBash } from './edits.mjs';

const BASH: readonly [string, string][] = [
  ["1/0", "bash: 1/0: division by 0 (error token is \"0\")\n"],
  ["5%0", "bash: 5%0: division by 0 (error token is \"0\")\n"],
  ["2**64", "0\n"],
  ["2**63", "-9223372036854775808\n"],
  ["65535**65535", "140737488289791\n"],
  ["2**-1", "bash: 2**-1: exponent less than 0 (error token is \"1\")\n"],
  ["1<<63", "-9223372036854775808\n"],
  ["1<<64", "1\n"],
  ["1<<-1", "-9223372036854775808\n"],
  ["1<<65", "2\n"],
  ["8>>-1", "0\n"],
  ["-5/2", "-2\n"],
  ["-5%3", "-2\n"],
  ["9223372036854775807+1", "-9223372036854775808\n"],
  ["~0", "-1\n"],
  ["1<<31", "2147483648\n"],
  ["3**40", "-6289078614652622815\n"],
  ["x=5, x/=0", "bash: x=5, x/=0: division by 0 (error token is \"0\")\n"],
  ["x=2**62, x*=4", "0\n"],
  ["7>>1", "3\n"],
  ["-1>>1", "-1\n"],
  ["(-2)**63", "-9223372036854775808\n"],
  ["1/0 + 3", "bash: 1/0 + 3: division by 0 (error token is \"0 + 3\")\n"],
  ["(1/0)", "bash: (1/0): division by 0 (error token is \"0)\")\n"],
  ["10 / (5-5) * 2", "bash: 10 / (5-5) * 2: division by 0 (error token is \"(5-5) * 2\")\n"],
  ["2**-1 + 4", "bash: 2**-1 + 4: exponent less than 0 (error token is \"+ 4\")\n"],
  ["2**(-1)", "bash: 2**(-1): exponent less than 0 (error token is \")\")\n"],
  ["2**-1*3", "bash: 2**-1*3: exponent less than 0 (error token is \"*3\")\n"],
  ["0x7fffffffffffffff+1", "-9223372036854775808\n"],
  ["0xffffffffffffffff", "-1\n"],
  ["077", "63\n"],
  ["64#_", "63\n"],
  ["16#ffffffffffffffffff", "-1\n"],
  ["99999999999999999999", "7766279631452241919\n"],
  ["(-9223372036854775807-1)/-1", "-9223372036854775808\n"],
  ["(-9223372036854775807-1)%-1", "0\n"],
  ["-(-9223372036854775807-1)", "-9223372036854775808\n"],
  ["0**0", "1\n"],
  ["2**62*2", "-9223372036854775808\n"],
  ["-7%2", "-1\n"],
  ["7%-2", "1\n"],
  ["x=2**62, x+=x, x", "-9223372036854775808\n"],
  ["5 > 3 && 2**70 == 0", "1\n"],
  ["x=9223372036854775807, x+1", "-9223372036854775808\n"],
  ["2**9223372036854775807", "0\n"],
  ["3**9223372036854775807", "-6148914691236517205\n"],
  ["2**-1", "bash: 2**-1: exponent less than 0 (error token is \"1\")\n"],
];

const bundle = dirname(createRequire(import.meta.url).resolve('just-bash'));

describe('the edits of just-bash', () => {
  it('every arithmetic and builtin edit still finds its text in the installed just-bash', () => {
    const entry = join(bundle, 'index.js');
    expect(editedJustBash(entry, readFileSync(entry, 'utf8')).missing).toEqual([]);
  });

  it('the yaml copy inside it is found and quieted', () => {
    const chunks = readdirSync(join(bundle, 'chunks')).map((f) => join(bundle, 'chunks', f));
    const yaml = chunks.filter((f) => readFileSync(f, 'utf8').includes('Keys with collection values'));
    expect(yaml.length).toBeGreaterThan(0);
    for (const f of yaml) expect(editedJustBash(f, readFileSync(f, 'utf8')).missing).toEqual([]);
  });

  it('yq and kubectl apply on a mapping with a collection key print no Node warning on the host', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const s = Session.create({ seed: 1 });
      await s.run('echo "? {a: 1}" | yq .');
      await s.run('kubectl apply -f - <<EOF\n? {a: 1}\n: x\nEOF');
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });
});

describe('arithmetic is bash\'s: 64-bit signed integers', () => {
  it.each(BASH)('$((%s)) prints what bash prints', async (expr, expected) => {
    const s = Session.create({ seed: 1 });
    const r = await s.run(`echo $((${expr}))`);
    expect(r.stdout + r.stderr).toBe(expected);
  });

  it('a value past 2^53 keeps every digit through a variable, let and (( ))', async () => {
    const s = Session.create({ seed: 1 });
    const r = await s.run('x=$((2**62 + 1)); let y=x*2+1; ((z = y - 1)); echo $x $y $z $((x))');
    expect(r.stdout).toBe('4611686018427387905 -9223372036854775805 -9223372036854775806 4611686018427387905\n');
  });

  it.each([
    ['((x = 4 / 0))', 'bash: ((: x = 4 / 0: division by 0 (error token is "0")\n'],
    ['let x=1/0', 'bash: let: x=1/0: division by 0 (error token is "0")\n'],
  ])('%s fails as in bash, with status 1', async (line, stderr) => {
    const s = Session.create({ seed: 1 });
    const r = await s.run(line);
    expect([r.stderr, r.exitCode]).toEqual([stderr, 1]);
  });

  it.each([
    ['((x = 1 << 2)); echo $x', '4\n'],
    ['((x = 1 <<- 2)); echo $x', '4611686018427387904\n'],
    ['if ((1 << 3 > 4)); then echo big; fi', 'big\n'],
    ['for ((i=1; i<(1<<3); i<<=1)); do echo $i; done', '1\n2\n4\n'],
  ])('%s: a shift in (( )), as bash prints it', async (line, out) => {
    const s = Session.create({ seed: 1 });
    const r = await s.run(line);
    expect(r.stdout + r.stderr).toBe(out);
  });

  it('an integer variable keeps every digit', async () => {
    const s = Session.create({ seed: 1 });
    expect((await s.run('declare -i n; n=2**63-1; echo $n')).stdout).toBe('9223372036854775807\n');
  });
});
