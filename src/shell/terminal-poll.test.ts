import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { keyPoll } from './terminal-poll.js';

/** A terminal whose waiting bytes come out in the given batches, one batch per read. */
function terminal(batches: string[]): (buf: Buffer) => number {
  return (buf) => {
    const next = batches.shift();
    if (next === undefined) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
    return buf.write(next, 'latin1');
  };
}

describe('the terminal poll between statements', () => {
  it('reports Ctrl-C and hands every other key back', () => {
    const stdin = new PassThrough();
    const p = keyPoll(terminal(['ab\x03c']), stdin);
    expect(p.poll()).toBe(true);
    expect(String(stdin.read())).toBe('abc');
  });

  it('nothing typed: no interrupt, nothing handed back', () => {
    const stdin = new PassThrough();
    expect(keyPoll(terminal([]), stdin).poll()).toBe(false);
    expect(stdin.read()).toBeNull();
  });

  // Typed ahead while a line runs: the next line's text, then its Enter, read by two polls
  // before the event loop turns. The Enter must not overtake the text.
  it('keys read by several polls before the app reads any stay in typing order', () => {
    const stdin = new PassThrough();
    const p = keyPoll(terminal(['kubectl exec -it $POD -- bash', '\r']), stdin);
    expect(p.poll()).toBe(false);
    expect(p.poll()).toBe(false);
    expect(String(stdin.read())).toBe('kubectl exec -it $POD -- bash\r');
  });
});
