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

/** Every property of every object in the schema, with its path, resolved through $ref. */
function properties(schema: Record<string, any>): { path: string; prop: Record<string, any> }[] {
  const defs: Record<string, any> = schema.$defs ?? {};
  const out: { path: string; prop: Record<string, any> }[] = [];
  const seen = new Set<object>();
  const walk = (node: any, path: string) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
    for (const [name, prop] of Object.entries<any>(node.properties ?? {})) {
      out.push({ path: `${path}.${name}`, prop });
      walk(prop, `${path}.${name}`);
    }
    for (const key of ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) walk(node[key], `${path}/${key}`);
    if (typeof node.$ref === 'string') walk(defs[node.$ref.replace('#/$defs/', '')], path);
  };
  walk(schema, '');
  return out;
}

describe('the schema editors show', () => {
  const schema = lessonJsonSchema() as Record<string, any>;
  const defs: Record<string, any> = schema.$defs ?? {};
  const described = (p: Record<string, any>) => !!p.description || (typeof p.$ref === 'string' && !!defs[p.$ref.replace('#/$defs/', '')]?.description);

  it('describes every property (shown on hover)', () => {
    const all = properties(schema);
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter((p) => !described(p.prop)).map((p) => p.path)).toEqual([]);
  });

  it('lists the scenarios and the home directory manifests', () => {
    const start = schema.properties.start;
    expect(start.properties.scenario.enum).toEqual(['kubia', 'empty']);
    const manifest = start.properties.manifests.items;
    expect(manifest.anyOf[0].enum).toContain('kubia-svc.yaml');
    expect(manifest.anyOf[0].enum).toContain('kubia-ingress-tls.yaml');
  });
});
