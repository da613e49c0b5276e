// Developer tool (not a test): records what the real kubectl 1.30 prints for `kubectl explain`
// against a stub API server on loopback that serves the OpenAPI v3 documents we generate
// (src/cluster/api/openapi/data) and discovery for the kinds in them. The outputs become the
// golden files explain.test.ts holds our `kubectl explain` to, byte for byte.
//
//   npx tsx test/golden/explain/record-with-kubectl.ts [path/to/kubectl.1.30]
import http from 'node:http';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GROUP_VERSIONS } from '../../../src/cluster/api/openapi/generate.mjs';
import { loadOpenApi } from '../../../src/cluster/api/openapi/index.js';
import { EXPLAIN_CASES, goldenName } from './cases.js';
import { KINDS } from '../../../src/cluster/api/kinds.js';

const kubectl = process.argv[2] ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.30';
if (!existsSync(kubectl)) {
  process.stdout.write(`no kubectl at ${kubectl}; nothing to record\n`);
  process.exit(0);
}

const docs = new Map<string, unknown>();
for (const gv of GROUP_VERSIONS) docs.set(gv.path, await loadOpenApi(gv.path));
const requests: string[] = [];

const resourceList = (gv: (typeof GROUP_VERSIONS)[number]) => ({
  kind: 'APIResourceList',
  groupVersion: gv.group ? `${gv.group}/${gv.version}` : gv.version,
  resources: gv.kinds.map(([kind, resource, namespaced]) => ({ name: resource, singularName: String(kind).toLowerCase(), namespaced, kind, verbs: ['get', 'list'], shortNames: (KINDS as Record<string, { shortNames: string[] }>)[String(kind)]?.shortNames ?? [] })),
});

const server = http.createServer((req, resp) => {
  const u = new URL(req.url!, 'http://x');
  requests.push(u.pathname + u.search);
  const send = (code: number, body: unknown) => {
    resp.writeHead(code, { 'content-type': 'application/json' });
    resp.end(JSON.stringify(body));
  };
  const p = u.pathname;
  if (p === '/api') return send(200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] });
  if (p === '/apis')
    return send(200, {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: GROUP_VERSIONS.filter((g) => g.group).map((g) => ({ name: g.group, versions: [{ groupVersion: `${g.group}/${g.version}`, version: g.version }], preferredVersion: { groupVersion: `${g.group}/${g.version}`, version: g.version } })),
    });
  const gv = GROUP_VERSIONS.find((g) => p === `/${g.path}`);
  if (gv) return send(200, resourceList(gv));
  if (p === '/openapi/v3') return send(200, { paths: Object.fromEntries(GROUP_VERSIONS.map((g) => [g.path, { serverRelativeURL: `/openapi/v3/${g.path}?hash=0` }])) });
  const doc = p.startsWith('/openapi/v3/') ? docs.get(p.slice('/openapi/v3/'.length)) : undefined;
  if (doc) return send(200, doc);
  send(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'the server could not find the requested resource' });
});

server.listen(0, '127.0.0.1', async () => {
  const port = (server.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'kubetour-explain-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, `apiVersion: v1\nkind: Config\nclusters:\n- name: s\n  cluster:\n    server: http://127.0.0.1:${port}\ncontexts:\n- name: s\n  context:\n    cluster: s\n    user: u\n    namespace: default\nusers:\n- name: u\n  user: {}\ncurrent-context: s\n`);
  const out = new URL('./__golden__/', import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  for (const args of EXPLAIN_CASES) {
    const r = await new Promise<{ stdout: string; stderr: string; code: number }>((resolve) =>
      execFile(kubectl, ['explain', ...args], { env: { ...process.env, KUBECONFIG: kubeconfig, HOME: dir }, encoding: 'utf8', maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
        resolve({ stdout, stderr, code: err ? ((err as { code?: number }).code ?? 1) : 0 }),
      ),
    );
    writeFileSync(join(out, goldenName(args)), JSON.stringify({ args, ...r }, null, 1) + '\n');
    process.stdout.write(`${args.join(' ')} → exit ${r.code}, ${r.stdout.length} bytes${r.stderr ? `, stderr: ${r.stderr.trim().split('\n')[0]}` : ''}\n`);
  }
  process.stdout.write(`requests: ${[...new Set(requests)].join(' ')}\n`);
  server.close();
});
