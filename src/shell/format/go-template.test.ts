// -o go-template as kubectl 1.30 prints it; each expectation was read from the real
// kubectl.1.30 through `kubetour serve` (the differential test repeats them end to end).
import { describe, expect, it } from 'vitest';
import { executeGoTemplate, TemplateParseError } from './go-template.js';
import { goFloat, goSprintf } from './go-fmt.js';

const svc = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
  spec: { type: 'ClusterIP', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
};
const run = (t: string) => executeGoTemplate(t, svc);
/** The parse error a template text gets. */
const parse = (t: string) => {
  try {
    run(t);
  } catch (e) {
    return (e as TemplateParseError).message;
  }
};

describe('go-template', () => {
  it('prints fields, maps and lists as Go does; a missing key is <no value>', () => {
    expect(run('{{.metadata.labels}}|{{.spec.ports}}|{{.spec.nope}}|{{.metadata.nope.bar}}').out).toBe(
      'map[component:apiserver provider:kubernetes]|[map[name:https port:443 protocol:TCP targetPort:6443]]|<no value>|<no value>',
    );
  });
  it('runs range, if/else, with, variables, pipelines and the builtins', () => {
    expect(run('{{range $k, $v := .metadata.labels}}{{$k}}={{$v}};{{end}}').out).toBe('component=apiserver;provider=kubernetes;');
    expect(run('{{if eq .spec.type "ClusterIP"}}yes{{else}}no{{end}}{{with .nope}}x{{else}} none{{end}}').out).toBe('yes none');
    expect(run('{{len .spec.ports}} {{index .metadata.labels "zzz"}} {{.spec.ports | len}} {{$n := .metadata.name}}{{$n}}').out).toBe('1 <no value> 1 kubernetes');
    expect(run('{{and .spec.type .spec.nope}}|{{or .spec.nope "d"}}|{{not .spec.type}}|{{print 1 2 "a" "b" 3}}').out).toBe('<no value>|d|false|1 2ab3');
    expect(run('{{- .metadata.name -}}   {{ .spec.type }}').out).toBe('kubernetesClusterIP');
    expect(run('{{if exists . "spec" "type"}}E{{end}}{{1.5}} {{1e6}} {{-3}}').out).toBe('E1.5 1e+06 -3');
  });
  it('object numbers are int64: %d works, and they do not equal a float constant', () => {
    expect(run('{{printf "%d|%5.1f|%-4s|%q" (index .spec.ports 0).port 2.25 "ab" "x"}}').out).toBe('443|  2.2|ab  |"x"');
    expect(run('{{if eq (index .spec.ports 0).port 443.0}}y{{end}}').error).toBe(
      'template: output:1:5: executing "output" at <eq (index .spec.ports 0).port 443.0>: error calling eq: incompatible types for comparison',
    );
  });
  it('reports execution errors at the node, with its position', () => {
    expect(run('{{.spec.type.x}}').error).toBe('template: output:1:7: executing "output" at <.spec.type.x>: can\'t evaluate field x in type interface {}');
    expect(run('{{index .spec.ports 3}}').error).toBe('template: output:1:2: executing "output" at <index .spec.ports 3>: error calling index: index out of range: 3');
    expect(run('ok {{range .spec.type}}x{{end}}')).toEqual({ out: 'ok ', error: 'template: output:1:16: executing "output" at <.spec.type>: range can\'t iterate over ClusterIP' });
  });
  it('reports parse errors as text/template does', () => {
    expect(parse('{{.metadata.name')).toBe('template: output:1: unclosed action');
    expect(parse('{{.metadata.name}}{{end}}')).toBe('template: output:1: unexpected {{end}}');
    expect(parse('{{nosuch .x}}')).toBe('template: output:1: function "nosuch" not defined');
    expect(parse('{{$n}}')).toBe('template: output:1: undefined variable "$n"');
    expect(parse('{{range .x}}')).toBe('template: output:1: unexpected EOF');
  });
});

