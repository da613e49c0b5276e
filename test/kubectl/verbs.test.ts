// The generators, the small verbs and help, through kubectlCommand with the fixture cluster.
// YAML expectations were recorded from kubectl v1.30.13 `--dry-run=client -o yaml`.
import { describe, expect, it } from 'vitest';
import { makeFixture } from './fixture.js';
import { HELP_TEXTS } from '../../src/shell/commands/kubectl/help-texts.js';

const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  selector:\n    app: kubia\n  ports:\n  - port: 80\n    targetPort: 8080\n';
const RC =
  'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: kubia\nspec:\n  replicas: 3\n  selector:\n    app: kubia\n  template:\n    metadata:\n      labels:\n        app: kubia\n    spec:\n      containers:\n      - name: kubia\n        image: luksa/kubia\n        ports:\n        - containerPort: 8080\n';

async function out(line: string | string[], files: Record<string, string> = {}, setup: string[] = []) {
  const fx = makeFixture(files);
  for (const s of setup) await fx.kubectl(s);
  return fx.kubectl(line);
}

describe('generators (--dry-run=client -o yaml, as kubectl 1.30.13 prints them)', () => {
  it('create service nodeport', async () => {
    expect((await out('create service nodeport kubia --tcp=80:8080 --node-port=30123 --dry-run=client -o yaml')).stdout).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: kubia\n  name: kubia\nspec:\n  ports:\n  - name: 80-8080\n    nodePort: 30123\n    port: 80\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: kubia\n  type: NodePort\nstatus:\n  loadBalancer: {}\n',
    );
  });
  it('create service clusterip with a single port and headless', async () => {
    expect((await out('create service clusterip kubia --tcp=80 --dry-run=client -o yaml')).stdout).toContain('  - name: "80"\n    port: 80\n    protocol: TCP\n    targetPort: 80\n');
    expect((await out('create service clusterip h --clusterip=None --dry-run=client -o yaml')).stdout).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: h\n  name: h\nspec:\n  clusterIP: None\n  selector:\n    app: h\n  type: ClusterIP\nstatus:\n  loadBalancer: {}\n',
    );
  });
  it('create service externalname', async () => {
    expect((await out('create service externalname ext --external-name=api.x.com --dry-run=client -o yaml')).stdout).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: ext\n  name: ext\nspec:\n  externalName: api.x.com\n  selector:\n    app: ext\n  type: ExternalName\nstatus:\n  loadBalancer: {}\n',
    );
  });
  it('create service errors', async () => {
    expect(await out('create service clusterip kubia')).toEqual({ stdout: '', stderr: 'error: at least one tcp port specifier must be provided\n', exitCode: 1 });
    expect(await out('create service externalname ext')).toEqual({ stdout: '', stderr: 'error: required flag(s) "external-name" not set\n', exitCode: 1 });
    expect(await out('create service clusterip kubia --tcp=abc')).toEqual({ stdout: '', stderr: 'error: strconv.ParseUint: parsing "abc": invalid syntax\n', exitCode: 1 });
    expect(await out('create service clusterip a b --tcp=80')).toEqual({
      stdout: '',
      stderr: "error: exactly one NAME is required, got 2\nSee 'kubectl create service clusterip -h' for help and examples\n",
      exitCode: 1,
    });
  });
  it('create deployment, namespace, secret generic', async () => {
    expect((await out('create deployment x --image=nginx --dry-run=client -o yaml')).stdout).toBe(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: x\n  name: x\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: x\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: x\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n        resources: {}\nstatus: {}\n',
    );
    expect((await out('create namespace foo --dry-run=client -o yaml')).stdout).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: foo\nspec: {}\nstatus: {}\n');
    expect((await out('create secret generic s --from-literal=a=b --dry-run=client -o yaml')).stdout).toBe('apiVersion: v1\ndata:\n  a: Yg==\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s\n');
    expect((await out('create deployment x --image=nginx')).stdout).toBe('deployment.apps/x created\n');
    expect((await out('create ns foo')).stdout).toBe('namespace/foo created\n');
    expect(await out('create deployment d')).toEqual({ stdout: '', stderr: 'error: required flag(s) "image" not set\n', exitCode: 1 });
    expect(await out('create secret generic s --from-file=tls.key')).toEqual({ stdout: '', stderr: 'error: error reading tls.key: no such file or directory\n', exitCode: 1 });
  });
  it('a bare --dry-run warns (klog line on the virtual clock) and means client', async () => {
    const r = await out('create deployment x --image=nginx --dry-run');
    expect(r.stdout).toBe('deployment.apps/x created (dry run)\n');
    expect(r.stderr).toBe('W1126 09:00:00.000000   12345 helpers.go:703] --dry-run is deprecated and can be replaced with --dry-run=client.\n');
  });
  it('run', async () => {
    expect((await out('run dnsutils --image=tutum/dnsutils --command -- sleep infinity')).stdout).toBe('pod/dnsutils created\n');
    expect((await out('run kubia --image=luksa/kubia --port=8080 --labels=app=kubia,env=debug --restart=Never --dry-run=client -o yaml')).stdout).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: kubia\n    env: debug\n  name: kubia\nspec:\n  containers:\n  - image: luksa/kubia\n    name: kubia\n    ports:\n    - containerPort: 8080\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Never\nstatus: {}\n',
    );
    expect(await out('run x')).toEqual({ stdout: '', stderr: 'error: required flag(s) "image" not set\n', exitCode: 1 });
  });
});

