// kubectl 1.30's own wording for a missing pod in `logs` (its logs helper wraps the server's
// NotFound), as reported by the differential run against the real client.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('kubectl logs of a missing pod', () => {
  it('says where it looked', async () => {
    const r = await runScript('kubectl logs nope');
    expect(r.stderr).toBe('error: error from server (NotFound): pods "nope" not found in namespace "default"\n');
    expect(r.exitCode).toBe(1);
  });
});
