// Golden-file helper for kubectl transcripts: compares with test/golden/kubectl/<name>.txt;
// UPDATE_GOLDEN=1 re-records. Every recorded file was read against the fact sheet before
// it was kept — a golden guards what was checked, it does not prove it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const dir = dirname(fileURLToPath(import.meta.url));

/**
 * The store's resourceVersion counter depends on how many writes the scenario's history
 * made (cluster-core's business), so transcripts record it as <rv>.
 */
export function normalize(text: string): string {
  return text.replace(/resourceVersion: "\d+"/g, 'resourceVersion: "<rv>"');
}

export function expectGolden(name: string, raw: string): void {
  const actual = normalize(raw);
  const file = join(dir, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
