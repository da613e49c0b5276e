// The committed passages of the taught document must be what splitDocument makes of
// docs/source/services.ko.md today. KUBETOUR_UPDATE_DOCUMENT=1 rewrites the data file.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitDocument } from './document.js';

const SOURCE = new URL('../../../docs/source/services.ko.md', import.meta.url);
const DATA = new URL('./data/document.ko.json', import.meta.url);

describe('the taught document as passages', () => {
  it('data/document.ko.json is up to date with docs/source/services.ko.md', () => {
    const fresh = `${JSON.stringify(splitDocument(readFileSync(SOURCE, 'utf8')), null, 1)}\n`;
    if (process.env.KUBETOUR_UPDATE_DOCUMENT === '1') writeFileSync(DATA, fresh);
    expect(readFileSync(DATA, 'utf8')).toBe(fresh);
  });

  it('keeps code out of the quoted text and under its section', () => {
    const ps = splitDocument('## A\nsome prose here that is long enough to stand alone as a passage.\n~~~\n# not a heading\n$ kubectl get svc\n~~~\n## B\nmore prose, also long enough to be a passage of its own here.\n');
    expect(ps).toEqual([
      { section: 'A', text: 'some prose here that is long enough to stand alone as a passage.', code: '# not a heading\n$ kubectl get svc' },
      { section: 'B', text: 'more prose, also long enough to be a passage of its own here.', code: '' },
    ]);
  });
});
