// Developer tool (not a test): checks our printers against a real kubectl 1.30 binary.
// It serves the golden fixtures (timestamps shifted onto the wall clock, since kubectl ages
// things with time.Now) from a minimal API server on loopback, runs `kubectl describe`,
// `get -o yaml|json|name|jsonpath|custom-columns` and table layouts, and diffs them with ours.
//
//   npx tsx test/golden/format/oracle/compare-with-kubectl.ts [path/to/kubectl.1.30]
//
// Ages may differ by a second or two when the machine is slow; everything else must match.
import http from 'node:http';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as F from '../fixtures.js';
import { describe, tableCells, printTable, formatOutput } from '../../../../src/shell/format/index.js';
import { KINDS, type Kind } from '../../../../src/cluster/api/kinds.js';
import type { Lookup } from '../../../../src/shell/format/index.js';

const kubectl = process.argv[2] ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.30';
if (!existsSync(kubectl)) {
  process.stdout.write(`no kubectl at ${kubectl}; nothing to compare\n`);
  process.exit(0);
}

const realNow = Math.floor(Date.now() / 1000) * 1000;
const delta = realNow - F.NOW;
const shift = (v: unknown): any => {
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(v)) return new Date(Date.parse(v) + delta).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (Array.isArray(v)) return v.map(shift);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shift(x)]));
  return v;
};
const byName = (a: any, b: any) => (a.metadata.name < b.metadata.name ? -1 : 1);
const store: Partial<Record<Kind, any[]>> = {
  Service: shift(F.services),
  Endpoints: shift([...F.endpoints, ...F.extraEndpoints]).sort(byName),
  Pod: shift([...F.pods.filter((p) => p.metadata!.name !== 'kubia-zwk2b'), F.fullPod]),
  Ingress: shift(F.ingresses),
  ReplicationController: shift(F.rcs),
  Node: shift(F.nodes),
  Secret: shift(F.secrets),
  Event: shift(F.events),
  Namespace: shift(F.namespaces),
  Deployment: shift(F.deployments),
  ReplicaSet: shift(F.replicaSets),
  IngressClass: shift(F.ingressClasses),
  ConfigMap: shift(F.configMaps),
};
// Each node's Lease (describe node reads it), renewed at the moment the comparison starts:
// the stub serves these same objects to kubectl.
const leaseOf = (node: string) => ({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: node, namespace: 'kube-node-lease' }, spec: { holderIdentity: node, renewTime: new Date(realNow).toISOString().replace('.000Z', '.000000Z') } });
const leases = (store.Node ?? []).map((n) => leaseOf(n.metadata.name));
const objectsOf = (kind: Kind): any[] => (kind === 'Lease' ? leases : (store[kind] ?? []));
const lookup: Lookup = {
  get: (kind, ns, name) => objectsOf(kind).find((o) => o.metadata.name === name && (!ns || !o.metadata.namespace || o.metadata.namespace === ns)),
  list: (kind, ns) => objectsOf(kind).filter((o) => !ns || o.metadata.namespace === ns),
};

const infoByResource = new Map(Object.values(KINDS).map((k) => [k.resource, k]));
const groups: Record<string, string[]> = { v1: [], 'apps/v1': [], 'networking.k8s.io/v1': [] };
for (const k of Object.values(KINDS)) groups[k.apiVersion]?.push(k.resource);
const resourceList = (gv: string) => ({
  kind: 'APIResourceList',
  groupVersion: gv,
  resources: [
    ...groups[gv].map((r) => {
      const k = infoByResource.get(r)!;
      return { name: r, singularName: k.singular, namespaced: k.namespaced, kind: k.kind, shortNames: k.shortNames, verbs: ['get', 'list'] };
    }),
    ...(gv === 'v1' ? ['resourcequotas:ResourceQuota', 'limitranges:LimitRange'].map((x) => ({ name: x.split(':')[0], singularName: '', namespaced: true, kind: x.split(':')[1], verbs: ['get', 'list'] })) : []),
  ],
});
const fieldMatch = (o: any, sel: string) =>
  sel.split(',').every((t) => {
    const neq = t.includes('!=');
    const [k, v] = t.split(neq ? '!=' : '=');
    const val = String(k.split('.').reduce((a: any, p) => a?.[p], o) ?? '');
    return neq ? val !== v : val === v;
  });
const labelMatch = (o: any, sel: string) => sel.split(',').every((t) => o.metadata?.labels?.[t.split('=')[0]] === t.split('=')[1]);

