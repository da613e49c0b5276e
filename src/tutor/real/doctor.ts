// `kubetour doctor --cluster CONTEXT`: whether the lessons can run on that cluster, and what
// to install where they cannot — kubectl and the context, the server's version, ready nodes,
// the right to make a namespace, a LoadBalancer provider (kind: cloud-provider-kind;
// minikube: `minikube tunnel`), an Ingress controller, and whether the lessons' image can be
// pulled (a pod of luksa/kubia started in a namespace of its own, then deleted).
import { spawnSync } from 'node:child_process';
import type { CliIO } from '../../cli-io.js';
import type { TFunction } from 'i18next';
import { clusterT, detectLanguage, type Lang } from '../../i18n/index.js';
import { learnerNamespace } from './verify-cluster.js';

interface Finding {
  ok: boolean | 'warn';
  what: string;
  advice?: string;
}

export async function runDoctorCli(argv: string[], io: CliIO): Promise<number> {
  let context: string | undefined;
  let kubectl = io.env.KUBETOUR_KUBECTL || 'kubectl';
  let pull = true;
  let langFlag: string | undefined;
  const langArg = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (langArg >= 0) langFlag = argv[langArg].includes('=') ? argv[langArg].slice(7) : argv[langArg + 1];
  const lang = detectLanguage(langFlag, io.env);
  const t = clusterT(lang);
  const USAGE = t('doctor.usage');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '-h' || name === '--help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (name === '--no-pull') pull = false;
    else if (name === '--cluster' || name === '--kubectl' || name === '--lang') {
      const v = inline ?? argv[++i];
      if (!v) {
        io.stderr.write(`${t('doctor.needsValue', { option: name })}\n${USAGE}`);
        return 2;
      }
      if (name === '--cluster') context = v;
      else if (name === '--kubectl') kubectl = v;
    } else {
      io.stderr.write(`${t('doctor.unknownOption', { option: a })}\n${USAGE}`);
      return 2;
    }
  }
  if (!context) {
    io.stderr.write(`${t('doctor.whichCluster')}\n${USAGE}`);
    return 2;
  }
  const findings = diagnose(context, kubectl, io.env, pull, lang);
  for (const f of findings) {
    const mark = t(`doctor.mark.${f.ok === true ? 'ok' : f.ok === 'warn' ? 'warn' : 'fail'}`);
    io.stdout.write(`${mark}  ${f.what}\n${f.advice ? `      ${f.advice.replace(/\n/g, '\n      ')}\n` : ''}`);
  }
  const failed = findings.filter((f) => f.ok === false).length;
  io.stdout.write(`${failed ? t(failed === 1 ? 'doctor.problemOne' : 'doctor.problemsMany', { count: failed, context }) : t('doctor.ready', { context })}\n`);
  return failed ? 1 : 0;
}

type Obj = Record<string, any>;

