// Discovery as kube-apiserver 1.30 serves it: /version, the legacy documents (/api,
// /apis, /api/v1, /apis/<group>/<version>) and the aggregated v2 lists kubectl 1.30 asks for
// first (`application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList`). Only the
// kinds the simulation serves are listed, so every resource a client discovers also works.
import { KINDS, type Kind, type KindInfo } from './kinds.js';

/** The server's version (`/version`, and what `kubectl version` reports for the server). */
export const SERVER_VERSION = {
  major: '1',
  minor: '30',
  gitVersion: 'v1.30.0',
  gitCommit: '7c48c2bd72b9bf5c44d21d7338cc7bea77d0ad2a',
  gitTreeState: 'clean',
  buildDate: '2024-04-17T17:27:03Z',
  goVersion: 'go1.22.2',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export const AGGREGATED_V2 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
/** Kinds in the `all` category (`kubectl get all`). */
const CATEGORY_ALL = new Set<Kind>(['Pod', 'Service', 'ReplicationController', 'DaemonSet', 'Deployment', 'ReplicaSet']);

interface Sub {
  subresource: string;
  kind: { group: string; version: string; kind: string };
  verbs: string[];
}

function groupOf(info: KindInfo): string {
  return info.apiVersion.includes('/') ? info.apiVersion.split('/')[0] : '';
}

function subresources(info: KindInfo): Sub[] {
  const self = { group: groupOf(info), version: 'v1', kind: info.kind };
  const status: Sub = { subresource: 'status', kind: self, verbs: ['get', 'patch', 'update'] };
  const scale: Sub = { subresource: 'scale', kind: { group: 'autoscaling', version: 'v1', kind: 'Scale' }, verbs: ['get', 'patch', 'update'] };
  switch (info.kind) {
    case 'Pod':
      return [
        { subresource: 'exec', kind: { group: '', version: 'v1', kind: 'PodExecOptions' }, verbs: ['create', 'get'] },
        { subresource: 'log', kind: self, verbs: ['get'] },
        status,
      ];
    case 'ReplicationController':
    case 'ReplicaSet':
    case 'Deployment':
      return [scale, status];
    case 'DaemonSet':
      return [status];
    case 'Service':
    case 'Ingress':
    case 'Namespace':
    case 'Node':
      return [status];
    default:
      return [];
  }
}

/** The served kinds of one group version, alphabetically by resource (the server's order). */
function kindsOf(groupVersion: string): KindInfo[] {
  return Object.values(KINDS)
    .filter((k) => k.apiVersion === groupVersion)
    .sort((a, b) => (a.resource < b.resource ? -1 : 1));
}

/** Group versions in the order the server lists them: core, then groups by priority. */
export const GROUP_VERSIONS = ['v1', 'apps/v1', 'networking.k8s.io/v1', 'coordination.k8s.io/v1', 'discovery.k8s.io/v1'];

export function isServedGroupVersion(gv: string): boolean {
  return GROUP_VERSIONS.includes(gv);
}

export function resourceList(groupVersion: string): unknown {
  const resources: unknown[] = [];
  for (const k of kindsOf(groupVersion)) {
    resources.push({
      name: k.resource,
      singularName: k.singular,
      namespaced: k.namespaced,
      kind: k.kind,
      verbs: ALL_VERBS,
      ...(k.shortNames.length ? { shortNames: k.shortNames } : {}),
      ...(CATEGORY_ALL.has(k.kind) ? { categories: ['all'] } : {}),
    });
    for (const s of subresources(k)) {
      resources.push({ name: `${k.resource}/${s.subresource}`, singularName: '', namespaced: k.namespaced, ...(s.kind.group ? { group: s.kind.group, version: s.kind.version } : {}), kind: s.kind.kind, verbs: s.verbs });
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources };
}

export function apiVersions(address: string): unknown {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: address }] };
}

export function apiGroupList(): unknown {
  const groups = GROUP_VERSIONS.filter((gv) => gv.includes('/')).map((gv) => {
    const [name, version] = gv.split('/');
    return { name, versions: [{ groupVersion: gv, version }], preferredVersion: { groupVersion: gv, version } };
  });
  return { kind: 'APIGroupList', apiVersion: 'v1', groups };
}

function discoveryResource(k: KindInfo): unknown {
  return {
    resource: k.resource,
    responseKind: { group: groupOf(k), version: 'v1', kind: k.kind },
    scope: k.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: k.singular,
    verbs: ALL_VERBS,
    ...(k.shortNames.length ? { shortNames: k.shortNames } : {}),
    ...(CATEGORY_ALL.has(k.kind) ? { categories: ['all'] } : {}),
    ...(subresources(k).length
      ? { subresources: subresources(k).map((s) => ({ subresource: s.subresource, responseKind: s.kind, verbs: s.verbs })) }
      : {}),
  };
}

/** `/api` (legacy: true) or `/apis` as an aggregated APIGroupDiscoveryList. */
export function aggregatedDiscovery(legacy: boolean): unknown {
  const items = GROUP_VERSIONS.filter((gv) => gv.includes('/') !== legacy).map((gv) => {
    const [name, version] = gv.includes('/') ? gv.split('/') : ['', gv];
    return {
      metadata: { ...(name ? { name } : {}), creationTimestamp: null },
      versions: [{ version, resources: kindsOf(gv).map(discoveryResource), freshness: 'Current' }],
    };
  });
  return { kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {}, items };
}
