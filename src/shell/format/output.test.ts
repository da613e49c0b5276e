// Expectations recorded from kubectl 1.30 where noted.
import { describe, it, expect } from 'vitest';
import { formatOutput, resourceName } from './output.js';

const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia' }, spec: { clusterIP: '10.111.249.153', ports: [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'https', port: 443, targetPort: 'https' }] } };
const ok = (r: ReturnType<typeof formatOutput>) => (r.ok ? r.stdout : `ERR ${r.stderr}`);

describe('-o output', () => {
  it('name', () => {
    expect(ok(formatOutput('name', [svc], { asList: true }))).toBe('service/kubia\n');
    expect(resourceName(undefined, { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'kubia' } })).toBe('ingress.networking.k8s.io/kubia');
  });

  it('lists are wrapped in a v1 List', () => {
    expect(ok(formatOutput('yaml', [], { asList: true }))).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
    expect(ok(formatOutput('json', [], { asList: true }))).toBe('{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
  });

  it('jsonpath', () => {
    expect(ok(formatOutput('jsonpath={.spec.clusterIP}', [svc], { asList: false }))).toBe('10.111.249.153');
    expect(ok(formatOutput('jsonpath={.spec.ports[*].port}', [svc], { asList: false }))).toBe('80 443');
    expect(ok(formatOutput('jsonpath={range .spec.ports[*]}{.name}{"\\t"}{.targetPort}{"\\n"}{end}', [svc], { asList: false }))).toBe('http\t8080\nhttps\thttps\n');
    expect(ok(formatOutput('jsonpath={.spec.ports[?(@.name=="https")].port}', [svc], { asList: false }))).toBe('443');
    expect(ok(formatOutput('jsonpath={.items[*].metadata.name}', [svc, svc], { asList: true }))).toBe('kubia kubia');
    expect(ok(formatOutput('jsonpath={.foo}', [svc], { asList: false }))).toBe('');
    expect(ok(formatOutput('jsonpath={.metadata}', [svc], { asList: false }))).toBe('{"name":"kubia"}');
  });

  it('jsonpath errors use kubectl wording', () => {
    expect(ok(formatOutput('jsonpath={.foo', [svc], { asList: false }))).toBe('ERR error: error parsing jsonpath {.foo, unclosed action\n');
    const r = formatOutput('jsonpath={.spec.ports[5]}', [svc], { asList: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.stderr.startsWith('error: error executing jsonpath "{.spec.ports[5]}": Error executing template: array index out of bounds: index 5, length 2. Printing more information for debugging the template:\n')).toBe(true);
  });
});

describe('-o custom-columns (recorded from kubectl 1.30)', () => {
  it('prints one row per object, joins several results with ",", <none> for missing', () => {
    const named = { ...svc, metadata: { name: 'kubia-named' }, spec: { ...svc.spec, selector: { app: 'kubia' } } };
    expect(ok(formatOutput('custom-columns=NAME:.metadata.name,PORTS:.spec.ports[*].port,X:.foo,M:.spec.selector', [named], { asList: false }))).toBe(
      'NAME          PORTS    X        M\nkubia-named   80,443   <none>   map[app:kubia]\n',
    );
    expect(ok(formatOutput('custom-columns=NAME:{.metadata.name}', [svc], { asList: true, noHeaders: true }))).toBe('kubia\n');
  });

  it('errors', () => {
    expect(ok(formatOutput('custom-columns=NAME', [svc], { asList: false }))).toBe('ERR error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n');
    expect(ok(formatOutput('custom-columns=', [svc], { asList: false }))).toBe('ERR error: custom-columns format specified but no custom columns given\n');
    const r = formatOutput('custom-columns=NAME:.metadata.name,P:.spec.ports[5]', [svc], { asList: false });
    expect(r).toEqual({ ok: false, stdout: 'NAME   P\n', stderr: 'error: array index out of bounds: index 5, length 2\n' });
    // The paths are parsed when printing: the header comes first. A path is all after the first ':'.
    expect(formatOutput('custom-columns=A:.metadata.name,B:.spec[', [svc], { asList: false })).toEqual({ ok: false, stdout: 'A     B\n', stderr: 'error: unterminated array\n' });
    expect(ok(formatOutput('custom-columns=A:.metadata.name:x', [svc], { asList: false }))).toBe('A\n<none>\n');
  });
});

describe('--allow-missing-template-keys=false (recorded from kubectl 1.30)', () => {
  it('jsonpath: a field found in none of its inputs is not found; custom-columns still allow it', () => {
    const r = formatOutput('jsonpath={.metadata.name}{.spec.nope}', [svc], { asList: false, allowMissingKeys: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.stderr.split('\n')[0]).toBe('error: error executing jsonpath "{.metadata.name}{.spec.nope}": Error executing template: nope is not found. Printing more information for debugging the template:');
    expect(ok(formatOutput('jsonpath={.items[*].nope}', [], { asList: true, allowMissingKeys: false }))).toBe('');
    expect(ok(formatOutput('custom-columns=A:.nope', [svc], { asList: false, allowMissingKeys: false }))).toBe('A\n<none>\n');
  });
});

describe('-o custom-columns-file (recorded from kubectl 1.30)', () => {
  const file = (text: string | undefined, noHeaders = false) => formatOutput('custom-columns-file=f', [svc], { asList: false, noHeaders, columnsFile: { text } });
  it('reads headers from the first line and paths from the second, split at white space; always with the header', () => {
    expect(ok(file('NAME   IP  PORTS\nmetadata.name {.spec.clusterIP} .spec.ports[*].port\nmore\n', true))).toBe('NAME    IP               PORTS\nkubia   10.111.249.153   80,443\n');
    expect(ok(file('\ufeffA:B\tC,D\r\n.metadata.name .spec.clusterIP'))).toBe('\ufeffA:B    C,D\nkubia   10.111.249.153\n');
  });
  it('errors', () => {
    const how = 'Expected format is one line of space separated headers, one line of space separated column specs.';
    expect(ok(file(''))).toBe(`ERR error: invalid template, missing header line. ${how}\n`);
    expect(ok(file(undefined))).toBe(`ERR error: invalid template, missing header line. ${how}\n`);
    expect(ok(file('NAME\n'))).toBe(`ERR error: invalid template, missing spec line. ${how}\n`);
    expect(ok(file('NAME TYPE\n.metadata.name\n'))).toBe("ERR error: number of headers (2) and field specifications (1) don't match\n");
    expect(ok(file('A\n{.metadata.name}}\n'))).toBe("ERR error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n");
  });
});