export function diagnose(context: string, kubectl: string, env: Record<string, string | undefined>, pull: boolean, lang: Lang = 'en'): Finding[] {
  const t = clusterT(lang);
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
    out.push({ ok: false, what: t('doctor.kubectlMissing', { kubectl }), advice: t('doctor.kubectlMissingAdvice') });
    return out;
  }
  out.push({ ok: true, what: t('doctor.kubectlVersion', { version: JSON.parse(client.stdout).clientVersion?.gitVersion ?? '' }).trim() });
  const ctx = spawnSync(kubectl, ['config', 'get-contexts', context, '--no-headers'], { env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  if (ctx.status !== 0) {
    out.push({ ok: false, what: t('doctor.noContext', { context }), advice: t('doctor.noContextAdvice') });
    return out;
  }
  const version = run(['version', '-o', 'json']);
  const server = version.status === 0 ? (JSON.parse(version.stdout).serverVersion as Obj | undefined) : undefined;
  if (!server) {
    out.push({ ok: false, what: t('doctor.noAnswer', { context }), advice: version.stderr.trim().split('\n').pop() });
    return out;
  }
  const minor = Number(String(server.minor).replace(/\D/g, ''));
  out.push({ ok: Math.abs(minor - 30) <= 1 ? true : 'warn', what: t('doctor.serverVersion', { version: server.gitVersion }), advice: Math.abs(minor - 30) <= 1 ? undefined : t('doctor.serverVersionAdvice') });
  const nodes = (json(['get', 'nodes'])?.items ?? []) as Obj[];
  const ready = nodes.filter((n) => n.status?.conditions?.some((c: Obj) => c.type === 'Ready' && c.status === 'True'));
  out.push({ ok: ready.length > 0, what: t('doctor.nodes', { ready: ready.length, total: nodes.length }), advice: ready.length ? undefined : t('doctor.nodesAdvice') });
  const canNs = run(['auth', 'can-i', 'create', 'namespaces']);
  const mayNs = canNs.stdout.trim() === 'yes';
  out.push({ ok: mayNs, what: t(mayNs ? 'doctor.mayCreateNs' : 'doctor.mayNotCreateNs'), advice: mayNs ? undefined : t('doctor.mayNotCreateNsAdvice') });
  out.push(loadBalancerFinding(nodes, (json(['get', 'services', '-A'])?.items ?? []) as Obj[], t));
  out.push(ingressFinding((json(['get', 'ingressclasses'])?.items ?? []) as Obj[], t));
  if (pull) out.push(pullFinding(run, t));
  return out;
}

function loadBalancerFinding(nodes: Obj[], services: Obj[], t: TFunction): Finding {
  const served = services.some((s) => s.spec?.type === 'LoadBalancer' && (s.status?.loadBalancer?.ingress ?? []).length > 0);
  if (served) return { ok: true, what: t('doctor.lbServed') };
  const provider = String(nodes[0]?.spec?.providerID ?? '');
  const labels = (nodes[0]?.metadata?.labels ?? {}) as Record<string, string>;
  if (provider.startsWith('kind://')) return { ok: 'warn', what: t('doctor.lbKind'), advice: t('doctor.lbKindAdvice') };
  if ('minikube.k8s.io/name' in labels) return { ok: 'warn', what: t('doctor.lbMinikube'), advice: t('doctor.lbMinikubeAdvice') };
  if (/^(gce|aws|azure|digitalocean|linode|oci|hcloud):\/\//.test(provider)) return { ok: true, what: t('doctor.lbCloud', { provider: provider.split(':')[0] }) };
  return { ok: 'warn', what: t('doctor.lbNone'), advice: t('doctor.lbNoneAdvice') };
}

function ingressFinding(classes: Obj[], t: TFunction): Finding {
  if (classes.length === 0) return { ok: 'warn', what: t('doctor.ingressNone'), advice: t('doctor.ingressNoneAdvice') };
  const def = classes.find((c) => c.metadata?.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true');
  return def
    ? { ok: true, what: t('doctor.ingressDefault', { name: def.metadata.name }) }
    : { ok: 'warn', what: t('doctor.ingressNoDefault', { names: classes.map((c) => c.metadata?.name).join(', ') }), advice: t('doctor.ingressNoDefaultAdvice') };
}

function pullFinding(run: (args: string[], input?: string) => { status: number; stdout: string; stderr: string }, t: TFunction): Finding {
  const ns = learnerNamespace('doctor');
  if (run(['create', 'namespace', ns]).status !== 0) return { ok: 'warn', what: t('doctor.pullNoNs') };
  try {
    run(['run', 'kubia-pull-test', '-n', ns, '--image=luksa/kubia', '--restart=Never']);
    const waited = run(['wait', '-n', ns, '--for=condition=Ready', 'pod/kubia-pull-test', '--timeout=120s']);
    if (waited.status === 0) return { ok: true, what: t('doctor.pullOk') };
    const reason = run(['get', 'pod', 'kubia-pull-test', '-n', ns, '-o', 'jsonpath={.status.containerStatuses[0].state.waiting.reason}']).stdout.trim();
    return { ok: false, what: reason ? t('doctor.pullFailedReason', { reason }) : t('doctor.pullFailed'), advice: t('doctor.pullFailedAdvice') };
  } finally {
    run(['delete', 'namespace', ns, '--wait=false']);
  }
}
