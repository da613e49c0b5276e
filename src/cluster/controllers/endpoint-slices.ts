// EndpointSlices (discovery.k8s.io/v1), one per Service, from the same facts the Endpoints
// hold: the EndpointSlice controller keeps one for every Service with a selector (named
// `<service>-<5 random>`, owned by the Service, the Service's labels plus
// kubernetes.io/service-name and endpointslice.kubernetes.io/managed-by), the
// EndpointSliceMirroring controller copies hand-made Endpoints of a selector-less Service
// (owned by the Endpoints), and the API server's endpoint reconciler keeps `kubernetes`
// (skip-mirror on its Endpoints; only the service-name label). A slice deleted by hand comes
// back; a Service's slices go with it.
import type { EndpointAddress, Endpoints, Service } from 'kubernetes-types/core/v1.js';
import type { Endpoint, EndpointSlice } from 'kubernetes-types/discovery/v1.js';
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import { splitKey, type ControllerContext } from './context.js';
import { HEADLESS_LABEL, TRIGGER_ANNOTATION } from './endpoints.js';
import { randomSuffix, uuid } from '../runtime/allocators.js';
import type { Rng } from '../runtime/rng.js';
import { withControllerWrite } from '../api/managed-fields.js';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
const CONTROLLER = 'endpointslice-controller.k8s.io';
const MIRRORING = 'endpointslicemirroring-controller.k8s.io';
const SKIP_MIRROR = 'endpointslice.kubernetes.io/skip-mirror';

type Desired = Pick<EndpointSlice, 'metadata' | 'endpoints' | 'ports'> & { fixedName?: string };

function sliceEndpoints(ep: Readonly<Endpoints> | undefined, mirrored: boolean): Endpoint[] {
  const out: Endpoint[] = [];
  const add = (a: EndpointAddress, ready: boolean) => {
    const e: Endpoint = { addresses: [a.ip], conditions: mirrored ? { ready } : { ready, serving: ready, terminating: false } };
    if (a.hostname) e.hostname = a.hostname;
    if (a.nodeName) e.nodeName = a.nodeName;
    if (a.targetRef) e.targetRef = { kind: a.targetRef.kind, name: a.targetRef.name, namespace: a.targetRef.namespace, uid: a.targetRef.uid };
    out.push(e);
  };
  for (const s of ep?.subsets ?? []) {
    for (const a of s.addresses ?? []) add(a, true);
    for (const a of s.notReadyAddresses ?? []) add(a, false);
  }
  return out;
}

function slicePorts(ep: Readonly<Endpoints> | undefined): EndpointSlice['ports'] {
  const ports = ep?.subsets?.[0]?.ports ?? [];
  return ports.map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP', ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}) }));
}

/** The slice a Service should have (undefined: none). */
export function desiredSlice(svc: Readonly<Service> | undefined, ep: Readonly<Endpoints> | undefined): Desired | undefined {
  if (!svc || svc.spec?.type === 'ExternalName') return undefined;
  const ns = svc.metadata!.namespace!;
  const name = svc.metadata!.name!;
  if (svc.spec?.selector && Object.keys(svc.spec.selector).length) {
    const headless = svc.spec.clusterIP === 'None' || !svc.spec.clusterIP;
    const labels = { ...(svc.metadata?.labels ?? {}), [MANAGED_BY_LABEL]: CONTROLLER, [SERVICE_NAME_LABEL]: name, ...(headless ? { [HEADLESS_LABEL]: '' } : {}) };
    const trigger = ep?.metadata?.annotations?.[TRIGGER_ANNOTATION];
    const endpoints = sliceEndpoints(ep, false);
    const ports = slicePorts(ep);
    return {
      metadata: {
        namespace: ns,
        labels,
        ...(trigger ? { annotations: { [TRIGGER_ANNOTATION]: trigger } } : {}),
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata!.uid!, controller: true, blockOwnerDeletion: true }],
      },
      // The API serves an empty list as null (`endpoints: null`), a placeholder slice's ports too.
      endpoints: endpoints.length ? endpoints : (null as unknown as Endpoint[]),
      ...(ports?.length ? { ports } : { ports: null as unknown as [] }),
    };
  }
  if (!ep) return undefined;
  if (ep.metadata?.labels?.[SKIP_MIRROR] === 'true') {
    if (ns !== 'default' || name !== 'kubernetes') return undefined;
    return { fixedName: name, metadata: { namespace: ns, labels: { [SERVICE_NAME_LABEL]: name } }, endpoints: sliceEndpoints(ep, true), ports: slicePorts(ep) };
  }
  const endpoints = sliceEndpoints(ep, true);
  if (!endpoints.length) return undefined;
  const annotations = { ...(ep.metadata?.annotations ?? {}) };
  delete annotations['kubectl.kubernetes.io/last-applied-configuration'];
  return {
    metadata: {
      namespace: ns,
      labels: { ...(ep.metadata?.labels ?? {}), [MANAGED_BY_LABEL]: MIRRORING, [SERVICE_NAME_LABEL]: name },
      ...(Object.keys(annotations).length ? { annotations } : {}),
      ownerReferences: [{ apiVersion: 'v1', kind: 'Endpoints', name, uid: ep.metadata!.uid!, controller: true, blockOwnerDeletion: true }],
    },
    endpoints,
    ports: slicePorts(ep),
  };
}

