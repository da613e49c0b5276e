import { describe, expect, it } from 'vitest';
import { parseDocument, readText, splitDocuments, type ManifestRead } from './manifest.js';

// Expected texts recorded from kubectl v1.30.13 (`kubectl create -f F --validate=false`).
describe('YAML errors in go-yaml words', () => {
  it('bad indentation: did not find expected key, one line earlier (parser error)', () => {
    expect(parseDocument('apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\n spec:\n  ports:\n  - port: 80\n')).toEqual({ error: 'line 4: did not find expected key' });
  });
  it('a tab: found character that cannot start any token, on its own line (scanner error)', () => {
    expect(parseDocument('apiVersion: v1\nkind: Service\nmetadata:\n\tname: kubia\n')).toEqual({ error: 'line 4: found character that cannot start any token' });
  });
  it('mapping values on line 1: no line number', () => {
    expect(parseDocument('a: b: c\n')).toEqual({ error: 'mapping values are not allowed in this context' });
  });
  it('unclosed quote: unexpected end of stream', () => {
    expect(parseDocument('a: "abc\nb: 1\n')).toEqual({ error: 'line 3: found unexpected end of stream' });
  });
  it('a sequence item out of place', () => {
    expect(parseDocument('a:\n  - 1\n - 2\n')).toEqual({ error: 'line 2: did not find expected key' });
  });
  it('counts lines from the start of the document, as the real reader does', () => {
    const out: ManifestRead = { items: [], errors: [] };
    readText('---\napiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\n spec:\n', 'multi.yaml', out);
    expect(out.items).toHaveLength(1);
    expect(out.errors).toEqual(['error parsing multi.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key']);
  });
});

describe('documents', () => {
  it('splits on --- and skips empty documents', () => {
    expect(splitDocuments('---\na: 1\n---\n\n---\nb: 2\n')).toEqual(['a: 1', 'b: 2\n']);
  });
  it('unpacks a List and flags kinds that are not served', () => {
    const out: ManifestRead = { items: [], errors: [] };
    readText(
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n- apiVersion: extensions/v1beta1\n  kind: Ingress\n  metadata: {name: kubia}\n',
      'list.yaml',
      out,
    );
    expect(out.items.map((i) => i.info?.kind)).toEqual(['Service', undefined]);
    expect(out.items[1].mappingError).toBe(
      'resource mapping not found for name: "kubia" namespace: "" from "list.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first',
    );
  });
  it('reports a missing apiVersion as client-side validation does', () => {
    const out: ManifestRead = { items: [], errors: [] };
    readText('kind: Service\nmetadata:\n  name: kubia\n', 'noapi.yaml', out);
    expect(out.errors).toEqual([
      'error validating "noapi.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false',
    ]);
  });
});

describe('indentation mistakes (texts recorded from kubectl v1.30.13)', () => {
  const doc = (...lines: string[]) => `${lines.join('\n')}\n`;
  it('a key dedented into an empty mapping value', () => {
    expect(parseDocument(doc('apiVersion: v1', 'kind: Service', 'metadata:', '  name: kubia', '  labels:', '    app: kubia', '  spec:', ' ports:'))).toEqual({ error: 'line 7: did not find expected key' });
  });
  it('a list item key one column short', () => {
    expect(parseDocument(doc('apiVersion: v1', 'kind: Service', 'metadata:', '  name: kubia', 'spec:', '  ports:', '  - port: 80', '   targetPort: 8080'))).toEqual({ error: 'line 7: did not find expected key' });
  });
  it('a list item key one column too deep', () => {
    expect(parseDocument(doc('apiVersion: v1', 'kind: Service', 'metadata:', '  name: kubia', 'spec:', '  ports:', '  - port: 80', '     targetPort: 8080'))).toEqual({ error: 'line 8: mapping values are not allowed in this context' });
  });
  it('accepts valid layouts: sequences at the parent column, block scalars, continued scalars', () => {
    const ok = doc('a:', '- b: 1', '  c: 2', 'd: |', '  x:', '     y: z', 'e: some long', '  text continued', 'f:', '  - |', '    free: text', '  - g: 1');
    expect(parseDocument(ok)).toEqual({ value: expect.any(Object) });
  });
});
