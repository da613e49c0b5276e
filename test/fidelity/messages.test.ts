// kubectl 1.30's own wording for a missing pod in `logs` (its logs helper wraps the server's
// NotFound), as reported by the differential run against the real client.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('kubectl logs of a missing pod', () => {
  it('says where it looked', async () => {
    const r = await runScript('kubectl logs nope');
    expect(r.stderr).toBe('error: error from server (NotFound): pods "nope" not found in namespace "default"\n');
    expect(r.exitCode).toBe(1);
  });
});

// polymorphichelpers mapBasedSelectorForObject (kubectl 1.30), wrapped by expose's
// "couldn't retrieve selectors via --selector flag or introspection: %v"; checked against
// the real kubectl.1.30 through `kubetour serve`.
describe('kubectl expose of an object without a selector', () => {
  it('a pod without labels cannot be exposed', async () => {
    const r = await runScript('kubectl create -f kubia-manual.yaml\nkubectl expose pod kubia-manual --port=80');
    expect(r.stderr).toBe("error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed\n");
    expect(r.exitCode).toBe(1);
  });
  it('a service without a selector cannot be exposed', async () => {
    const r = await runScript('kubectl expose svc kubernetes --name=k2 --port=443');
    expect(r.stderr).toBe("error: couldn't retrieve selectors via --selector flag or introspection: the service has no pod selector set\n");
  });
  it('an empty --selector means "introspect", and an empty --labels means run=NAME', async () => {
    const r = await runScript('kubectl run nolab --image=luksa/kubia --restart=Never --labels=\nkubectl expose pod nolab --port=80 --selector=');
    expect(r.stdout).toBe('pod/nolab created\nservice/nolab exposed\n');
    expect(r.session.cluster.api.get('Service', 'default', 'nolab').spec?.selector).toEqual({ run: 'nolab' });
  });
});

// kubectl describe.go: `describe TYPE NAME` with no exact match runs describeMatchingResources,
// which prints each match as "%s\n"; listed objects are joined with "\n\n" instead.
describe('kubectl describe by name prefix', () => {
  it('prints every pod whose name starts with the prefix, each followed by one newline', async () => {
    const r = await runScript('kubectl describe pod kubia');
    const names = r.session.cluster.api.list('Pod', 'default').map((p) => p.metadata!.name!);
    expect(names).toHaveLength(3);
    const blocks = r.stdout.split(/^(?=Name: )/m);
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(names.map((n) => `Name:             ${n}`));
    for (const b of blocks) expect(b.endsWith('\n\n') && !b.endsWith('\n\n\n')).toBe(true);
    const all = await runScript('kubectl describe pods', { session: r.session });
    expect(all.stdout.split(/\n\n\n(?=Name: )/)).toHaveLength(3);
  });
  it('only the TYPE NAME form looks for prefixes', async () => {
    const r = await runScript('kubectl describe pod/kubia');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Error from server (NotFound): pods "kubia" not found\n');
  });
});

// k8s.io/client-go/util/jsonpath parser.go: parseArray and parseFilter report an action cut
// short before the generic "unclosed action".
describe('jsonpath templates cut short', () => {
  it.each([
    ['{.items[0', 'unterminated array'],
    ['{.items[?(@.x', 'unterminated filter'],
    ['{.items[0].metadata.name', 'unclosed action'],
  ])('%s → %s', async (tpl, msg) => {
    const r = await runScript(`kubectl get pods -o 'jsonpath=${tpl}'`);
    expect(r.stderr).toBe(`error: error parsing jsonpath ${tpl}, ${msg}\n`);
    expect(r.exitCode).toBe(1);
  });
});

// pkg/apis/networking/validation validateIngressRules / validateIngressTLS: a host containing
// `*` is checked with apimachinery's IsWildcardDNS1123Subdomain (1.30 wording); `kubectl create
// ingress` wraps server errors as "failed to create ingress: %v".
describe('wildcard ingress hosts', () => {
  const MSG =
    "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  it.each(['*foo.com', 'foo.*.com', '*.*.foo.com'])('%s is refused with the wildcard message', async (host) => {
    const r = await runScript(`kubectl create ingress w --rule='${host}/=kubia:80'`);
    expect(r.stderr).toBe(`error: failed to create ingress: Ingress.networking.k8s.io "w" is invalid: spec.rules[0].host: Invalid value: "${host}": ${MSG}\n`);
  });
  it('*.foo.com is a valid wildcard host', async () => {
    const r = await runScript(`kubectl create ingress w --rule='*.foo.com/=kubia:80'`);
    expect(r.stdout).toBe('ingress.networking.k8s.io/w created\n');
  });
  it('a manifest gets kubectl\'s "The Ingress … is invalid" form', async () => {
    const yaml = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: w\nspec:\n  tls:\n  - hosts: ["*x.example.com"]\n  rules:\n  - host: "*.example.com"\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: kubia\n            port:\n              number: 80\n';
    const r = await runScript(`cat > w.yaml <<'EOF'\n${yaml}EOF\nkubectl apply -f w.yaml`);
    expect(r.stderr).toBe(`The Ingress "w" is invalid: spec.tls[0].hosts[0]: Invalid value: "*x.example.com": ${MSG}\n`);
  });
});

// kubectl apply.go: a server-side apply reports the operation "serverside-applied".
describe('kubectl apply --server-side', () => {
  it('prints serverside-applied for a new and an existing object', async () => {
    const r = await runScript('kubectl apply --server-side -f kubia-svc.yaml\nkubectl apply --server-side -f kubia-svc.yaml');
    expect(r.stdout).toBe('service/kubia serverside-applied\nservice/kubia serverside-applied\n');
  });
});
