// The line the session adds after each learner line (place.ts, STATE_COMMAND) to read the
// shell's state back: the learner never sees it, whatever their line did to the shell.
import { describe, expect, it } from 'vitest';
import { Session } from '../session.js';

describe("the session's state line", () => {
  it('is found after the line emptied PATH, and the PATH the learner set stays', async () => {
    const s = Session.create({ seed: 1 });
    const r = await s.run('export PATH=/nowhere');
    expect(r.stdout + r.stderr).toBe('');
    expect((await s.run('declare -p PATH')).stdout).toBe('declare -x PATH="/nowhere"\n');
  });
});
