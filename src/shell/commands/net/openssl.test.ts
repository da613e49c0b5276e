// openssl checks its options' values as it reads them, before any work: a bad -days makes no key.
import { describe, expect, it } from 'vitest';
import { Session } from '../../session.js';

describe('openssl req', () => {
  it('refuses a negative -days before it makes a key (no privkey.pem is written)', async () => {
    const s = Session.create({ seed: 1 });
    const r = await s.run('cd /tmp && openssl req -new -nodes -days -1 -subj /CN=kubia.example.com');
    expect([r.stderr, r.exitCode]).toEqual(['req: Invalid number "-1" for option -days\nreq: Use -help for summary.\n', 1]);
    expect((await s.run('ls /tmp/privkey.pem')).exitCode).not.toBe(0);
  });
});
