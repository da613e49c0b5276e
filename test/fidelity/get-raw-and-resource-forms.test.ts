// `kubectl get --raw PATH` and the fully qualified resource forms (`service.v1.`,
// `deployments.v1.apps`), as kubectl 1.30 prints them against an API server. Each expected
// text was read from the real kubectl.1.30 talking to `kubetour serve`.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('kubectl get --raw', () => {
  it('prints the body as the server sends it, without adding a newline', async () => {
    expect((await runScript('kubectl get --raw /healthz')).stdout).toBe('ok');
    const version = await runScript('kubectl get --raw /version');
    // apiserver writes /version indented (responsewriters.WriteRawJSON).
    expect(version.stdout).toMatch(/^\{\n {2}"major": "1",\n {2}"minor": "30",\n {2}"gitVersion": "v1\.30\.0",[^]*\n\}$/);
  });

  it('lists and objects come as compact JSON ending in a newline, as the server encodes them', async () => {
    const r = await runScript('kubectl get --raw /api/v1/namespaces/default/pods');
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const list = JSON.parse(r.stdout);
    expect(list.kind).toBe('PodList');
    expect(list.items.map((p: { metadata: { name: string } }) => p.metadata.name)).toHaveLength(3);
    const svc = await runScript('kubectl get --raw /api/v1/namespaces/default/services/kubernetes');
    expect(JSON.parse(svc.stdout).spec.clusterIP).toBe('10.96.0.1');
  });

  it('gives the server errors and the client refusals kubectl gives', async () => {
    const cases: [string, string][] = [
      ['kubectl get --raw /nope', 'Error from server (NotFound): the server could not find the requested resource\n'],
      ['kubectl get --raw /api/v1/namespaces/default/pods/nope', 'Error from server (NotFound): pods "nope" not found\n'],
      ['kubectl get --raw nope', 'error: --raw must be a valid URL path: parse "nope": invalid URI for request\n'],
      ['kubectl get pods --raw /healthz', 'error: arguments may not be passed when --raw is specified\n'],
      ['kubectl get --raw /healthz -o yaml', 'error: --raw and --output are mutually exclusive\n'],
      ['kubectl get --raw /healthz -l a=b', 'error: --raw may not be specified with other flags that filter the server request or alter the output\n'],
    ];
    for (const [line, stderr] of cases) {
      const r = await runScript(line);
      expect({ line, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ line, stderr, exitCode: 1 });
    }
  });
});

describe('fully qualified resource forms (schema.ParseResourceArg, then group/resource)', () => {
  it('resource.version.group finds the resource; the core group is empty', async () => {
    for (const t of ['service.v1.', 'svc.v1.', 'Service.v1.', 'services.v1.', 'deployments.v1.apps', 'ingresses.v1.networking.k8s.io', 'ing.v1.networking.k8s.io', 'deploy.v1.ap', 'pods.', 'ingress.networking', 'ing.net']) {
      const r = await runScript(`kubectl get ${t}`);
      expect({ t, exitCode: r.exitCode }).toEqual({ t, exitCode: 0 });
    }
  });

  it('an unknown form names only the part before the first dot', async () => {
    const cases: [string, string][] = [
      ['services.v1', 'services'],
      ['pod.v2.', 'pod'],
      ['foo.bar', 'foo'],
      ['service.v1.apps', 'service'],
      ['ingress.v1.networking', 'ingress'],
      ['ingress.k8s.io', 'ingress'],
      ['.v1.', ''],
    ];
    for (const [t, named] of cases) {
      const r = await runScript(`kubectl get ${t}`);
      expect(r.stderr).toBe(`error: the server doesn't have a resource type "${named}"\n`);
    }
  });
});
