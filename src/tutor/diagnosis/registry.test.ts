// The registry: every rule's messages exist in both languages with the same placeholders, no
// Korean string puts a particle right after an interpolation, and every rule is exercised
// by the realistic mistakes in test/tutor/diagnosis (in both languages there).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/index.js';
import { RULES } from './registry.js';

const strings = (o: unknown, p = ''): [string, string][] =>
  typeof o === 'string' ? [[p, o]] : o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => strings(v, p ? `${p}.${k}` : k)) : [];
const vars = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

describe('diagnosis rules', () => {
  const en = Object.fromEntries(strings(resources.en.diagnosis));
  const ko = Object.fromEntries(strings(resources.ko.diagnosis));

  it('have unique ids and a template per message in both languages, with the same placeholders', () => {
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      for (const m of r.meta.messages) {
        const key = `rules.${r.meta.id}.${m}`;
        expect(en[key], key).toBeTruthy();
        expect(ko[key], key).toBeTruthy();
        expect(vars(ko[key]), key).toEqual(vars(en[key]));
      }
    }
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('never put a Korean particle right after an interpolation', () => {
    const AFTER_VAR = /\}\}[*`"'」)\]]*(을|를|이|가|은|는|와|과|으로|로|랑|이랑)(?![가-힣])/;
    expect(Object.entries(ko).filter(([, v]) => AFTER_VAR.test(v))).toEqual([]);
  });

  it('are each met by a realistic mistake (test/tutor/diagnosis)', () => {
    const dir = fileURLToPath(new URL('../../../test/tutor/diagnosis/', import.meta.url));
    const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(dir + f, 'utf8')).join('\n');
    const rendered = RULES.filter((r) => !r.meta.messages.some((m) => {
      const head = en[`rules.${r.meta.id}.${m}`].split('{{')[0].trim().slice(0, 20);
      return head.length > 4 ? tests.includes(head) : false;
    }));
    // Rules whose message starts with a value are matched by a later fixed part.
    const byTail = rendered.filter((r) => !r.meta.messages.some((m) => {
      const parts = en[`rules.${r.meta.id}.${m}`].split(/\{\{\w+\}\}/).map((x) => x.trim()).filter((x) => x.length > 12);
      return parts.some((p) => tests.includes(p));
    }));
    expect(byTail.map((r) => r.meta.id)).toEqual([]);
  });
});
