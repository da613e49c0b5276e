// Lines whose lone `$` inside arithmetic would make just-bash's parser loop (and eat memory
// until the process dies) get bash's own error instead; the expected texts are GNU bash 5.2.15's.
import { describe, expect, it } from 'vitest';
import { parserTrap } from './parser-guard.js';
import { Session } from './session.js';

describe('a lone $ in arithmetic', () => {
  it.each([
    ['echo $((1$))', 'bash: 1$: syntax error: invalid arithmetic operator (error token is "$")\n'],
    ['((1$))', 'bash: ((: 1$: syntax error: invalid arithmetic operator (error token is "$")\n'],
    ['((((((echo$ x))))))', 'bash: ((: ((((echo$ x)))): syntax error: invalid arithmetic operator (error token is "$ x))))")\n'],
    ['for ((i=0; i<1$; i++)); do :; done', 'bash: ((: i<1$: syntax error: invalid arithmetic operator (error token is "$")\n'],
  ])('%s is answered as bash answers it, never parsed', async (line, stderr) => {
    expect(parserTrap(line)).toBe(stderr);
    const r = await Session.create({ seed: 1 }).run(line);
    expect([r.stderr, r.exitCode]).toEqual([stderr, 1]);
  });

  it('leaves arithmetic with its own $ alone', () => {
    for (const line of ['((x = 2 + 3)); echo $x', 'echo $(( $x + 1 ))', 'for ((i=0; i<$n; i++)); do :; done', 'echo $(( (1+2) ))']) expect(parserTrap(line), line).toBeUndefined();
  });
});