const server = http.createServer((req, resp) => {
  const u = new URL(req.url!, 'http://x');
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
      groups: ['apps/v1', 'networking.k8s.io/v1', 'coordination.k8s.io/v1'].map((gv) => ({ name: gv.split('/')[0], versions: [{ groupVersion: gv, version: 'v1' }], preferredVersion: { groupVersion: gv, version: 'v1' } })),
    });
  if (p === '/api/v1') return send(200, resourceList('v1'));
  if (p === '/apis/apps/v1' || p === '/apis/networking.k8s.io/v1') return send(200, resourceList(p.slice(6)));
  if (p === '/apis/coordination.k8s.io/v1') return send(200, { kind: 'APIResourceList', groupVersion: 'coordination.k8s.io/v1', resources: [{ name: 'leases', singularName: 'lease', namespaced: true, kind: 'Lease', verbs: ['get'] }] });
  const m = /^\/(?:api\/v1|apis\/[^/]+\/v1)(?:\/namespaces\/([^/]+))?\/([a-z]+)(?:\/([^/]+))?$/.exec(p);
  if (m && m[2] === 'leases' && m[3])
    return send(200, leaseOf(m[3]));
  const info = m ? infoByResource.get(m[2]) : undefined;
  if (!m || (!info && !['resourcequotas', 'limitranges'].includes(m[2]))) return send(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'not found' });
  const [, ns, , name] = m;
  let list: any[] = info ? (store[info.kind] ?? []).filter((o) => !ns || !info.namespaced || o.metadata.namespace === ns) : [];
  if (name) {
    const o = list.find((x) => x.metadata.name === name);
    return o ? send(200, o) : send(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: `${m[2]} "${name}" not found` });
  }
  const fs = u.searchParams.get('fieldSelector');
  if (fs) list = list.filter((o) => fieldMatch(o, fs));
  const ls = u.searchParams.get('labelSelector');
  if (ls) list = list.filter((o) => labelMatch(o, ls));
  if (info && (req.headers.accept ?? '').includes('as=Table')) {
    const now = Date.now();
    const all = tableCells(info.kind, list, { now, wide: true });
    const narrow = tableCells(info.kind, list, { now }).header;
    return send(200, {
      kind: 'Table',
      apiVersion: 'meta.k8s.io/v1',
      metadata: { resourceVersion: '1' },
      columnDefinitions: all.header.map((h) => ({ name: h, type: 'string', format: h === 'NAME' ? 'name' : '', description: '', priority: narrow.includes(h) ? 0 : 1 })),
      rows: all.rows.map((cells, i) => ({ cells, object: list[i] })),
    });
  }
  const kind = info?.kind ?? (m[2] === 'resourcequotas' ? 'ResourceQuota' : 'LimitRange');
  send(200, { kind: `${kind}List`, apiVersion: info?.apiVersion ?? 'v1', metadata: { resourceVersion: '1' }, items: list });
});

server.listen(0, '127.0.0.1', async () => {
  const port = (server.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'kubetour-oracle-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    `apiVersion: v1\nkind: Config\nclusters:\n- name: s\n  cluster:\n    server: http://127.0.0.1:${port}\ncontexts:\n- name: s\n  context:\n    cluster: s\n    user: u\n    namespace: default\nusers:\n- name: u\n  user: {}\ncurrent-context: s\n`,
  );
  // Asynchronous: the API server above runs on this same event loop.
  const real = (args: string[]): Promise<string> =>
    new Promise((resolve) => {
      execFile(kubectl, ['--request-timeout=5s', ...args], { env: { ...process.env, KUBECONFIG: kubeconfig }, encoding: 'utf8' }, (_err, stdout, stderr) => resolve(stdout + stderr));
    });
  // Each case renders ours with the wall clock right after kubectl answered, so ages agree.
  const cases: [string, string[], (now: number) => string][] = [];
  for (const [kind, list] of Object.entries(store) as [Kind, any[]][]) {
    for (const o of list) cases.push([`describe ${kind} ${o.metadata.name}`, ['describe', KINDS[kind].resource, o.metadata.name], (now) => describe(kind, o, { now, lookup })]);
    const out = (spec: string, objs: any[], asList: boolean) => {
      const r = formatOutput(spec, objs, { asList, kind });
      return r.ok ? r.stdout : (r.stdout ?? '') + r.stderr;
    };
    cases.push([`get ${kind}`, ['get', KINDS[kind].resource], (now) => printTable(kind, list, { now })]);
    cases.push([`get ${kind} -o wide`, ['get', KINDS[kind].resource, '-o', 'wide'], (now) => printTable(kind, list, { now, wide: true })]);
    cases.push([`get ${kind} -A --show-labels`, ['get', KINDS[kind].resource, '-A', '--show-labels'], (now) => printTable(kind, store[kind]!, { now, allNamespaces: true, showLabels: true })]);
    for (const spec of ['yaml', 'json', 'name', 'jsonpath={.items[*].metadata.name}', 'custom-columns=NAME:.metadata.name,LABELS:.metadata.labels'])
      cases.push([`get ${kind} -o ${spec}`, ['get', KINDS[kind].resource, '-o', spec], () => out(spec, list, true)]);
    cases.push([`get ${kind} ${list[0].metadata.name} -o yaml`, ['get', KINDS[kind].resource, list[0].metadata.name, '-o', 'yaml'], () => out('yaml', [list[0]], false)]);
  }
  let failed = 0;
  for (const [name, args, ours] of cases) {
    const a = await real(args);
    const b = ours(Date.now());
    if (a === b) continue;
    failed++;
    process.stdout.write(`DIFF ${name}\n--- kubectl\n${a}--- ours\n${b}\n`);
  }
  process.stdout.write(`${cases.length - failed}/${cases.length} identical\n`);
  server.close();
  process.exit(failed ? 1 : 0);
});
