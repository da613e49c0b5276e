// Requests to a node from outside: a port that is no Service's NodePort (or another
// Service's than the task's), an address that is no node at all, and a node that drops the
// request because the Service's externalTrafficPolicy is Local and none of its pods run there.
import type { Service } from 'kubernetes-types/core/v1.js';
import { nodeByIp, nodeIp, parseTarget, podByIp, serviceByClusterIp, serviceByLoadBalancerIp, targetIp, ingressesAtIp } from '../facts.js';
import type { DiagnosisContext, Rule } from '../types.js';
import { internetHostByIp } from '../../../cluster/network/internet.js';
import { inServiceCidr } from '../../../cluster/runtime/allocators.js';

function nodePortsOf(svc: Service): number[] {
  return (svc.spec?.ports ?? []).map((p) => p.nodePort).filter((n): n is number => !!n);
}

/** The task's Services with node ports, else every Service with one. */
function taskNodePortServices(ctx: DiagnosisContext): Service[] {
  const all = ctx.store.list('Service').filter((s) => nodePortsOf(s).length > 0 && s.metadata?.namespace === 'default');
  const names = new Set([...ctx.task.services, ...ctx.task.objects.filter((o) => o.kind === 'Service').map((o) => o.name)]);
  const task = all.filter((s) => names.has(s.metadata?.name ?? ''));
  return task.length ? task : all;
}

export const nodePort: Rule = {
  meta: { id: 'node-port', description: 'A node port that is not the task\'s, or no Service\'s', messages: ['otherService', 'noService'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.from.kind === 'pod' || t.outcome === 'ok') continue;
      const ip = targetIp(t);
      const node = ip ? nodeByIp(ctx, ip) : undefined;
      if (!node) continue;
      const port = parseTarget(t.target).port;
      const task = taskNodePortServices(ctx);
      if (task.length === 0) continue;
      const want = task[0];
      const wantPort = nodePortsOf(want)[0];
      if (task.some((s) => nodePortsOf(s).includes(port))) continue;
      const owner = ctx.store.list('Service').find((s) => nodePortsOf(s).includes(port));
      const data = { port, name: want.metadata?.name ?? '', nodePort: wantPort, node: node.metadata?.name ?? '' };
      if (owner) return { message: 'otherService', data: { ...data, other: owner.metadata?.name ?? '' } };
      return { message: 'noService', data };
    }
    return undefined;
  },
};

/**
 * An address nothing here has: a private one is usually a node's address mistyped; a public
 * one is usually copied from the document (`130.211.53.173`), whose cluster is not this one —
 * the learner's load balancer has its own address, or none yet.
 */
export const unknownAddress: Rule = {
  meta: { id: 'unknown-address', description: 'An address that belongs to nothing in the cluster', messages: ['noService', 'noServiceAny', 'nodes', 'loadBalancer', 'loadBalancerPending', 'elsewhere', 'localhost', 'localhostNodePort'] },
  check(ctx) {
    for (const t of ctx.traces) {
      if (t.outcome === 'ok') continue;
      const ip = targetIp(t);
      if (!ip) continue;
      // A cluster IP no Service holds (the book's 10.111.249.153), from anywhere: name the learner's own.
      if (inServiceCidr(ip) && !serviceByClusterIp(ctx, ip)) {
        const svcs = ctx.store.list('Service', 'default').filter((s) => s.metadata?.name !== 'kubernetes' && s.spec?.clusterIP && s.spec.clusterIP !== 'None' && !s.metadata?.deletionTimestamp);
        const svc = svcs.find((s) => task(ctx).has(s.metadata?.name ?? '')) ?? svcs[0];
        return svc ? { message: 'noService', data: { ip, name: svc.metadata?.name, svcIp: svc.spec?.clusterIP } } : { message: 'noServiceAny', data: { ip } };
      }
      // localhost is the learner's own machine (a habit from minikube or kind): the node port is on the nodes.
      if (t.from.kind === 'laptop' && ip.startsWith('127.')) {
        const port = parseTarget(t.target).port;
        const svc = ctx.store.list('Service').find((s) => s.spec?.ports?.some((p) => p.nodePort === port) && !s.metadata?.deletionTimestamp);
        const node = ctx.store.list('Node').find((n) => !/control-plane/.test(n.metadata?.name ?? '')) ?? ctx.store.list('Node')[0];
        const at = node ? nodeIp(node) : undefined;
        return svc && at ? { message: 'localhostNodePort', data: { port, nodeIp: at, name: svc.metadata?.name } } : { message: 'localhost', data: {} };
      }
      if (t.from.kind !== 'laptop' || (t.outcome !== 'timeout' && t.outcome !== 'no-route')) continue;
      if (nodeByIp(ctx, ip) || serviceByClusterIp(ctx, ip) || podByIp(ctx, ip) || serviceByLoadBalancerIp(ctx, ip) || ingressesAtIp(ctx, ip).length) continue;
      if (/^(10|172\.(1[6-9]|2\d|3[01])|192\.168)\./.test(ip)) {
        const nodes = ctx.store.list('Node').map((n) => `${n.metadata?.name} (${nodeIp(n)})`).join(', ');
        return { message: 'nodes', data: { ip, nodes } };
      }
      if (internetHostByIp(ip)) continue;
      const lbs = ctx.store.list('Service', 'default').filter((s) => s.spec?.type === 'LoadBalancer' && !s.metadata?.deletionTimestamp);
      const lb = lbs.find((s) => task(ctx).has(s.metadata?.name ?? '')) ?? lbs[0];
      if (lb) {
        const lbIp = lb.status?.loadBalancer?.ingress?.[0]?.ip;
        const name = lb.metadata?.name ?? '';
        return lbIp ? { message: 'loadBalancer', data: { ip, name, lbIp } } : { message: 'loadBalancerPending', data: { ip, name } };
      }
      return { message: 'elsewhere', data: { ip } };
    }
    return undefined;
  },
};

function task(ctx: DiagnosisContext): Set<string> {
  return new Set([...ctx.task.services, ...ctx.task.objects.filter((o) => o.kind === 'Service').map((o) => o.name)]);
}

export const localPolicy: Rule = {
  meta: { id: 'etp-local-no-endpoint', description: 'externalTrafficPolicy: Local on a node that runs none of the Service\'s pods', messages: ['drop'] },
  check(ctx) {
    for (const t of ctx.traces) {
      const drop = t.hops.map((h) => h.fact).find((f) => f.key === 'noLocalEndpoints');
      if (t.outcome === 'ok' || !drop) continue;
      const ip = targetIp(t);
      const node = ip ? nodeByIp(ctx, ip) : undefined;
      const svc = t.service ? ctx.store.get('Service', t.service.namespace, t.service.name) : undefined;
      if (!svc) continue;
      const ep = ctx.store.get('Endpoints', t.service!.namespace, t.service!.name);
      const hosts = new Set((ep?.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.nodeName).filter(Boolean)));
      const good = ctx.store.list('Node').filter((n) => hosts.has(n.metadata?.name)).map((n) => `${n.metadata?.name} (${nodeIp(n)})`);
      const dropNode = node?.metadata?.name ?? drop.vars.node;
      return { message: 'drop', data: { name: t.service!.name, node: dropNode, nodes: good.join(', ') || '-' } };
    }
    return undefined;
  },
};
