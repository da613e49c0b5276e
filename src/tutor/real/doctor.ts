// `kubetour doctor --cluster CONTEXT`: whether the lessons can run on that cluster, and what
// to install where they cannot — kubectl and the context, the server's version, ready nodes,
// the right to make a namespace, a LoadBalancer provider (kind: cloud-provider-kind;
// minikube: `minikube tunnel`), an Ingress controller, and whether the lessons' image can be
// pulled (a pod of luksa/kubia started in a namespace of its own, then deleted).
import { spawnSync } from 'node:child_process';
import type { CliIO } from '../../cli-io.js';
import { learnerNamespace } from './verify-cluster.js';

interface Finding {
  ok: boolean | 'warn';
  what: string;
  advice?: string;
}

const USAGE = 'usage: kubetour doctor --cluster CONTEXT [--kubectl PATH] [--no-pull]\n';

export async function runDoctorCli(argv: string[], io: CliIO): Promise<number> {
  let context: string | undefined;
  let kubectl = io.env.KUBETOUR_KUBECTL || 'kubectl';
  let pull = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '-h' || name === '--help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (name === '--no-pull') pull = false;
    else if (name === '--cluster' || name === '--kubectl') {
      const v = inline ?? argv[++i];
      if (!v) {
        io.stderr.write(`kubetour doctor: ${name} needs a value\n${USAGE}`);
        return 2;
      }
      if (name === '--cluster') context = v;
      else kubectl = v;
    } else {
      io.stderr.write(`kubetour doctor: unknown option "${a}"\n${USAGE}`);
      return 2;
    }
  }
  if (!context) {
    io.stderr.write(`kubetour doctor: which cluster? Name a kubeconfig context with --cluster.\n${USAGE}`);
    return 2;
  }
  const findings = diagnose(context, kubectl, io.env, pull);
  for (const f of findings) {
    const mark = f.ok === true ? 'ok  ' : f.ok === 'warn' ? 'warn' : 'FAIL';
    io.stdout.write(`${mark}  ${f.what}\n${f.advice ? `      ${f.advice.replace(/\n/g, '\n      ')}\n` : ''}`);
  }
  const failed = findings.filter((f) => f.ok === false).length;
  io.stdout.write(failed ? `${failed} problem${failed === 1 ? '' : 's'}: some lessons will not run on "${context}" until they are fixed.\n` : `The lessons can run on "${context}": kubetour --cluster ${context}\n`);
  return failed ? 1 : 0;
}

type Obj = Record<string, any>;

