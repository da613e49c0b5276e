// `kubectl run NAME --image=…`: a bare pod, built as kubectl 1.30's run generator builds it
// (label `run=NAME` unless `--labels`, `--command` turning the rest into the command).
import { usageError, type Invocation, type Verb } from './kube.js';
import { dryRunOf, report, sendCreate } from './write.js';
import { ATTACH_FLAGS, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, longFlags, OUTPUT_FLAG, SAVE_CONFIG_FLAG, TIMEOUT_FLAG, TEMPLATE_FLAGS } from './common-flags.js';

export const runVerb: Verb = {
  name: 'run',
  flags: [
    { name: 'labels', short: 'l', type: 'string' },
    ...ATTACH_FLAGS,
    OUTPUT_FLAG, ...TEMPLATE_FLAGS, SAVE_CONFIG_FLAG, FIELD_MANAGER_FLAG, TIMEOUT_FLAG, DRY_RUN_FLAG,
    ...longFlags('string', 'image', 'port', 'restart', 'image-pull-policy', 'serviceaccount', 'override-type', 'overrides', 'pod-running-timeout'),
    ...longFlags('bool', 'command', 'rm', 'attach', 'expose', 'privileged', 'leave-stdin-open'),
    ...longFlags('strings', 'env', 'annotations'),
  ],
  run(inv) {
    const { flags } = inv;
    const dash = flags.parsed.argsLenAtDash;
    const before = dash >= 0 ? flags.args.slice(0, dash) : flags.args.slice(0, 1);
    const after = dash >= 0 ? flags.args.slice(dash) : flags.args.slice(1);
    if (!flags.has('image')) throw usageError('required flag(s) "image" not set');
    const name = before[0];
    if (!name) throw usageError('NAME is required for run');
    const image = flags.str('image');
    const labels: Record<string, string> = {};
    if (flags.str('labels')) {
      for (const pair of flags.str('labels').split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq <= 0) throw usageError(`invalid label spec: ${pair}`);
        labels[pair.slice(0, eq)] = pair.slice(eq + 1);
      }
    } else {
      labels.run = name;
    }
    const container: Record<string, any> = {};
    if (after.length > 0) container[flags.bool('command') ? 'command' : 'args'] = after;
    const env = flags.list('env').map((e) => {
      const eq = e.indexOf('=');
      return { name: e.slice(0, eq), value: e.slice(eq + 1) };
    });
    if (env.length) container.env = env;
    container.image = image;
    if (flags.has('image-pull-policy')) container.imagePullPolicy = flags.str('image-pull-policy');
    container.name = name;
    if (flags.has('port')) container.ports = [{ containerPort: Number(flags.str('port')) }];
    container.resources = {};
    if (flags.bool('stdin')) container.stdin = true;
    if (flags.bool('tty')) container.tty = true;
    const restart = flags.str('restart', 'Always');
    if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw usageError(`invalid restart policy: ${restart}`);
    const obj: Record<string, any> = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { creationTimestamp: null, labels, name },
      spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart },
      status: {},
    };
    const dryRun = dryRunOf(inv);
    const attach = flags.bool('stdin') || flags.bool('attach');
    if (flags.bool('rm') && !attach) throw usageError('--rm should only be used for attached containers');
    if (dryRun !== 'client') obj.metadata.namespace = inv.namespace;
    const created = sendCreate(inv, obj, dryRun);
    if (!attach || dryRun !== 'none') {
      report(inv, 'Pod', created, 'created', dryRun);
      return 0;
    }
    return attachToRun(inv, name, after);
  },
};

const SHELLS = new Set(['bash', 'sh', 'ash', '/bin/bash', '/bin/sh']);
const START_TIMEOUT_SECONDS = 120;

/**
 * `run -i/-it/--attach [--rm]`: wait (on the virtual clock) for the pod to run, then either
 * move the session into its shell or run the command and print what it printed; `--rm`
 * deletes the pod afterwards and says so, as kubectl does.
 */
async function attachToRun(inv: Invocation, name: string, argv: string[]): Promise<number> {
  const { cluster, flags, ctx, session } = inv;
  const ns = inv.namespace;
  const running = () => cluster.store.get('Pod', ns, name)?.status?.containerStatuses?.[0]?.state?.running;
  for (let s = 0; s < START_TIMEOUT_SECONDS && !running(); s++) cluster.advance(1);
  const pod = cluster.store.get('Pod', ns, name);
  if (!running() || !pod) throw usageError(`timed out waiting for the condition`);
  let tty = flags.bool('tty') && flags.bool('stdin');
  if (tty && !ctx.tty) {
    if (!flags.bool('quiet')) inv.err.push('Unable to use a TTY - input is not a terminal or the right kind of file\n');
    tty = false;
  }
  if (flags.bool('stdin') && argv.length === 1 && SHELLS.has(argv[0]) && ctx.stdin === '') {
    if (tty && !flags.bool('quiet')) inv.err.push("If you don't see a command prompt, try pressing enter.\n");
    const afterExit = flags.bool('rm')
      ? () => {
          if (cluster.store.get('Pod', ns, name)) cluster.api.delete('Pod', ns, name, { gracePeriodSeconds: 0 });
          return `pod "${name}" deleted\n`;
        }
      : undefined;
    session.enter({ kind: 'pod', name, namespace: ns, container: name, ip: pod.status?.podIP ?? '', node: pod.spec?.nodeName }, { afterExit });
    return 0;
  }
  let code = 0;
  if (argv.length > 0) {
    const res = await session.execInPod(ns, name, name, argv, { stdin: flags.bool('stdin') ? ctx.stdin : undefined, tty });
    if (res.startError) throw usageError(res.startError);
    inv.out.push(res.stdout);
    inv.err.push(res.stderr);
    code = res.exitCode;
  } else {
    inv.out.push(cluster.logs(ns, name));
  }
  if (flags.bool('rm')) {
    cluster.api.delete('Pod', ns, name, { gracePeriodSeconds: 0 });
    inv.out.push(`pod "${name}" deleted\n`);
  }
  if (code !== 0) {
    inv.err.push(`pod ${ns}/${name} terminated (Error)\n`);
    return 1;
  }
  return 0;
}