describe('§10.2 expose', () => {
  it('rc: port and targetPort from the container port, selector and labels copied', async () => {
    const r = await out('expose rc kubia --type=LoadBalancer --name kubia-http --dry-run=client -o yaml', { 'rc.yaml': RC }, ['create -f rc.yaml']);
    expect(r.stdout).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: kubia\n  name: kubia-http\nspec:\n  ports:\n  - port: 8080\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: kubia\n  type: LoadBalancer\nstatus:\n  loadBalancer: {}\n',
    );
    expect((await out('expose rc kubia --type=LoadBalancer --name kubia-http', { 'rc.yaml': RC }, ['create -f rc.yaml'])).stdout).toBe('service/kubia-http exposed\n');
  });
  it('pod with --port: targetPort equals port', async () => {
    const r = await out('expose pod kubia-manual --port=80 --dry-run=client -o yaml', {}, ['run kubia-manual --image=luksa/kubia --labels=app=kubia']);
    expect(r.stdout).toContain('  - port: 80\n    protocol: TCP\n    targetPort: 80\n');
    expect(r.stdout).not.toContain('type:');
  });
  it('no port found', async () => {
    expect(await out('expose pod p', {}, ['run p --image=luksa/kubia'])).toEqual({ stdout: '', stderr: "error: couldn't find port via --port flag or introspection\n", exitCode: 1 });
  });
  it('several service ports are named port-1, port-2', async () => {
    const two = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: kubia\n  ports:\n  - name: http\n    port: 80\n    targetPort: 8080\n  - name: https\n    port: 443\n    targetPort: 8443\n';
    const r = await out('expose svc s --name s2 --dry-run=client -o yaml', { 's.yaml': two }, ['create -f s.yaml']);
    expect(r.stdout).toContain('  - name: port-1\n    port: 80\n    protocol: TCP\n    targetPort: 80\n  - name: port-2\n    port: 443\n    protocol: TCP\n    targetPort: 443\n');
  });
});

