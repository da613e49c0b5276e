// Golden-file helper for kubectl transcripts: compares with test/golden/kubectl/<name>.txt;
// UPDATE_GOLDEN=1 re-records. Every recorded file was read against the fact sheet before
// it was kept — a golden guards what was checked, it does not prove it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const dir = dirname(fileURLToPath(import.meta.url));

export function expectGolden(name: string, actual: string): void {
  const file = join(dir, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
