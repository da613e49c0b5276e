// Address indexes the data plane keeps in step with the store through its watch: which
// service owns a ClusterIP, a load-balancer IP or a NodePort, which node owns an address,
// which pod owns an IP. Kept incrementally so a request costs the same in a 10,000-pod
// cluster as in a 3-pod one.
import type { Node, Pod, Service } from 'kubernetes-types/core/v1.js';
import type { Store, WatchEvent } from '../store/store.js';
import { appIdForImage } from './apps.js';

export class Topology {
  readonly podsByIp = new Map<string, Readonly<Pod>>();
  readonly servicesByClusterIp = new Map<string, Readonly<Service>>();
  readonly servicesByLbIp = new Map<string, Readonly<Service>>();
  readonly servicesByNodePort = new Map<number, Readonly<Service>>();
  readonly nodesByIp = new Map<string, Readonly<Node>>();
  /** `<node>:<hostPort>` → the pod that holds the host port (kind-style ingress controllers). */
  readonly hostPorts = new Map<string, Readonly<Pod>>();
  /** Running ingress-nginx controller pods, by uid. */
  readonly ingressControllers = new Map<string, Readonly<Pod>>();

  constructor(private readonly store: Store) {
    for (const p of store.list('Pod')) this.addPod(p);
    for (const s of store.list('Service')) this.addService(s);
    for (const n of store.list('Node')) this.addNode(n);
    store.watch((e) => this.onEvent(e));
  }

  nodes(): Readonly<Node>[] {
    return this.store.list('Node');
  }

  /** The node's address other machines reach it at (InternalIP first). */
  nodeIp(node: Readonly<Node> | undefined): string | undefined {
    const addrs = node?.status?.addresses ?? [];
    return (addrs.find((a) => a.type === 'InternalIP') ?? addrs.find((a) => a.type === 'ExternalIP'))?.address;
  }

  nodeByName(name: string | undefined): Readonly<Node> | undefined {
    return name ? this.store.get('Node', undefined, name) : undefined;
  }

  private onEvent(e: WatchEvent): void {
    if (e.kind === 'Pod') {
      if (e.old) this.removePod(e.old as Pod);
      if (e.type !== 'DELETED') this.addPod(e.object as Pod);
    } else if (e.kind === 'Service') {
      if (e.old) this.removeService(e.old as Service);
      if (e.type !== 'DELETED') this.addService(e.object as Service);
    } else if (e.kind === 'Node') {
      if (e.old) this.removeNode(e.old as Node);
      if (e.type !== 'DELETED') this.addNode(e.object as Node);
    }
  }

  private addPod(p: Readonly<Pod>): void {
    for (const c of p.spec?.containers ?? []) {
      for (const port of c.ports ?? []) if (port.hostPort && p.spec?.nodeName) this.hostPorts.set(`${p.spec.nodeName}:${port.hostPort}`, p);
      if (appIdForImage(c.image) === 'ingress-nginx' && p.metadata?.uid) this.ingressControllers.set(p.metadata.uid, p);
    }
    const ip = p.status?.podIP;
    // hostNetwork pods share the node's IP; the node index answers for that address.
    if (ip && !p.spec?.hostNetwork) this.podsByIp.set(ip, p);
  }
  private removePod(p: Readonly<Pod>): void {
    for (const c of p.spec?.containers ?? []) for (const port of c.ports ?? []) if (port.hostPort && p.spec?.nodeName && this.hostPorts.get(`${p.spec.nodeName}:${port.hostPort}`)?.metadata?.uid === p.metadata?.uid) this.hostPorts.delete(`${p.spec.nodeName}:${port.hostPort}`);
    if (p.metadata?.uid) this.ingressControllers.delete(p.metadata.uid);
    const ip = p.status?.podIP;
    if (ip && this.podsByIp.get(ip)?.metadata?.uid === p.metadata?.uid) this.podsByIp.delete(ip);
  }

  private addService(s: Readonly<Service>): void {
    const spec = s.spec ?? {};
    for (const ip of spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : [])) if (ip !== 'None') this.servicesByClusterIp.set(ip, s);
    for (const ip of spec.externalIPs ?? []) this.servicesByLbIp.set(ip, s);
    for (const ing of s.status?.loadBalancer?.ingress ?? []) if (ing.ip) this.servicesByLbIp.set(ing.ip, s);
    for (const p of spec.ports ?? []) if (p.nodePort) this.servicesByNodePort.set(p.nodePort, s);
  }
  private removeService(s: Readonly<Service>): void {
    const same = (m: Map<any, Readonly<Service>>, k: unknown) => {
      const cur = m.get(k);
      if (cur && cur.metadata?.uid === s.metadata?.uid) m.delete(k);
    };
    const spec = s.spec ?? {};
    for (const ip of spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : [])) same(this.servicesByClusterIp, ip);
    for (const ip of spec.externalIPs ?? []) same(this.servicesByLbIp, ip);
    for (const ing of s.status?.loadBalancer?.ingress ?? []) if (ing.ip) same(this.servicesByLbIp, ing.ip);
    for (const p of spec.ports ?? []) if (p.nodePort) same(this.servicesByNodePort, p.nodePort);
  }

  private addNode(n: Readonly<Node>): void {
    for (const a of n.status?.addresses ?? []) if (a.type === 'InternalIP' || a.type === 'ExternalIP') this.nodesByIp.set(a.address, n);
  }
  private removeNode(n: Readonly<Node>): void {
    for (const a of n.status?.addresses ?? []) if (this.nodesByIp.get(a.address)?.metadata?.name === n.metadata?.name) this.nodesByIp.delete(a.address);
  }
}