describe('scale, label, annotate', () => {
  it('scale', async () => {
    expect((await out('scale rc kubia --replicas=5', { 'rc.yaml': RC }, ['create -f rc.yaml'])).stdout).toBe('replicationcontroller/kubia scaled\n');
    expect(await out('scale rc kubia')).toEqual({ stdout: '', stderr: 'error: required flag(s) "replicas" not set\n', exitCode: 1 });
    expect(await out('scale rc nope --replicas=1')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): replicationcontrollers "nope" not found\n', exitCode: 1 });
  });
  it('label: set, conflict, overwrite, remove', async () => {
    const fx = makeFixture();
    await fx.kubectl('run kubia-x --image=luksa/kubia --labels=app=kubia');
    expect((await fx.kubectl('label pod kubia-x env=debug')).stdout).toBe('pod/kubia-x labeled\n');
    expect(await fx.kubectl('label pod kubia-x app=foo')).toEqual({ stdout: '', stderr: "error: 'app' already has a value (kubia), and --overwrite is false\n", exitCode: 1 });
    expect((await fx.kubectl('label pod kubia-x app=foo --overwrite')).stdout).toBe('pod/kubia-x labeled\n');
    expect((await fx.kubectl('label pod kubia-x env-')).stdout).toBe('pod/kubia-x unlabeled\n');
    expect(fx.cluster.api.get('Pod', 'default', 'kubia-x').metadata?.labels).toEqual({ app: 'foo' });
    expect((await fx.kubectl('annotate pod kubia-x note=hi')).stdout).toBe('pod/kubia-x annotated\n');
    expect(fx.cluster.api.get('Pod', 'default', 'kubia-x').metadata?.annotations).toEqual({ note: 'hi' });
  });
});

describe('logs', () => {
  it('prints the log, --tail, and errors', async () => {
    const fx = makeFixture();
    await fx.kubectl('run kubia-x --image=luksa/kubia');
    fx.cluster.appendLog('default', 'kubia-x', 'Kubia server starting...');
    fx.cluster.appendLog('default', 'kubia-x', 'Received request from ::ffff:10.244.2.5');
    expect((await fx.kubectl('logs kubia-x')).stdout).toBe('Kubia server starting...\nReceived request from ::ffff:10.244.2.5\n');
    expect((await fx.kubectl('logs kubia-x --tail=1')).stdout).toBe('Received request from ::ffff:10.244.2.5\n');
    // kubectl 1.30's logs helper words it itself (differential run against the real client, issue 12).
    expect(await fx.kubectl('logs nope')).toEqual({ stdout: '', stderr: 'error: error from server (NotFound): pods "nope" not found in namespace "default"\n', exitCode: 1 });
    expect(await fx.kubectl('logs')).toEqual({
      stdout: '',
      stderr: "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
      exitCode: 1,
    });
  });
});

describe('edit', () => {
  it('without an editor: what kubectl prints when vi cannot be launched', async () => {
    expect(await out('edit svc kubia', { 'svc.yaml': SVC }, ['create -f svc.yaml'])).toEqual({ stdout: '', stderr: 'error: unable to launch the editor "vi"\n', exitCode: 1 });
  });
  it('with the session hook: cancel, change, and a rejected change reopened with the error', async () => {
    const fx = makeFixture({ 'svc.yaml': SVC });
    await fx.kubectl('create -f svc.yaml');
    const seen: string[] = [];
    fx.editor = async (content) => {
      seen.push(content);
      return content;
    };
    expect((await fx.kubectl('edit svc kubia')).stderr).toBe('Edit cancelled, no changes made.\n');
    expect(seen[0].startsWith("# Please edit the object below. Lines beginning with a '#' will be ignored,\n")).toBe(true);
    let round = 0;
    fx.editor = async (content) => {
      round++;
      seen.push(content);
      if (round === 1) return content.replace('targetPort: 8080', 'targetPort: 70000');
      return content.replace('targetPort: 70000', 'targetPort: 9090');
    };
    expect(await fx.kubectl('edit svc/kubia')).toEqual({ stdout: 'service/kubia edited\n', stderr: '', exitCode: 0 });
    expect(seen.at(-1)).toContain('# services "kubia" was not valid:\n# * spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive\n#\n');
    expect(fx.cluster.api.get('Service', 'default', 'kubia').spec?.ports?.[0].targetPort).toBe(9090);
  });
});

