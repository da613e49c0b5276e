// Garbage collection and namespace deletion: when an owner goes, its dependents (pods of
// an RC or DaemonSet, ReplicaSets of a Deployment) are deleted in the background, pods gracefully; a
// Terminating namespace is emptied, then removed.
import type { Controller } from './manager.js';
import type { WatchEvent } from '../store/store.js';
import type { ControllerContext } from './context.js';
import { KINDS, type Kind } from '../api/kinds.js';

export class GarbageCollector implements Controller {
  readonly name = 'garbage-collector';
  constructor(private ctx: ControllerContext) {}

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.type === 'DELETED' && e.object.metadata?.uid && (e.kind === 'ReplicationController' || e.kind === 'ReplicaSet' || e.kind === 'Deployment' || e.kind === 'DaemonSet')) {
      enqueue(`${e.object.metadata.namespace}/${e.object.metadata.uid}`);
    }
  }

  reconcile(key: string): void {
    const i = key.indexOf('/');
    const ns = key.slice(0, i);
    const uid = key.slice(i + 1);
    for (const p of this.ctx.pods.ownedBy(uid)) {
      if (!p.metadata?.deletionTimestamp) this.ctx.api.delete('Pod', p.metadata!.namespace, p.metadata!.name!);
    }
    for (const rs of this.ctx.store.list('ReplicaSet', ns)) {
      if (rs.metadata?.ownerReferences?.some((r) => r.uid === uid)) this.ctx.api.delete('ReplicaSet', ns, rs.metadata!.name!);
    }
  }
}

const ROOT_CA_NAME = 'kube-root-ca.crt';
const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';
export const ROOT_CA_PEM =
  '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIKubetourCAwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE\nAxMKa3ViZXJuZXRlczAeFw0yNjExMTQwOTAwMDBaFw0zNjExMTIwOTAwMDBaMBUx\n-----END CERTIFICATE-----\n';

export class NamespaceController implements Controller {
  readonly name = 'namespace-controller';
  constructor(private ctx: ControllerContext) {}

  onEvent(e: WatchEvent, enqueue: (key: string) => void): void {
    if (e.kind === 'Namespace' && e.type !== 'DELETED') enqueue(e.object.metadata!.name!);
    if (e.kind === 'ConfigMap' && e.type === 'DELETED' && e.object.metadata?.name === ROOT_CA_NAME) enqueue(e.object.metadata.namespace!);
    if (e.type === 'DELETED' && KINDS[e.kind].namespaced && e.object.metadata?.namespace) {
      const ns = this.ctx.store.get('Namespace', undefined, e.object.metadata.namespace);
      if (ns?.metadata?.deletionTimestamp) enqueue(ns.metadata.name!);
    }
  }

  reconcile(name: string): void {
    const ns = this.ctx.store.get('Namespace', undefined, name);
    if (!ns) return;
    if (!ns.metadata?.deletionTimestamp) {
      // The root-ca-cert-publisher puts the cluster CA into every namespace.
      if (!this.ctx.store.get('ConfigMap', name, ROOT_CA_NAME)) {
        this.ctx.api.create({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: ROOT_CA_NAME, namespace: name, annotations: { 'kubernetes.io/description': ROOT_CA_DESCRIPTION } },
          data: { 'ca.crt': ROOT_CA_PEM },
        }, { fieldManager: 'kube-controller-manager' });
      }
      return;
    }
    let left = 0;
    for (const kind of Object.keys(KINDS) as Kind[]) {
      if (!KINDS[kind].namespaced) continue;
      for (const o of this.ctx.store.list(kind, name)) {
        left++;
        if (kind === 'Pod' && o.metadata?.deletionTimestamp) continue;
        if (kind === 'Event') {
          this.ctx.store.delete('Event', name, o.metadata!.name!);
          continue;
        }
        this.ctx.api.delete(kind, name, o.metadata!.name!);
      }
    }
    if (left === 0 || this.ctx.store.list('Pod', name).length === 0) {
      let rest = 0;
      for (const kind of Object.keys(KINDS) as Kind[]) if (KINDS[kind].namespaced) rest += this.ctx.store.list(kind, name).length;
      if (rest === 0) this.ctx.store.delete('Namespace', undefined, name);
    }
  }
}
