// Every error row of the fact sheet's §5.3 and the §10 tables, byte for byte (stderr, exit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** kubectl prints its warning before its output: the result keeps that order for the terminal. */
const warnedFirst = (r: { stdout: string; stderr: string; exitCode: number }) => ({
  ...r,
  chunks: [
    { fd: 2, text: r.stderr },
    { fd: 1, text: r.stdout },
  ],
});
import { makeFixture } from './fixture.js';

const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  selector:\n    app: kubia\n  ports:\n  - port: 80\n    targetPort: 8080\n';
const data = (f: string) => readFileSync(new URL(`./data/${f}`, import.meta.url), 'utf8');

function files(): Record<string, string> {
  return {
    'kubia-svc.yaml': SVC,
    'bad.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\n  labels:\n    app: kubia\n  spec:\n ports:\n',
    'tab.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: kubia\n',
    'noapi.yaml': 'kind: Service\nmetadata:\n  name: kubia\n',
    'kubia-ingress.yaml':
      'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: kubia\nspec:\n  rules:\n  - host: kubia.example.com\n    http:\n      paths:\n      - path: /\n        backend:\n          serviceName: kubia-nodeport\n          servicePort: 80\n',
    'kubia-svc-publish-not-ready.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  publishNotReadyEndpoints: true\n  selector:\n    app: kubia\n  ports:\n  - port: 80\n',
    'np40000.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  type: NodePort\n  selector:\n    app: kubia\n  ports:\n  - port: 80\n    nodePort: 40000\n',
    'two-errors.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  type: NodePort\n  ports:\n  - port: 70000\n    nodePort: 40000\n',
    'multi.yaml': `${SVC}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kubia2\nspec:\n  ports:\n  - port: 70000\n    targetPort: 80\n`,
    'tls.cert': data('tls.cert'),
    'tls.key': data('tls.key'),
    'other.key': data('other.key'),
  };
}

async function expectRun(line: string, stderr: string, exitCode = 1, stdout = '', setup: string[] = []) {
  const fx = makeFixture(files());
  for (const s of setup) await fx.kubectl(s);
  const r = await fx.kubectl(line);
  expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout, stderr, exitCode });
}