describe('get -w', () => {
  it('prints the table, then changed rows without a header, and stops after quiet seconds', async () => {
    const fx = makeFixture();
    await fx.kubectl('run a --image=luksa/kubia');
    const start = fx.cluster.clock.now();
    const r = await fx.kubectl('get pods -w');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].startsWith('NAME')).toBe(true);
    expect(lines.filter((l) => l.startsWith('NAME'))).toHaveLength(1);
    expect(fx.cluster.clock.now() - start).toBe(10_000);
  });
});

describe('version, help, info', () => {
  it('version', async () => {
    expect((await out('version')).stdout).toBe('Client Version: v1.30.13\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3\nServer Version: v1.30.0\n');
    expect((await out('version --client')).stdout).toBe('Client Version: v1.30.13\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3\n');
    expect((await out('version --client -o yaml')).stdout).toBe(
      'clientVersion:\n  buildDate: "2025-05-15T09:56:59Z"\n  compiler: gc\n  gitCommit: 50af91c466658b6a33d123fae8a487db1630971c\n  gitTreeState: clean\n  gitVersion: v1.30.13\n  goVersion: go1.23.8\n  major: "1"\n  minor: "30"\n  platform: linux/amd64\nkustomizeVersion: v5.0.4-0.20230601165947-6ce0bf390ce3\n\n',
    );
    expect((await out('version --client -o json')).stdout).toBe(
      '{\n  "clientVersion": {\n    "major": "1",\n    "minor": "30",\n    "gitVersion": "v1.30.13",\n    "gitCommit": "50af91c466658b6a33d123fae8a487db1630971c",\n    "gitTreeState": "clean",\n    "buildDate": "2025-05-15T09:56:59Z",\n    "goVersion": "go1.23.8",\n    "compiler": "gc",\n    "platform": "linux/amd64"\n  },\n  "kustomizeVersion": "v5.0.4-0.20230601165947-6ce0bf390ce3"\n}\n',
    );
  });
  it('help for kubectl and every verb, recorded from the real binary', async () => {
    expect((await out('--help')).stdout).toBe(HELP_TEXTS['']);
    expect((await out('')).stdout).toBe(HELP_TEXTS['']);
    expect((await out('get --help')).stdout).toBe(HELP_TEXTS.get);
    expect((await out('get pods -h')).stdout).toBe(HELP_TEXTS.get);
    expect((await out('create secret tls --help')).stdout).toBe(HELP_TEXTS['create secret tls']);
    expect((await out('help expose')).stdout).toBe(HELP_TEXTS.expose);
    expect(HELP_TEXTS.get.startsWith('Display one or many resources.')).toBe(true);
    expect((await out('create service')).stdout).toBe(HELP_TEXTS['create service']);
  });
  it('create without -f: the error, then the help, on stderr', async () => {
    const r = await out('create');
    expect(r.stderr).toBe(`Error: must specify one of -f and -k\n\n${HELP_TEXTS.create}`);
    expect(r.exitCode).toBe(1);
    expect(await out('create foo')).toEqual({ stdout: '', stderr: "error: unknown command \"foo\"\nSee 'kubectl create -h' for help and examples\n", exitCode: 1 });
  });
  it('api-resources and config', async () => {
    const r = await out('api-resources');
    // Exactly what the simulated server serves, sorted by group (core first) then name.
    expect(r.stdout.split('\n')[0]).toBe('NAME                     SHORTNAMES   APIVERSION               NAMESPACED   KIND');
    expect(r.stdout).toContain('\nservices                 svc          v1                       true         Service\n');
    expect(r.stdout.split('\n').slice(1, -1).map((l) => l.split(/\s+/)[0])).toEqual([
      'configmaps', 'endpoints', 'events', 'namespaces', 'nodes', 'pods', 'replicationcontrollers', 'secrets', 'serviceaccounts', 'services',
      'daemonsets', 'deployments', 'replicasets', 'leases', 'endpointslices', 'ingressclasses', 'ingresses',
    ]);
    expect((await out('config current-context')).stdout).toBe('kubernetes-admin@kubernetes\n');
  });
});

