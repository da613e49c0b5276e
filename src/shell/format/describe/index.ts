// `kubectl describe` entry point: one describer per kind, all returning the laid-out text.
import type { Kind, KindMap } from '../../../cluster/api/kinds.js';
import type { DescribeOptions } from '../types.js';
import { describeService } from './service.js';
import { describeEndpoints } from './endpoints.js';
import { describeIngress } from './ingress.js';
import { describePod } from './pod.js';
import { describeReplicationController, describeReplicaSet, describeDeployment, describeDaemonSet } from './workloads.js';
import { describeServiceAccount, describeEndpointSlice } from './discovery.js';
import { describeNode } from './node.js';
import { describeSecret, describeConfigMap, describeNamespace } from './config.js';
import { PrefixWriter, printLabelsMultiline, printAnnotationsMultiline, describeEvents, eventsFor } from './writer.js';
import type { IngressClass } from 'kubernetes-types/networking/v1.js';
import type { Event } from 'kubernetes-types/core/v1.js';
import type { Lease } from 'kubernetes-types/coordination/v1.js';
import { describeGeneric } from './generic.js';

function describeIngressClass(ic: IngressClass, opts: DescribeOptions): string {
  const meta = ic.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `Controller:\t${ic.spec?.controller ?? ''}\n`);
  const p = ic.spec?.parameters;
  if (p) {
    w.write(0, 'Parameters:\n');
    if (p.apiGroup) w.write(1, `APIGroup:\t${p.apiGroup}\n`);
    w.write(1, `Kind:\t${p.kind}\n`);
    w.write(1, `Name:\t${p.name}\n`);
  }
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'IngressClass', meta, { clusterScoped: true }), opts.now);
  return w.toString();
}

/** Events have no describer in kubectl: the generic describer prints them. */
const describeEvent = (e: Event, opts: DescribeOptions): string => describeGeneric('Event', e, opts);
/** Nor do Leases. */
const describeLease = (l: Lease, opts: DescribeOptions): string => describeGeneric('Lease', l, opts);

const DESCRIBERS: { [K in Kind]: (obj: KindMap[K], opts: DescribeOptions) => string } = {
  Service: describeService,
  Endpoints: describeEndpoints,
  Ingress: describeIngress,
  IngressClass: describeIngressClass,
  Pod: describePod,
  ReplicationController: describeReplicationController,
  ReplicaSet: describeReplicaSet,
  Deployment: describeDeployment,
  Node: describeNode,
  Secret: describeSecret,
  ConfigMap: describeConfigMap,
  Namespace: describeNamespace,
  Event: describeEvent,
  ServiceAccount: describeServiceAccount,
  DaemonSet: describeDaemonSet,
  EndpointSlice: describeEndpointSlice,
  Lease: describeLease,
};

/** `kubectl describe <kind> <name>` for one object. */
export function describe<K extends Kind>(kind: K, obj: KindMap[K], opts: DescribeOptions): string {
  return (DESCRIBERS[kind] as (o: KindMap[K], opts: DescribeOptions) => string)(obj, opts);
}

/** Several objects (`kubectl describe svc`), separated by a blank line as kubectl prints them. */
export function describeMany<K extends Kind>(kind: K, objs: readonly KindMap[K][], opts: DescribeOptions): string {
  return objs.map((o) => describe(kind, o, opts)).join('\n\n');
}
