// lessons/schema.json is generated from the zod schema; this fails when it is stale.
// Regenerate: KUBETOUR_UPDATE_SCHEMA=1 npx vitest run test/tutor/schema-json.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonJsonSchema } from '../../src/tutor/schema.js';

const FILE = new URL('../../lessons/schema.json', import.meta.url);

describe('lessons/schema.json', () => {
  it('matches the zod schema', () => {
    const want = JSON.stringify(lessonJsonSchema(), null, 2) + '\n';
    if (process.env.KUBETOUR_UPDATE_SCHEMA) writeFileSync(FILE, want);
    let have = '';
    try {
      have = readFileSync(FILE, 'utf8');
    } catch {
      // missing: reported by the comparison below
    }
    expect(have, 'lessons/schema.json is stale: run with KUBETOUR_UPDATE_SCHEMA=1').toBe(want);
  });
});