describe('go-template named templates (define, template, block)', () => {
  it('runs a template with the pipeline as dot and only $ defined; without a pipeline dot has no value', () => {
    expect(run('{{define "a"}}A{{.metadata.name}}{{end}}x{{template "a" .}}y{{template "a"}}').out).toBe('xAkubernetesyA<no value>');
    expect(run('{{block "b" .spec}}B{{.type}}{{end}}|{{template "b" .metadata}}').out).toBe('BClusterIP|B<no value>');
    expect(run('{{define "a"}}{{$}}{{end}}{{template "a" 5}}').out).toBe('5');
    expect(run('{{template "a" $x := 5}}{{define "a"}}{{.}}{{end}}{{$x}}').out).toBe('55');
  });
  it('a body replaces an empty one of the same name, the text itself included ("output")', () => {
    expect(run('{{define "a"}}1{{end}}{{define "a"}} {{end}}{{template "a"}}').out).toBe('1');
    expect(run('  {{define "output"}}OUT{{end}}  ').out).toBe('OUT');
  });
  it('names the template executing in its errors, at the position in the whole text', () => {
    expect(run('{{define "a"}}{{.nope.x.y}}{{.kind.x}}{{end}}ok{{template "a" .}}')).toEqual({
      out: 'ok<no value>',
      error: 'template: output:1:34: executing "a" at <.kind.x>: can\'t evaluate field x in type interface {}',
    });
    expect(run('{{template "x"}}').error).toBe('template: output:1:11: executing "output" at <{{template "x"}}>: template "x" not defined');
  });
  it('reports a recursion that never ends at text/template\'s depth, in the template making the call', () => {
    expect(run('{{define "a"}}{{template "a" .}}{{end}}{{template "a" .}}').error).toBe(
      'template: output:1:25: executing "a" at <{{template "a" .}}>: exceeded maximum template depth (100000)',
    );
    // b → a → b …: call 100000 (counting from 0, even) is a's call of b; started at a, b's call of a.
    expect(run('{{define "a"}}{{template "b" .}}{{end}}{{define "b"}}{{template "a" .}}{{end}}{{template "b" .}}').error).toBe(
      'template: output:1:25: executing "a" at <{{template "b" .}}>: exceeded maximum template depth (100000)',
    );
    expect(run('{{define "a"}}{{template "b" .}}{{end}}{{define "b"}}{{template "a" .}}{{end}}{{template "a" .}}').error).toBe(
      'template: output:1:64: executing "b" at <{{template "a" .}}>: exceeded maximum template depth (100000)',
    );
  });
  it('reports parse errors as text/template does', () => {
    expect(parse('{{define "a"}}1{{end}}{{define "a"}}2{{end}}')).toBe('template: output:1: template: multiple definition of template "a"');
    expect(parse('z{{define "output"}}OUT{{end}}')).toBe('template: output:1: template: multiple definition of template "output"');
    expect(parse('{{if 1}}{{define "a"}}1{{end}}{{end}}')).toBe('template: output:1: unexpected <define> in command');
    expect(parse('{{define x}}1{{end}}')).toBe('template: output:1: unexpected "x" in define clause');
    expect(parse('{{template x}}')).toBe('template: output:1: unexpected "x" in template clause');
    expect(parse('{{block "b"}}x{{end}}')).toBe('template: output:1: missing value for block clause');
    expect(parse('{{$x := 1}}{{define "a"}}{{$x}}{{end}}')).toBe('template: output:1: undefined variable "$x"');
    expect(parse('{{define "a"}}x{{else}}y{{end}}')).toBe('template: output:1: unexpected {{else}} in define clause');
    expect(parse('{{range .x}}{{template "p"}}{{end}}{{define "p"}}{{break}}{{end}}')).toBe('template: output:1: {{break}} outside {{range}}');
    expect(parse('{{define "a"}}{{end}}{{template "a" | len}}')).toBe('template: output:1: unexpected "|" in template clause');
  });
});

describe('--allow-missing-template-keys=false (missingkey=error)', () => {
  it('a missing map key fails at its field; index still gives no value', () => {
    expect(executeGoTemplate('{{.metadata.name}}|{{.metadata.nope}}', svc, true)).toEqual({
      out: 'kubernetes|',
      error: 'template: output:1:30: executing "output" at <.metadata.nope>: map has no entry for key "nope"',
    });
    expect(executeGoTemplate('{{index .metadata "x"}}', svc, true)).toEqual({ out: '<no value>' });
  });
});

describe("Go's fmt", () => {
  it('formats floats the way %v and %f do', () => {
    expect(goFloat(1e6)).toBe('1e+06');
    expect(goFloat(100000)).toBe('100000');
    expect(goFloat(0.00001)).toBe('1e-05');
    expect(goSprintf('%.1f %.2f', [0.25, 1.005])).toBe('0.2 1.00');
    expect(goSprintf('%v %s', ['a'])).toBe('a %!s(MISSING)');
  });
});
