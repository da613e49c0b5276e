import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Turn } from '../tutor/types.js';
import { lessonReloadWatch } from './lesson-reload-watch.js';

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the app\'s watch on --lessons DIR', () => {
  it('passes a saved lesson file to the tutor and shows its offer in the conversation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubetour-watch-'));
    writeFileSync(join(dir, '01-a.yaml'), 'id: 01-a\n');
    const seen: string[][] = [];
    const offer: Turn = { kind: 'tutor', markdown: 'changed' };
    const tutor = Promise.resolve({ lessonFilesChanged: (files: string[]) => (seen.push(files), [offer]) });
    const shown: Turn[] = [];
    const w = lessonReloadWatch(dir, tutor, 20);
    w.start({ addTurns: (t) => shown.push(...t) });
    await tutor;
    await new Promise((r) => setTimeout(r, 50));
    writeFileSync(join(dir, '01-a.yaml'), 'id: 01-a\n# edited\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a lesson');
    await until(() => shown.length > 0);
    w.close();
    expect(seen).toEqual([[join(dir, '01-a.yaml')]]);
    expect(shown).toEqual([offer]);
  });

  it('watches nothing without --lessons DIR, and nothing once closed', async () => {
    let asked = 0;
    const tutor = Promise.resolve({ lessonFilesChanged: () => (asked++, []) });
    const dir = mkdtempSync(join(tmpdir(), 'kubetour-watch-'));
    const none = lessonReloadWatch(undefined, tutor, 10);
    none.start({ addTurns: () => undefined });
    const closed = lessonReloadWatch(dir, tutor, 10);
    closed.close();
    closed.start({ addTurns: () => undefined });
    await tutor;
    await new Promise((r) => setTimeout(r, 30));
    writeFileSync(join(dir, '01-a.yaml'), 'x');
    await new Promise((r) => setTimeout(r, 100));
    expect(asked).toBe(0);
    none.close();
  });
});
