// The kinds the simulated API server serves, with the names kubectl knows them by.
import type { Endpoints, Event, Namespace, Node, Pod, ReplicationController, Secret, Service, ServiceAccount, ConfigMap } from 'kubernetes-types/core/v1.js';
import type { DaemonSet, Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1.js';
import type { Lease } from 'kubernetes-types/coordination/v1.js';
import type { Ingress, IngressClass } from 'kubernetes-types/networking/v1.js';

export interface KindMap {
  Pod: Pod;
  Service: Service;
  Endpoints: Endpoints;
  ReplicationController: ReplicationController;
  ReplicaSet: ReplicaSet;
  Deployment: Deployment;
  Node: Node;
  Namespace: Namespace;
  Secret: Secret;
  ConfigMap: ConfigMap;
  Event: Event;
  Ingress: Ingress;
  IngressClass: IngressClass;
  ServiceAccount: ServiceAccount;
  DaemonSet: DaemonSet;
  EndpointSlice: EndpointSlice;
  Lease: Lease;
}
export type Kind = keyof KindMap;
export type AnyObject = KindMap[Kind];

export interface KindInfo {
  kind: Kind;
  apiVersion: string;
  /** Lower-case plural resource name, as in URLs and `kubectl get <resource>`. */
  resource: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  /** `service`, `ingress.networking.k8s.io`: what kubectl prints before `/name`. */
  qualified: string;
}

export const KINDS: Record<Kind, KindInfo> = {
  Pod: { kind: 'Pod', apiVersion: 'v1', resource: 'pods', singular: 'pod', shortNames: ['po'], namespaced: true, qualified: 'pod' },
  Service: { kind: 'Service', apiVersion: 'v1', resource: 'services', singular: 'service', shortNames: ['svc'], namespaced: true, qualified: 'service' },
  Endpoints: { kind: 'Endpoints', apiVersion: 'v1', resource: 'endpoints', singular: 'endpoints', shortNames: ['ep'], namespaced: true, qualified: 'endpoints' },
  ReplicationController: { kind: 'ReplicationController', apiVersion: 'v1', resource: 'replicationcontrollers', singular: 'replicationcontroller', shortNames: ['rc'], namespaced: true, qualified: 'replicationcontroller' },
  ReplicaSet: { kind: 'ReplicaSet', apiVersion: 'apps/v1', resource: 'replicasets', singular: 'replicaset', shortNames: ['rs'], namespaced: true, qualified: 'replicaset.apps' },
  Deployment: { kind: 'Deployment', apiVersion: 'apps/v1', resource: 'deployments', singular: 'deployment', shortNames: ['deploy'], namespaced: true, qualified: 'deployment.apps' },
  Node: { kind: 'Node', apiVersion: 'v1', resource: 'nodes', singular: 'node', shortNames: ['no'], namespaced: false, qualified: 'node' },
  Namespace: { kind: 'Namespace', apiVersion: 'v1', resource: 'namespaces', singular: 'namespace', shortNames: ['ns'], namespaced: false, qualified: 'namespace' },
  Secret: { kind: 'Secret', apiVersion: 'v1', resource: 'secrets', singular: 'secret', shortNames: [], namespaced: true, qualified: 'secret' },
  ConfigMap: { kind: 'ConfigMap', apiVersion: 'v1', resource: 'configmaps', singular: 'configmap', shortNames: ['cm'], namespaced: true, qualified: 'configmap' },
  Event: { kind: 'Event', apiVersion: 'v1', resource: 'events', singular: 'event', shortNames: ['ev'], namespaced: true, qualified: 'event' },
  Ingress: { kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', resource: 'ingresses', singular: 'ingress', shortNames: ['ing'], namespaced: true, qualified: 'ingress.networking.k8s.io' },
  IngressClass: { kind: 'IngressClass', apiVersion: 'networking.k8s.io/v1', resource: 'ingressclasses', singular: 'ingressclass', shortNames: [], namespaced: false, qualified: 'ingressclass.networking.k8s.io' },
  ServiceAccount: { kind: 'ServiceAccount', apiVersion: 'v1', resource: 'serviceaccounts', singular: 'serviceaccount', shortNames: ['sa'], namespaced: true, qualified: 'serviceaccount' },
  DaemonSet: { kind: 'DaemonSet', apiVersion: 'apps/v1', resource: 'daemonsets', singular: 'daemonset', shortNames: ['ds'], namespaced: true, qualified: 'daemonset.apps' },
  EndpointSlice: { kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', resource: 'endpointslices', singular: 'endpointslice', shortNames: [], namespaced: true, qualified: 'endpointslice.discovery.k8s.io' },
  Lease: { kind: 'Lease', apiVersion: 'coordination.k8s.io/v1', resource: 'leases', singular: 'lease', shortNames: [], namespaced: true, qualified: 'lease.coordination.k8s.io' },
};

/** Resolves what a learner typed (`svc`, `services`, `Service`, `ingress.networking.k8s.io`) to a kind. */
export function kindFromResource(typed: string): KindInfo | undefined {
  const t = typed.toLowerCase();
  for (const info of Object.values(KINDS)) {
    if (t === info.resource || t === info.singular || t === info.kind.toLowerCase() || info.shortNames.includes(t) || t === info.qualified || t === `${info.resource}.${info.qualified.split('.').slice(1).join('.')}`) {
      return info;
    }
  }
  return undefined;
}