describe('--field-selector', () => {
  it('filters what get lists (and what delete removes)', async () => {
    const fx = makeFixture();
    await fx.kubectl('run a --image=luksa/kubia');
    await fx.kubectl('run b --image=luksa/kubia');
    expect((await fx.kubectl('get pods --field-selector metadata.name=b -o name')).stdout).toBe('pod/b\n');
    expect((await fx.kubectl('get pods --field-selector metadata.name!=b,status.phase=Running -o name')).stdout).toBe('pod/a\n');
    expect((await fx.kubectl('delete pods --field-selector metadata.name=a')).stdout).toBe('pod "a" deleted\n');
    expect((await fx.kubectl('get pods -o name')).stdout).toBe('pod/b\n');
  });
});

describe('run -i / -it / --rm', () => {
  it('runs the command in the new pod, prints its output, deletes the pod with --rm', async () => {
    const fx = makeFixture();
    fx.execResult = () => ({ stdout: 'Name:\tkubia.default.svc.cluster.local\n', stderr: '', exitCode: 0 });
    const r = await fx.kubectl('run -i --rm --restart=Never dnsutils --image=tutum/dnsutils -- nslookup kubia');
    expect(r).toEqual({ stdout: 'Name:\tkubia.default.svc.cluster.local\npod "dnsutils" deleted\n', stderr: '', exitCode: 0 });
    expect(fx.execs).toEqual([{ pod: 'dnsutils', argv: ['nslookup', 'kubia'] }]);
    expect(fx.cluster.store.get('Pod', 'default', 'dnsutils')).toBeUndefined();
  });
  it('a failing command: pod terminated (Error), exit 1', async () => {
    const fx = makeFixture();
    fx.execResult = () => ({ stdout: '', stderr: '', exitCode: 1 });
    expect(await fx.kubectl('run -i --restart=Never x --image=busybox -- false')).toEqual({ stdout: '', stderr: 'pod default/x terminated (Error)\n', exitCode: 1 });
  });
  it('-it with a shell enters the pod', async () => {
    const fx = makeFixture();
    const r = await fx.kubectl('run -it bb --image=busybox -- sh');
    expect(r).toEqual({ stdout: '', stderr: 'Unable to use a TTY - input is not a terminal or the right kind of file\n', exitCode: 0 });
    expect(fx.entered.map((p) => p.name)).toEqual(['bb']);
  });
  it('--rm without attaching is refused', async () => {
    expect(await out('run --rm x --image=busybox')).toEqual({ stdout: '', stderr: 'error: --rm should only be used for attached containers\n', exitCode: 1 });
  });
});

describe('delete -f and describe by prefix', () => {
  it('delete -f names the file in errors', async () => {
    const fx = makeFixture({ 'svc.yaml': SVC });
    expect(await fx.kubectl('delete -f svc.yaml')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): error when deleting "svc.yaml": services "kubia" not found\n', exitCode: 1 });
    await fx.kubectl('create -f svc.yaml');
    expect((await fx.kubectl('delete -f svc.yaml')).stdout).toBe('service "kubia" deleted\n');
  });
  it('describe matches name prefixes; no match is NotFound', async () => {
    const fx = makeFixture({ 'svc.yaml': SVC });
    await fx.kubectl('create -f svc.yaml');
    expect((await fx.kubectl('describe svc kub')).stdout.startsWith('Name:              kubia\n')).toBe(true);
    expect(await fx.kubectl('describe svc zz')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): services "zz" not found\n', exitCode: 1 });
  });
});

