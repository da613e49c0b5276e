import { describe, expect, it } from 'vitest';
import { InMemoryFs } from 'just-bash';
import { fsGeneration, watchWrites } from './fs-generation.js';

describe('fsGeneration', () => {
  it('stays put while files are only read, and moves on every kind of write', async () => {
    const fs = new InMemoryFs({ '/etc/hosts': '127.0.0.1 localhost\n' });
    expect(fsGeneration(fs)).toBeUndefined();
    watchWrites(fs);
    watchWrites(fs);
    let g = fsGeneration(fs)!;
    await fs.readFile('/etc/hosts');
    await fs.exists('/usr/bin/x');
    expect(fsGeneration(fs)).toBe(g);
    const writes: (() => unknown)[] = [
      () => fs.writeFile('/a', 'x'),
      () => fs.appendFile('/a', 'y'),
      () => fs.mkdir('/d'),
      () => fs.chmod('/a', 0o755),
      () => fs.symlink('/a', '/l'),
      () => fs.cp('/a', '/b'),
      () => fs.mv('/b', '/c'),
      () => fs.rm('/c'),
      () => fs.writeFileSync('/s', 'z'),
      () => fs.mkdirSync('/e'),
    ];
    for (const w of writes) {
      await w();
      const now = fsGeneration(fs)!;
      expect(now).toBeGreaterThan(g);
      g = now;
    }
    expect(await fs.readFile('/a')).toBe('xy');
  });
});
