// Reading a command line and its cluster: which object an address belongs to, what kubectl's
// error said, which Host a curl sent. Rules share these so each stays a few lines long.
import type { Service, Pod, Node } from 'kubernetes-types/core/v1.js';
import type { Ingress } from 'kubernetes-types/networking/v1.js';
import { KINDS, kindFromResource, type Kind } from '../../cluster/api/kinds.js';
import type { Trace } from '../../cluster/network/trace.js';
import type { DiagnosisContext } from './types.js';
import { lookupImage } from '../../cluster/images.js';
import type { Store } from '../../cluster/store/store.js';

export interface Target {
  scheme: string;
  host: string;
  port: number;
  path: string;
}

/** `http://10.96.0.5:8080/x` → its parts; a bare name or IP (nslookup) → host only. */
export function parseTarget(target: string): Target {
  const m = /^(?:([a-z]+):\/\/)?([^/:?#]+)(?::(\d+))?([^?#]*)/i.exec(target.trim());
  const scheme = (m?.[1] ?? 'http').toLowerCase();
  const port = m?.[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  return { scheme, host: m?.[2] ?? target, port, path: m?.[4] || '/' };
}

/** The IP a trace's request went to: the URL's host, or what DNS gave for it. */
export function targetIp(t: Trace): string | undefined {
  const host = parseTarget(t.target).host;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  for (const l of t.lookups) if (/^\d+\.\d+\.\d+\.\d+$/.test(l.result)) return l.result;
  for (const h of t.hops) {
    const f = h.fact;
    if (f.key === 'dnsResolved' || f.key === 'dnsResolvedCname' || f.key === 'dnsHosts') return /(\d+\.\d+\.\d+\.\d+)/.exec(f.vars.ips)?.[1];
  }
  return undefined;
}

export function serviceByClusterIp(ctx: DiagnosisContext, ip: string): Service | undefined {
  return ctx.store.list('Service').find((s) => s.spec?.clusterIP === ip || (s.spec?.clusterIPs ?? []).includes(ip));
}

export function serviceByLoadBalancerIp(ctx: DiagnosisContext, ip: string): Service | undefined {
  return ctx.store.list('Service').find((s) => (s.status?.loadBalancer?.ingress ?? []).some((i) => i.ip === ip));
}

export function podByIp(ctx: DiagnosisContext, ip: string): Pod | undefined {
  return ctx.store.list('Pod').find((p) => p.status?.podIP === ip && !p.metadata?.deletionTimestamp);
}

export function nodeIp(n: Node): string | undefined {
  return n.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
}

export function nodeByIp(ctx: DiagnosisContext, ip: string): Node | undefined {
  return ctx.store.list('Node').find((n) => (n.status?.addresses ?? []).some((a) => a.address === ip));
}

/** Ingresses whose load-balancer address is this IP. */
export function ingressesAtIp(ctx: DiagnosisContext, ip: string): Ingress[] {
  return ctx.store.list('Ingress').filter((i) => (i.status?.loadBalancer?.ingress ?? []).some((x) => x.ip === ip));
}

/** The hosts an Ingress's rules name, in order, each once. */
export function ruleHosts(ing: Ingress): string[] {
  return [...new Set((ing.spec?.rules ?? []).map((r) => r.host).filter((h): h is string => !!h))];
}

/** `-H 'Host: x'` / `--header "host:x"` in a curl line. */
export function hostHeader(input: string): string | undefined {
  const m = /(?:-H|--header)\s*(?:=\s*)?["']?\s*host\s*:\s*([^"'\s]+)/i.exec(input);
  return m?.[1];
}

/** `80/TCP → 8080`, `http 80 → 8080`: a Service's ports as the learner would read them. */
export function portList(svc: Service): string {
  return (svc.spec?.ports ?? [])
    .map((p) => `${p.name ? `${p.name} ` : ''}${p.port}${p.targetPort !== undefined && String(p.targetPort) !== String(p.port) ? `→${p.targetPort}` : ''}`)
    .join(', ');
}

export interface KubectlError {
  reason: string;
  kind?: Kind;
  resource: string;
  name: string;
}

/** `Error from server (NotFound): services "x" not found` and friends (`kubectl logs` writes `error: error from server …`), one per line. */
export function kubectlErrors(stderr: string): KubectlError[] {
  const out: KubectlError[] = [];
  for (const m of stderr.matchAll(/[Ee]rror from server \((\w+)\):.*?\b([a-z][a-z.]*) "([^"]+)" (?:not found|already exists)/g)) {
    out.push({ reason: m[1], resource: m[2], name: m[3], kind: kindFromResource(m[2].split('.')[0])?.kind });
  }
  return out;
}

/**
 * `The Service "x" is invalid: spec.ports[0].port: …` (or kubectl create's `error: failed to
 * create …: Service "x" is invalid: …`): the object the API server refused and its field
 * errors — the one after the colon, or several as `* field: …` lines below it.
 */
export function invalidObject(stderr: string): { kind: Kind; name: string; errors: string[] } | undefined {
  const head = /(?:^The |: )(\w+)(?:\.[\w.]+)? "([^"]*)" is invalid: /m.exec(stderr);
  if (!head || !(head[1] in KINDS)) return undefined;
  const rest = stderr.slice(head.index + head[0].length);
  const errors = rest.startsWith('\n') ? [...rest.matchAll(/^\* (.*)$/gm)].map((x) => x[1]) : [rest.split('\n')[0]];
  return { kind: head[1] as Kind, name: head[2], errors };
}

/** The namespace a kubectl line names (`-n x`, `--namespace=x`), else undefined. */
export function namespaceFlag(input: string): string | undefined {
  return /(?:^|\s)(?:-n|--namespace)(?:=|\s+)([a-z0-9][-a-z0-9]*)/.exec(input)?.[1];
}

/** The words of a line, quotes removed (enough for flags and names; not a shell parser). */
export function words(input: string): string[] {
  return [...input.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Like `words`, but a `$(…)` substitution stays one word, as typed (`kubectl exec $(…) curl`). */
export function shellWords(input: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/.test(input[i])) i++;
    if (i >= input.length) break;
    let w = '';
    let depth = 0;
    let quote = '';
    for (; i < input.length; i++) {
      const c = input[i];
      if (quote) {
        if (c === quote) quote = '';
        else w += c;
        continue;
      }
      if (c === "'" || c === '"') {
        if (depth) w += c;
        else quote = c;
        continue;
      }
      if (c === '$' && input[i + 1] === '(') depth++;
      else if (c === ')' && depth) depth--;
      if (!depth && /\s/.test(c)) break;
      w += c;
    }
    out.push(w);
  }
  return out;
}

/** Names of the objects of a kind: the task's first, then the cluster's, each once. */
export function candidateNames(ctx: DiagnosisContext, kind: Kind, namespace = 'default'): string[] {
  const task = ctx.task.objects.filter((o) => o.kind === kind && o.namespace === namespace).map((o) => o.name);
  const live = ctx.store.list(kind, namespace).map((o) => o.metadata?.name ?? '').filter(Boolean);
  return [...new Set([...task, ...live])];
}

/** The singular a learner types for a kind (`svc` stays `svc` in commands we suggest). */
export function shortName(kind: Kind): string {
  const map: Partial<Record<Kind, string>> = { Service: 'svc', Pod: 'pod', Endpoints: 'endpoints', ReplicationController: 'rc', Ingress: 'ingress', Secret: 'secret', Namespace: 'namespace' };
  return map[kind] ?? kind.toLowerCase();
}

/** The commands on PATH in a pod's container (its first, or the one named), and the image. */
export function toolsOf(pod: Pod | undefined, container?: string): { image: string; commands: string[] } | undefined {
  const c = pod?.spec?.containers?.find((x) => !container || x.name === container);
  const spec = c?.image ? lookupImage(c.image) : undefined;
  return c?.image && spec ? { image: c.image, commands: spec.commands } : undefined;
}

/** A running pod whose image has `tool`, other than `except` (dnsutils in lesson 08). */
export function podWithTool(store: Store, tool: string, except?: string): string | undefined {
  return store
    .list('Pod', 'default')
    .find((p) => p.metadata?.name !== except && p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp && toolsOf(p)?.commands.includes(tool))
    ?.metadata?.name;
}

/** `kubectl exec [flags] POD [--] CMD…` → the pod, the `-c` container and the command's words. */
export function execParts(input: string): { pod: string; container?: string; command: string[] } | undefined {
  const m = /\bkubectl\s+exec\b(.*)$/.exec(input.split(/\s(?:\||;|&&|\|\|)\s/)[0]);
  if (!m) return undefined;
  const w = shellWords(m[1]);
  const withValue = new Set(['-c', '--container', '-n', '--namespace', '-s', '--server', '--context', '--kubeconfig']);
  let pod: string | undefined;
  let container: string | undefined;
  let k = 0;
  for (; k < w.length; k++) {
    if (w[k] === '--') {
      k++;
      break;
    }
    if (w[k].startsWith('-')) {
      if (withValue.has(w[k]) && !pod) {
        if (w[k] === '-c' || w[k] === '--container') container = w[k + 1];
        k++;
      }
      continue;
    }
    if (pod) break;
    pod = w[k];
  }
  return pod ? { pod, container, command: w.slice(k) } : undefined;
}