describe('patch and replace', () => {
  it('patch: merge, strategic (keyed lists), json; no change', async () => {
    const fx = makeFixture({ 'svc.yaml': SVC });
    await fx.kubectl('create -f svc.yaml');
    expect((await fx.kubectl(['patch', 'svc', 'kubia', '-p', '{"spec":{"type":"NodePort"}}'])).stdout).toBe('service/kubia patched\n');
    expect(fx.cluster.api.get('Service', 'default', 'kubia').spec?.type).toBe('NodePort');
    const np = fx.cluster.api.get('Service', 'default', 'kubia').spec?.ports?.[0].nodePort;
    expect((await fx.kubectl(['patch', 'svc', 'kubia', '-p', '{"spec":{"ports":[{"port":80,"targetPort":9090}]}}'])).stdout).toBe('service/kubia patched\n');
    const port = fx.cluster.api.get('Service', 'default', 'kubia').spec?.ports?.[0];
    expect([port?.targetPort, port?.nodePort]).toEqual([9090, np]);
    expect((await fx.kubectl(['patch', 'svc', 'kubia', '-p', '{"spec":{"type":"NodePort"}}'])).stdout).toBe('service/kubia patched (no change)\n');
    expect((await fx.kubectl(['patch', 'svc', 'kubia', '--type=json', '-p', '[{"op":"replace","path":"/spec/sessionAffinity","value":"ClientIP"}]'])).stdout).toBe('service/kubia patched\n');
    expect(fx.cluster.api.get('Service', 'default', 'kubia').spec?.sessionAffinity).toBe('ClientIP');
    expect(await fx.kubectl('patch svc kubia')).toEqual({ stdout: '', stderr: 'error: must specify -p to patch\n', exitCode: 1 });
  });
  it('replace -f', async () => {
    const fx = makeFixture({ 'svc.yaml': SVC });
    expect(await fx.kubectl('replace -f svc.yaml')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): error when replacing "svc.yaml": services "kubia" not found\n', exitCode: 1 });
    await fx.kubectl('create -f svc.yaml');
    expect((await fx.kubectl('replace -f svc.yaml')).stdout).toBe('service/kubia replaced\n');
  });
  it('api-versions and options', async () => {
    expect((await out('api-versions')).stdout.split('\n')).toContain('networking.k8s.io/v1');
    expect((await out('options')).stdout).toBe(HELP_TEXTS.options);
    expect((await out('rollout --help')).stdout).toBe(HELP_TEXTS.rollout);
  });
});

describe('annotate conflicts', () => {
  it('words the conflict as annotate.go does', async () => {
    const fx = makeFixture();
    await fx.kubectl('run p --image=busybox');
    await fx.kubectl('annotate pod p note=hi');
    expect(await fx.kubectl('annotate pod p note=ho')).toEqual({
      stdout: '',
      stderr: "error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hi)\n",
      exitCode: 1,
    });
    expect((await fx.kubectl('annotate pod p note=ho --overwrite')).stdout).toBe('pod/p annotated\n');
  });
  it('machine-readable output of an empty list: printed, no "No resources found"', async () => {
    expect(await out('get pods -o name')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await out('get pods -o yaml')).stdout).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
    expect(await out('get pods nope -o yaml')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
  });
});

describe('wait and create configmap', () => {
  it('wait for a condition, for deletion, and time out', async () => {
    const fx = makeFixture();
    await fx.kubectl('run a --image=busybox');
    expect((await fx.kubectl('wait --for=condition=Ready pod/a')).stdout).toBe('pod/a condition met\n');
    expect((await fx.kubectl("wait --for=jsonpath={.status.phase}=Running pod/a")).stdout).toBe('pod/a condition met\n');
    await fx.kubectl('delete pod a --wait=false');
    const start = fx.cluster.clock.now();
    expect((await fx.kubectl('wait --for=delete pod/a --timeout=60s')).stdout).toBe('pod/a condition met\n');
    expect(fx.cluster.clock.now() - start).toBeLessThanOrEqual(30_000);
    await fx.kubectl('run b --image=busybox');
    expect(await fx.kubectl('wait --for=condition=Ready=false pod/b --timeout=5s')).toEqual({ stdout: '', stderr: 'error: timed out waiting for the condition on pods/b\n', exitCode: 1 });
  });
  it('create configmap', async () => {
    expect((await out('create configmap c --from-literal=a=b --from-literal=x=y --dry-run=client -o yaml')).stdout).toBe(
      'apiVersion: v1\ndata:\n  a: b\n  x: "y"\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: c\n',
    );
    expect((await out('create cm c --from-literal=a=b')).stdout).toBe('configmap/c created\n');
  });
});

