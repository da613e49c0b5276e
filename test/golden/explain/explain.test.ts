// Our `kubectl explain` against what the real kubectl 1.30 printed for the same command
// lines, served the same OpenAPI v3 documents (record-with-kubectl.ts): byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/shell/session.js';
import { EXPLAIN_CASES, goldenName } from './cases.js';

describe('kubectl explain matches kubectl 1.30', () => {
  const session = Session.create({ seed: 1, scenario: 'kubia' });
  for (const args of EXPLAIN_CASES) {
    it(`kubectl explain ${args.join(' ')}`, async () => {
      const golden = JSON.parse(readFileSync(new URL(`./__golden__/${goldenName(args)}`, import.meta.url), 'utf8'));
      const r = await session.run(['kubectl', 'explain', ...args].join(' '));
      expect({ stdout: r.stdout, stderr: r.stderr, code: r.exitCode }).toEqual({ stdout: golden.stdout, stderr: golden.stderr, code: golden.code });
    });
  }
});