export function diagnose(context: string, kubectl: string, env: Record<string, string | undefined>, pull: boolean): Finding[] {
  const run = (args: string[], input?: string) => {
    const r = spawnSync(kubectl, ['--context', context, ...args], { env: env as NodeJS.ProcessEnv, encoding: 'utf8', input, timeout: 60_000 });
    return { status: r.error ? 127 : r.status ?? 1, stdout: r.stdout ?? '', stderr: r.error ? r.error.message : r.stderr ?? '' };
  };
  const json = (args: string[]): Obj | undefined => {
    const r = run([...args, '-o', 'json']);
    if (r.status !== 0) return undefined;
    try {
      return JSON.parse(r.stdout) as Obj;
    } catch {
      return undefined;
    }
  };
  const out: Finding[] = [];
  const client = spawnSync(kubectl, ['version', '--client', '-o', 'json'], { env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  if (client.error || client.status !== 0) {
    out.push({ ok: false, what: `kubectl (${kubectl}) does not run`, advice: 'Install kubectl 1.30 (https://kubernetes.io/docs/tasks/tools/) or name one with --kubectl PATH.' });
    return out;
  }
  out.push({ ok: true, what: `kubectl ${JSON.parse(client.stdout).clientVersion?.gitVersion ?? ''}`.trim() });
  const ctx = spawnSync(kubectl, ['config', 'get-contexts', context, '--no-headers'], { env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  if (ctx.status !== 0) {
    out.push({ ok: false, what: `no context "${context}" in the kubeconfig`, advice: 'See `kubectl config get-contexts`; kind, minikube and the cloud CLIs add one when they make a cluster.' });
    return out;
  }
  const version = run(['version', '-o', 'json']);
  const server = version.status === 0 ? (JSON.parse(version.stdout).serverVersion as Obj | undefined) : undefined;
  if (!server) {
    out.push({ ok: false, what: `the cluster of "${context}" does not answer`, advice: version.stderr.trim().split('\n').pop() });
    return out;
  }
  const minor = Number(String(server.minor).replace(/\D/g, ''));
  out.push({ ok: Math.abs(minor - 30) <= 1 ? true : 'warn', what: `server ${server.gitVersion}`, advice: Math.abs(minor - 30) <= 1 ? undefined : 'The lessons follow Kubernetes 1.30; messages may differ on this version.' });
  const nodes = (json(['get', 'nodes'])?.items ?? []) as Obj[];
  const ready = nodes.filter((n) => n.status?.conditions?.some((c: Obj) => c.type === 'Ready' && c.status === 'True'));
  out.push({ ok: ready.length > 0, what: `${ready.length} of ${nodes.length} nodes ready`, advice: ready.length ? undefined : 'Pods cannot start without a ready node.' });
  const canNs = run(['auth', 'can-i', 'create', 'namespaces']);
  out.push({ ok: canNs.stdout.trim() === 'yes', what: canNs.stdout.trim() === 'yes' ? 'may create namespaces (each learner gets one)' : 'may not create namespaces', advice: canNs.stdout.trim() === 'yes' ? undefined : 'Each learner works in a namespace of their own: ask for the right to create namespaces.' });
  out.push(loadBalancerFinding(nodes, (json(['get', 'services', '-A'])?.items ?? []) as Obj[]));
  out.push(ingressFinding((json(['get', 'ingressclasses'])?.items ?? []) as Obj[]));
  if (pull) out.push(pullFinding(run));
  return out;
}

function loadBalancerFinding(nodes: Obj[], services: Obj[]): Finding {
  const served = services.some((s) => s.spec?.type === 'LoadBalancer' && (s.status?.loadBalancer?.ingress ?? []).length > 0);
  if (served) return { ok: true, what: 'LoadBalancer services get an address' };
  const provider = String(nodes[0]?.spec?.providerID ?? '');
  const labels = (nodes[0]?.metadata?.labels ?? {}) as Record<string, string>;
  if (provider.startsWith('kind://')) return { ok: 'warn', what: 'kind: LoadBalancer services stay <pending> without a provider', advice: 'Run cloud-provider-kind next to the cluster: go install sigs.k8s.io/cloud-provider-kind@latest && sudo cloud-provider-kind' };
  if ('minikube.k8s.io/name' in labels) return { ok: 'warn', what: 'minikube: LoadBalancer services stay <pending> until a tunnel runs', advice: 'Run `minikube tunnel` in another terminal during lesson 10.' };
  if (/^(gce|aws|azure|digitalocean|linode|oci|hcloud):\/\//.test(provider)) return { ok: true, what: `a cloud provider (${provider.split(':')[0]}) provisions LoadBalancers` };
  return { ok: 'warn', what: 'no sign of a LoadBalancer provider', advice: 'Lesson 10 needs one: MetalLB on bare metal, cloud-provider-kind for kind, `minikube tunnel` for minikube.' };
}

function ingressFinding(classes: Obj[]): Finding {
  if (classes.length === 0) return { ok: 'warn', what: 'no IngressClass: no Ingress controller is installed', advice: 'Lessons 12 and 13 need one, e.g. ingress-nginx: https://kubernetes.github.io/ingress-nginx/deploy/ (minikube: `minikube addons enable ingress`).' };
  const def = classes.find((c) => c.metadata?.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true');
  return def ? { ok: true, what: `Ingress controller: class "${def.metadata.name}" (default)` } : { ok: 'warn', what: `IngressClasses ${classes.map((c) => c.metadata?.name).join(', ')}, none the default`, advice: 'The lessons\' Ingresses name no class: mark one default (annotation ingressclass.kubernetes.io/is-default-class: "true").' };
}

function pullFinding(run: (args: string[], input?: string) => { status: number; stdout: string; stderr: string }): Finding {
  const ns = learnerNamespace('doctor');
  if (run(['create', 'namespace', ns]).status !== 0) return { ok: 'warn', what: 'could not try pulling luksa/kubia (no namespace)' };
  try {
    run(['run', 'kubia-pull-test', '-n', ns, '--image=luksa/kubia', '--restart=Never']);
    const waited = run(['wait', '-n', ns, '--for=condition=Ready', 'pod/kubia-pull-test', '--timeout=120s']);
    if (waited.status === 0) return { ok: true, what: 'the image luksa/kubia can be pulled and runs' };
    const reason = run(['get', 'pod', 'kubia-pull-test', '-n', ns, '-o', 'jsonpath={.status.containerStatuses[0].state.waiting.reason}']).stdout.trim();
    return { ok: false, what: `the image luksa/kubia does not start${reason ? ` (${reason})` : ''}`, advice: 'The nodes must reach Docker Hub, or load the image first (kind: `kind load docker-image luksa/kubia`; minikube: `minikube image load luksa/kubia`).' };
  } finally {
    run(['delete', 'namespace', ns, '--wait=false']);
  }
}
