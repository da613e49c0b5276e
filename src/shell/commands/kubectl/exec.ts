// `kubectl exec`: runs a command in a pod's container through the session (which owns the
// places and their programs). The 1.30 rules: the old form without `--` warns and runs;
// a non-zero remote exit becomes `command terminated with exit code N`; `-it POD -- bash`
// moves the shell into the pod.
import { inTerminalOrder, type PlaceInfo } from '../../types.js';
import { KubectlExit, usageError, type Verb } from './kube.js';
import { findPod, pickContainer } from './pods.js';
import { ATTACH_FLAGS, FILENAME_FLAG, longFlags } from './common-flags.js';

const SHELLS = new Set(['bash', 'sh', 'ash', 'zsh', 'dash', '/bin/bash', '/bin/sh', '/bin/ash', '/usr/bin/bash', '/bin/zsh']);

export const execVerb: Verb = {
  name: 'exec',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    ...ATTACH_FLAGS,
    FILENAME_FLAG,
    ...longFlags('string', 'pod-running-timeout'),
  ],
  async run(inv) {
    const { flags, session, ctx } = inv;
    const args = flags.args;
    const dash = flags.parsed.argsLenAtDash;
    if (args.length === 0 || dash === 0) throw usageError('pod, type/name or --filename must be specified');
    const podRef = args[0];
    let argv: string[];
    if (dash < 0 && args.length > 1) {
      inv.err.push('kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n');
      argv = args.slice(1);
    } else {
      argv = args.slice(Math.max(dash, 1));
    }
    if (argv.length === 0) throw usageError('you must specify at least one command for the container');
    const pod = findPod(inv, podRef);
    const podName = pod.metadata?.name ?? '';
    const ns = pod.metadata?.namespace ?? inv.namespace;
    const container = pickContainer(inv, pod, flags.str('container'), false);
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') {
      throw usageError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
    }
    const running = pod.status?.containerStatuses?.find((s) => s.name === container)?.state?.running;
    if (!running) throw usageError(`unable to upgrade connection: container not found ("${container}")`);

    const wantStdin = flags.bool('stdin');
    let tty = flags.bool('tty') && wantStdin;
    if (tty && !ctx.tty) {
      if (!flags.bool('quiet')) inv.err.push('Unable to use a TTY - input is not a terminal or the right kind of file\n');
      tty = false;
    }
    // An interactive shell: the following lines of the session run inside the pod. The
    // shell is started once without input first, so a missing executable fails as it would.
    const interactive = wantStdin && SHELLS.has(argv[0]) && argv.length === 1 && ctx.stdin === '';
    const res = await session.execInPod(ns, podName, container, argv, { stdin: wantStdin ? ctx.stdin : undefined, tty });
    if (res.startError) throw usageError(res.startError);
    if (interactive) {
      const place: PlaceInfo = { kind: 'pod', name: podName, namespace: ns, container, ip: pod.status?.podIP ?? '', node: pod.spec?.nodeName };
      // The shell's name picks the prompt: bash `root@pod:/# `, dash `# `, busybox `/ # `.
      session.enter(place, { shell: argv[0] });
      return 0;
    }
    // The remote streams pass through in the order the program wrote them (curl -v).
    for (const c of inTerminalOrder(res)) (c.fd === 1 ? inv.out : inv.err).push(c.text);
    if (res.exitCode !== 0) {
      throw new KubectlExit(`command terminated with exit code ${res.exitCode}\n`, res.exitCode);
    }
    return 0;
  },
};