describe('§5.3 how kubectl prints errors', () => {
  it('get/describe/delete a missing object', async () => {
    await expectRun('get svc x', 'Error from server (NotFound): services "x" not found\n');
    await expectRun('describe svc x', 'Error from server (NotFound): services "x" not found\n');
    await expectRun('delete svc x', 'Error from server (NotFound): services "x" not found\n');
    await expectRun('get ing x', 'Error from server (NotFound): ingresses.networking.k8s.io "x" not found\n');
    await expectRun('get pod x', 'Error from server (NotFound): pods "x" not found\n');
  });
  it('an empty resource type (kubectl expose "", edit "", get "") maps to no resource', async () => {
    for (const verb of ['expose', 'edit', 'get']) await expectRun(`${verb} ""`, 'error: the server doesn\'t have a resource type ""\n');
  });

  it('create -f of an existing object', async () => {
    await expectRun('create -f kubia-svc.yaml', 'Error from server (AlreadyExists): error when creating "kubia-svc.yaml": services "kubia" already exists\n', 1, '', ['create -f kubia-svc.yaml']);
  });
  it('expose onto an existing service', async () => {
    await expectRun('expose svc kubia', 'Error from server (AlreadyExists): services "kubia" already exists\n', 1, '', ['create -f kubia-svc.yaml']);
  });
  it('create service clusterip onto an existing service', async () => {
    await expectRun('create service clusterip kubia --tcp=80:8080', 'error: failed to create ClusterIP service: services "kubia" already exists\n', 1, '', ['create -f kubia-svc.yaml']);
  });
  it('create secret tls onto an existing secret', async () => {
    const line = 'create secret tls tls-secret --cert=tls.cert --key=tls.key';
    await expectRun(line, 'error: failed to create secret secrets "tls-secret" already exists\n', 1, '', [line]);
  });
  it('one invalid object', async () => {
    await expectRun(
      'create -f np40000.yaml',
      'The Service "kubia" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
    );
  });
  it('several field errors: trailing space, then one * line each', async () => {
    const fx = makeFixture(files());
    const r = await fx.kubectl('create -f two-errors.yaml');
    expect(r.stderr.startsWith('The Service "kubia" is invalid: \n* ')).toBe(true);
    expect(r.stderr).toContain('* spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive\n');
    expect(r.exitCode).toBe(1);
  });
  it('errors in a multi-object run are listed as Error from server lines', async () => {
    await expectRun(
      'create -f multi.yaml',
      'Error from server (AlreadyExists): error when creating "multi.yaml": services "kubia" already exists\nError from server (Invalid): error when creating "multi.yaml": Service "kubia2" is invalid: spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive\n',
      1,
      '',
      ['create -f kubia-svc.yaml'],
    );
  });
  it('unknown field (strict decoding)', async () => {
    await expectRun(
      'create -f kubia-svc-publish-not-ready.yaml',
      'Error from server (BadRequest): error when creating "kubia-svc-publish-not-ready.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.publishNotReadyEndpoints"\n',
    );
  });
  it('unknown resource type', async () => {
    await expectRun('get foo', 'error: the server doesn\'t have a resource type "foo"\n');
  });
  it('unknown command, with and without suggestions', async () => {
    await expectRun('foo', 'error: unknown command "foo" for "kubectl"\n\nDid you mean this?\n\ttop\n');
    await expectRun('xyzzy', 'error: unknown command "xyzzy" for "kubectl"\n');
    await expectRun('gte', 'error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\n');
  });
  it('unknown flags', async () => {
    await expectRun('get pods --foo', "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n");
    await expectRun('get pods -z', "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n");
  });
  it('missing file', async () => {
    await expectRun('create -f nofile.yaml', 'error: the path "nofile.yaml" does not exist\n');
    await expectRun('apply -f nofile.yaml', 'error: the path "nofile.yaml" does not exist\n');
  });
  it('-f without a value', async () => {
    await expectRun('create -f', "error: flag needs an argument: 'f' in -f\nSee 'kubectl create --help' for usage.\n");
  });
  it('YAML errors', async () => {
    await expectRun('create -f bad.yaml', 'error: error parsing bad.yaml: error converting YAML to JSON: yaml: line 7: did not find expected key\n');
    await expectRun('create -f tab.yaml', 'error: error parsing tab.yaml: error converting YAML to JSON: yaml: line 4: found character that cannot start any token\n');
  });
  it('no apiVersion', async () => {
    await expectRun(
      'create -f noapi.yaml',
      'error: error validating "noapi.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });
  it('unknown kind/version: the book’s extensions/v1beta1 Ingress (§9.1)', async () => {
    await expectRun(
      'create -f kubia-ingress.yaml',
      'error: resource mapping not found for name: "kubia" namespace: "" from "kubia-ingress.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first\n',
    );
  });
  it('get with no type', async () => {
    await expectRun(
      'get',
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
    );
  });
  it('unknown context', async () => {
    await expectRun('get pods --context foo', 'error: context "foo" does not exist\n');
  });
});

describe('§1 list semantics', () => {
  it('an empty list: message on stderr, exit 0', async () => {
    await expectRun('get svc', 'No resources found in default namespace.\n', 0);
    await expectRun('get svc -n foo', 'No resources found in foo namespace.\n', 0);
    await expectRun('get svc -A', 'No resources found\n', 0);
  });
  it('several names with a missing one: rows, then the error', async () => {
    const fx = makeFixture(files());
    await fx.kubectl('create -f kubia-svc.yaml');
    const r = await fx.kubectl('get svc kubia x --no-headers -o name');
    expect(r).toEqual({ stdout: 'service/kubia\n', stderr: 'Error from server (NotFound): services "x" not found\n', exitCode: 1 });
  });
});

describe('§10.1 create secret tls', () => {
  it('creates the secret from a matching pair', async () => {
    await expectRun('create secret tls tls-secret --cert=tls.cert --key=tls.key', '', 0, 'secret/tls-secret created\n');
    await expectRun('create secret tls tls-secret --cert=tls.cert --key=tls.key --dry-run=client', '', 0, 'secret/tls-secret created (dry run)\n');
  });
  it('fails as the table says', async () => {
    await expectRun('create secret tls tls-secret --cert=tls.cert', 'error: key and cert must be specified\n');
    await expectRun('create secret tls tls-secret --cert=nofile.cert --key=tls.key', 'error: Cannot read file nofile.cert, open nofile.cert: no such file or directory\n');
    await expectRun('create secret tls tls-secret --cert=tls.cert --key=other.key', 'error: tls: private key does not match public key\n');
    await expectRun(
      'create secret tls tls-secret --cert=tls.key --key=tls.cert',
      'error: tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched\n',
    );
    await expectRun('create secret tls --cert=tls.cert --key=tls.key', "error: exactly one NAME is required, got 0\nSee 'kubectl create secret tls -h' for help and examples\n");
  });
});

describe('§10.3 exec', () => {
  it('runs with --, warns without it (1.30), passes the remote exit code through', async () => {
    const fx = makeFixture(files());
    await fx.kubectl('run kubia-manual --image=luksa/kubia');
    fx.execResult = () => ({ stdout: "You've hit kubia-manual\n", stderr: '', exitCode: 0 });
    expect(await fx.kubectl('exec kubia-manual -- curl -s http://kubia')).toEqual({ stdout: "You've hit kubia-manual\n", stderr: '', exitCode: 0 });
    expect(fx.execs.at(-1)).toEqual({ pod: 'kubia-manual', argv: ['curl', '-s', 'http://kubia'] });
    fx.execResult = () => ({ stdout: 'PATH=/usr/bin\n', stderr: '', exitCode: 0 });
    expect(await fx.kubectl('exec kubia-manual env')).toEqual(
      warnedFirst({
      stdout: 'PATH=/usr/bin\n',
      stderr: 'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n',
      exitCode: 0,
      }),
    );
    fx.execResult = () => ({ stdout: '', stderr: '', exitCode: 1 });
    expect(await fx.kubectl('exec kubia-manual -- ping -c 3 10.96.0.1')).toEqual({ stdout: '', stderr: 'command terminated with exit code 1\n', exitCode: 1 });
  });
  it('errors', async () => {
    await expectRun('exec nope -- ls', 'Error from server (NotFound): pods "nope" not found\n');
    await expectRun('exec nope', 'error: you must specify at least one command for the container\n');
    await expectRun('exec', 'error: pod, type/name or --filename must be specified\n');
  });
  it('-it bash enters the pod; without a terminal it warns first', async () => {
    const fx = makeFixture(files());
    await fx.kubectl('run kubia-manual --image=luksa/kubia');
    const r = await fx.kubectl('exec -it kubia-manual -- bash');
    expect(r).toEqual({ stdout: '', stderr: 'Unable to use a TTY - input is not a terminal or the right kind of file\n', exitCode: 0 });
    expect(fx.entered.map((p) => [p.kind, p.name, p.container])).toEqual([['pod', 'kubia-manual', 'kubia-manual']]);
    const t = await fx.kubectl('exec -it kubia-manual -- bash', { tty: true });
    expect(t).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
  it('a missing executable: the runtime error after error:, exit 1', async () => {
    const fx = makeFixture(files());
    await fx.kubectl('run kubia-manual --image=luksa/kubia');
    fx.execResult = () => ({ stdout: '', stderr: '', exitCode: 1, startError: 'OCI runtime exec failed' });
    expect(await fx.kubectl('exec kubia-manual -- nslookup kubia')).toEqual({ stdout: '', stderr: 'error: OCI runtime exec failed\n', exitCode: 1 });
  });
});

describe('§10.4 create / apply / delete messages', () => {
  it('create, apply created/configured/unchanged, the missing-annotation warning', async () => {
    const fx = makeFixture(files());
    expect((await fx.kubectl('apply -f kubia-svc.yaml')).stdout).toBe('service/kubia created\n');
    expect((await fx.kubectl('apply -f kubia-svc.yaml')).stdout).toBe('service/kubia unchanged\n');
    await fx.fs.writeFile('/home/user/kubia-svc.yaml', SVC.replace('targetPort: 8080', 'targetPort: 8081'));
    expect((await fx.kubectl('apply -f kubia-svc.yaml')).stdout).toBe('service/kubia configured\n');
    await fx.kubectl('delete svc kubia');
    expect((await fx.kubectl('create -f kubia-svc.yaml')).stdout).toBe('service/kubia created\n');
    expect(await fx.kubectl('apply -f kubia-svc.yaml')).toEqual(
      warnedFirst({
      stdout: 'service/kubia configured\n',
      stderr:
        'Warning: resource services/kubia is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
      exitCode: 0,
      }),
    );
  });
  it('apply keeps what the server allocated (clusterIP)', async () => {
    const fx = makeFixture(files());
    await fx.kubectl('apply -f kubia-svc.yaml');
    const ip = fx.cluster.api.get('Service', 'default', 'kubia').spec?.clusterIP;
    await fx.fs.writeFile('/home/user/kubia-svc.yaml', SVC.replace('targetPort: 8080', 'targetPort: 8081'));
    await fx.kubectl('apply -f kubia-svc.yaml');
    expect(fx.cluster.api.get('Service', 'default', 'kubia').spec?.clusterIP).toBe(ip);
  });
  it('delete messages; pods --all waits for them to be gone; nothing to delete', async () => {
    const fx = makeFixture(files());
    await fx.kubectl('create -f kubia-svc.yaml');
    expect((await fx.kubectl('delete svc kubia')).stdout).toBe('service "kubia" deleted\n');
    await fx.kubectl('run a --image=luksa/kubia');
    await fx.kubectl('run b --image=luksa/kubia');
    const before = fx.cluster.clock.now();
    expect(await fx.kubectl('delete pods --all')).toEqual({ stdout: 'pod "a" deleted\npod "b" deleted\n', stderr: '', exitCode: 0 });
    expect(fx.cluster.clock.now() - before).toBe(30_000);
    expect(await fx.kubectl('delete pods --all')).toEqual({ stdout: '', stderr: 'No resources found\n', exitCode: 0 });
  });
  it('delete --force warns and force-deletes at once', async () => {
    const fx = makeFixture(files());
    await fx.kubectl('run a --image=luksa/kubia');
    expect(await fx.kubectl('delete pod a --grace-period=0 --force')).toEqual(
      warnedFirst({
      stdout: 'pod "a" force deleted\n',
      stderr: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
      exitCode: 0,
      }),
    );
  });
  it('multi-document files print one line per object; --dry-run=client appends (dry run)', async () => {
    const fx = makeFixture({ 'two.yaml': `${SVC}---\n${SVC.replace('name: kubia', 'name: kubia2')}` });
    expect((await fx.kubectl('create -f two.yaml --dry-run=client')).stdout).toBe('service/kubia created (dry run)\nservice/kubia2 created (dry run)\n');
    expect((await fx.kubectl('create -f two.yaml')).stdout).toBe('service/kubia created\nservice/kubia2 created\n');
  });
  it('create -f - reads stdin', async () => {
    const fx = makeFixture();
    expect((await fx.kubectl('create -f -', { stdin: SVC })).stdout).toBe('service/kubia created\n');
  });
});
