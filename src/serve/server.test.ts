// The API as a client sees it over loopback: discovery, lists, Tables from the shared
// printers, Status errors, writes and patches, watch streams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../shell/session.js';
import { printTable } from '../shell/format/index.js';
import { startServer, type RunningServer } from './server.js';

let server: RunningServer;
let session: Session;

beforeAll(async () => {
  session = Session.create({ seed: 7 });
  server = await startServer(session, { mode: 'lockstep' });
});
afterAll(async () => {
  await server.close();
});

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: any; type: string }> {
  const r = await fetch(server.url + path, init);
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined, type: r.headers.get('content-type') ?? '' };
}

describe('kubetour serve', () => {
  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers /version and aggregated discovery', async () => {
    expect((await call('/version')).body.gitVersion).toBe('v1.30.0');
    const api = await call('/api', { headers: { accept: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json' } });
    expect(api.type).toContain('as=APIGroupDiscoveryList');
    const pods = api.body.items[0].versions[0].resources.find((r: any) => r.resource === 'pods');
    expect(pods.shortNames).toEqual(['po']);
    expect(pods.subresources.map((s: any) => s.subresource)).toContain('exec');
    const legacy = await call('/apis');
    expect(legacy.body.groups.map((g: any) => g.name)).toEqual(['apps', 'networking.k8s.io', 'coordination.k8s.io', 'discovery.k8s.io']);
  });

  it('serves Tables made by the built-in printers', async () => {
    const t = await call('/api/v1/namespaces/default/pods', { headers: { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' } });
    expect(t.body.kind).toBe('Table');
    const names = t.body.columnDefinitions.map((c: any) => c.name);
    expect(names.slice(0, 5)).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(t.body.columnDefinitions.find((c: any) => c.name === 'IP').priority).toBe(1);
    const pods = session.cluster.api.list('Pod', 'default');
    const ours = printTable('Pod', pods as any, { now: session.cluster.clock.now() }).split('\n')[1].split(/\s+/);
    expect(t.body.rows[0].cells.slice(0, 5)).toEqual(ours.slice(0, 5));
    expect(t.body.rows[0].object.kind).toBe('PartialObjectMetadata');
  });

  it('filters lists by label and field selectors', async () => {
    const all = await call('/api/v1/namespaces/default/pods?labelSelector=app%3Dkubia');
    expect(all.body.kind).toBe('PodList');
    expect(all.body.items).toHaveLength(3);
    const name = all.body.items[1].metadata.name;
    const one = await call(`/api/v1/pods?fieldSelector=metadata.name%3D${name}`);
    expect(one.body.items.map((p: any) => p.metadata.name)).toEqual([name]);
    expect((await call('/api/v1/namespaces/default/pods?labelSelector=app%3Dnone')).body.items).toEqual([]);
  });

  it('answers errors with Status objects', async () => {
    const nf = await call('/api/v1/namespaces/default/services/nope');
    expect(nf.status).toBe(404);
    expect(nf.body).toMatchObject({ kind: 'Status', reason: 'NotFound', message: 'services "nope" not found', details: { name: 'nope', kind: 'services' } });
    const bad = await call('/api/v1/namespaces/default/services', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'Bad_Name' }, spec: { ports: [{ port: 80 }] } }),
    });
    expect(bad.status).toBe(422);
    expect(bad.body.reason).toBe('Invalid');
    expect(bad.body.details.causes[0].field).toBe('metadata.name');
  });

  it('creates with dryRun, creates, patches in every content type and deletes', async () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }] } };
    const post = (q: string) => call(`/api/v1/namespaces/default/services${q}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(svc) });
    expect((await post('?dryRun=All')).status).toBe(201);
    expect(session.cluster.store.get('Service', 'default', 'web')).toBeUndefined();
    expect((await post('')).status).toBe(201);
    const patch = (type: string, body: unknown) => call('/api/v1/namespaces/default/services/web', { method: 'PATCH', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    expect((await patch('application/strategic-merge-patch+json', { metadata: { labels: { a: '1' } } })).body.metadata.labels).toEqual({ a: '1' });
    expect((await patch('application/merge-patch+json', { metadata: { labels: { b: '2' } } })).body.metadata.labels).toEqual({ a: '1', b: '2' });
    expect((await patch('application/json-patch+json', [{ op: 'remove', path: '/metadata/labels/a' }])).body.metadata.labels).toEqual({ b: '2' });
    const applied = await patch('application/apply-patch+yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  sessionAffinity: ClientIP\n');
    expect(applied.body.spec.sessionAffinity).toBe('ClientIP');
    const strict = await patch('application/strategic-merge-patch+json', { spec: { bogus: 1 } });
    expect(strict.status).toBe(422);
    const del = await call('/api/v1/namespaces/default/services/web', { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ propagationPolicy: 'Background' }) });
    expect(del.status).toBe(200);
    expect(session.cluster.store.get('Service', 'default', 'web')).toBeUndefined();
  });

  it('scales through /scale', async () => {
    const s = await call('/api/v1/namespaces/default/replicationcontrollers/kubia/scale');
    expect(s.body).toMatchObject({ kind: 'Scale', spec: { replicas: 3 }, status: { selector: 'app=kubia' } });
    const p = await call('/api/v1/namespaces/default/replicationcontrollers/kubia/scale', { method: 'PATCH', headers: { 'content-type': 'application/merge-patch+json' }, body: '{"spec":{"replicas":2}}' });
    expect(p.body.spec.replicas).toBe(2);
    expect(session.cluster.api.get('ReplicationController', 'default', 'kubia').spec?.replicas).toBe(2);
  });

  it('streams a watch (lockstep: until the object is gone)', async () => {
    const pod = session.cluster.api.list('Pod', 'default')[0].metadata!.name!;
    const rv = String(session.cluster.store.resourceVersion);
    await call(`/api/v1/namespaces/default/pods/${pod}`, { method: 'DELETE' });
    const r = await fetch(`${server.url}/api/v1/namespaces/default/pods?watch=true&fieldSelector=metadata.name%3D${pod}&resourceVersion=${rv}`);
    const events = (await r.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(events.at(-1).type).toBe('DELETED');
    expect(session.cluster.store.get('Pod', 'default', pod)).toBeUndefined();
  });

  it('reads logs', async () => {
    const pod = session.cluster.api.list('Pod', 'default')[0].metadata!.name!;
    const r = await fetch(`${server.url}/api/v1/namespaces/default/pods/${pod}/log`);
    expect(await r.text()).toBe(session.cluster.logs('default', pod));
  });
});