describe('create ingress (kubectl 1.30.13 --dry-run=client -o yaml)', () => {
  it('the book ingress with TLS', async () => {
    expect((await out('create ingress kubia --class=nginx --rule=kubia.example.com/*=kubia-nodeport:80,tls=tls-secret --dry-run=client -o yaml')).stdout).toBe(
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  creationTimestamp: null\n  name: kubia\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: kubia.example.com\n    http:\n      paths:\n      - backend:\n          service:\n            name: kubia-nodeport\n            port:\n              number: 80\n        path: /\n        pathType: Prefix\n  tls:\n  - hosts:\n    - kubia.example.com\n    secretName: tls-secret\nstatus:\n  loadBalancer: {}\n',
    );
  });
  it('Exact and host-less rules, named ports', async () => {
    expect((await out(['create', 'ingress', 'simple', '--rule=foo.com/bar=svc1:8080', '--rule=/path*=svc2:http', '--dry-run=client', '-o', 'yaml'])).stdout).toBe(
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  creationTimestamp: null\n  name: simple\nspec:\n  rules:\n  - host: foo.com\n    http:\n      paths:\n      - backend:\n          service:\n            name: svc1\n            port:\n              number: 8080\n        path: /bar\n        pathType: Exact\n  - http:\n      paths:\n      - backend:\n          service:\n            name: svc2\n            port:\n              name: http\n        path: /path\n        pathType: Prefix\nstatus:\n  loadBalancer: {}\n',
    );
  });
  it('errors', async () => {
    expect((await out('create ingress x')).stderr).toBe(
      'error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)\n',
    );
    expect((await out('create ingress x --rule=bad')).stderr).toBe('error: rule bad is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]\n');
    expect((await out('create ingress kubia --class=nginx --rule=kubia.example.com/*=kubia:80')).stdout).toBe('ingress.networking.k8s.io/kubia created\n');
  });
});

describe('config set-context --current --namespace', () => {
  it('changes the namespace later commands use', async () => {
    const fx = makeFixture();
    expect((await fx.kubectl('config set-context --current --namespace=kube-system')).stdout).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
    expect((await fx.kubectl('get svc')).stderr).toBe('No resources found in kube-system namespace.\n');
    expect((await fx.kubectl('config view')).stdout).toContain('    cluster: kubernetes\n    namespace: kube-system\n    user: kubernetes-admin\n');
    expect((await fx.kubectl('config get-contexts')).stdout).toBe(
      'CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   kube-system\n',
    );
    expect(await fx.kubectl('config use-context foo')).toEqual({ stdout: '', stderr: 'error: no context exists with the name: "foo"\n', exitCode: 1 });
  });
});

describe('small kubectl rules', () => {
  it('-A with a name is refused', async () => {
    expect(await out('get svc kubia -A')).toEqual({ stdout: '', stderr: 'error: a resource cannot be retrieved by name across all namespaces\n', exitCode: 1 });
  });
  it('--grace-period=0 without --force means 1 second; --now too', async () => {
    const fx = makeFixture();
    await fx.kubectl('run a --image=busybox');
    const start = fx.cluster.clock.now();
    expect(await fx.kubectl('delete pod a --grace-period=0')).toEqual({ stdout: 'pod "a" deleted\n', stderr: '', exitCode: 0 });
    expect(fx.cluster.clock.now() - start).toBe(1000);
  });
  it('global flags before the verb; -v is accepted and ignored', async () => {
    expect((await out('-n kube-system get svc')).stderr).toBe('No resources found in kube-system namespace.\n');
    expect((await out('--namespace=foo -v=6 get svc')).stderr).toBe('No resources found in foo namespace.\n');
  });
});