export class EndpointSliceController implements Controller {
  readonly name = 'endpointslice-controller';
  private rng: Rng;

  constructor(private ctx: ControllerContext) {
    this.rng = ctx.rng.fork('endpointslices');
  }

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    const ns = e.object.metadata?.namespace;
    if (e.kind === 'Service' || e.kind === 'Endpoints') enqueue(`${ns}/${e.object.metadata!.name}`);
    else if (e.kind === 'EndpointSlice' && e.type === 'DELETED') {
      const svc = e.object.metadata?.labels?.[SERVICE_NAME_LABEL];
      if (svc) enqueue(`${ns}/${svc}`);
    }
  }

  reconcile(key: string): void {
    const [ns, name] = splitKey(key);
    const { store, clock } = this.ctx;
    const want = desiredSlice(store.get('Service', ns, name), store.get('Endpoints', ns, name));
    const mine = store.select('EndpointSlice', ns, (s) => s.metadata?.labels?.[SERVICE_NAME_LABEL] === name);
    // One slice is kept (the one the same controller made); any other goes.
    const keep = want ? mine.find((s) => s.metadata?.labels?.[MANAGED_BY_LABEL] === want.metadata?.labels?.[MANAGED_BY_LABEL]) : undefined;
    for (const s of mine) if (s !== keep) store.delete('EndpointSlice', ns, s.metadata!.name!);
    if (!want) return;
    const { fixedName, ...body } = want;
    const slice: EndpointSlice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      addressType: 'IPv4',
      ...body,
      metadata: {
        name: keep?.metadata?.name ?? fixedName ?? `${name}-${randomSuffix(this.rng)}`,
        ...body.metadata,
        uid: keep?.metadata?.uid ?? uuid(this.rng),
        creationTimestamp: keep?.metadata?.creationTimestamp ?? clock.iso(),
        generation: keep?.metadata?.generation ?? 1,
      },
    };
    // The EndpointSlice (and mirroring) controllers write with kube-controller-manager's
    // client; the API server's endpoint reconciler keeps `kubernetes` itself.
    const write = { manager: fixedName ? 'kube-apiserver' : 'kube-controller-manager', time: clock.iso() };
    if (!keep) {
      store.create('EndpointSlice', withControllerWrite('EndpointSlice', slice, undefined, write));
      return;
    }
    const same = JSON.stringify([keep.metadata?.labels, keep.metadata?.annotations, keep.endpoints, keep.ports]) === JSON.stringify([slice.metadata!.labels, slice.metadata!.annotations, slice.endpoints, slice.ports]);
    if (!same) store.update('EndpointSlice', withControllerWrite('EndpointSlice', { ...slice, metadata: { ...slice.metadata, generation: (keep.metadata?.generation ?? 1) + 1 } }, keep, write));
  }
}
