// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME`: kubectl's
// service generator (selector and label `app=NAME`, ports named `<port>-<targetPort>`).
import { HELP_TEXTS } from './help-texts.js';
import { KubectlExit, usageError, type Invocation, type Verb } from './kube.js';
import { createGenerated } from './write.js';
import type { FlagSpec } from './flags.js';
import { GENERATOR_FLAGS, longFlags } from './common-flags.js';

const COMMON: FlagSpec[] = [
  ...GENERATOR_FLAGS,
  ...longFlags('strings', 'tcp'),
];

type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

/** `exactly one NAME is required, got N` with the verb's help hint. */
export function exactlyOneName(inv: Invocation): string {
  const n = inv.flags.args.length;
  if (n !== 1) throw new KubectlExit(`error: exactly one NAME is required, got ${n}\nSee '${inv.path} -h' for help and examples\n`);
  return inv.flags.args[0];
}

function serviceVerb(sub: string, type: ServiceType, extra: FlagSpec[]): Verb {
  return {
    name: sub,
    flags: [...COMMON, ...extra],
    run(inv) {
      if (type === 'ExternalName' && !inv.flags.has('external-name')) throw usageError('required flag(s) "external-name" not set');
      const name = exactlyOneName(inv);
      const ports: Record<string, any>[] = [];
      for (const spec of inv.flags.list('tcp').flatMap((s) => s.split(','))) {
        const [p, t = p] = spec.split(':');
        if (!/^\d+$/.test(p)) throw usageError(`strconv.ParseUint: parsing "${p}": invalid syntax`);
        const port = Number(p);
        const targetPort = /^\d+$/.test(t) ? Number(t) : t;
        ports.push({ name: p === t ? p : `${p}-${t}`, port, protocol: 'TCP', targetPort });
      }
      if (type === 'ExternalName') {
        if (!inv.flags.has('external-name')) throw usageError('required flag(s) "external-name" not set');
      } else if (ports.length === 0 && !(type === 'ClusterIP' && inv.flags.str('clusterip') === 'None')) {
        throw usageError('at least one tcp port specifier must be provided');
      }
      const nodePort = inv.flags.int('node-port', 0);
      if (nodePort > 0) for (const p of ports) p.nodePort = nodePort;
      const spec: Record<string, any> = {};
      if (ports.length) spec.ports = ports;
      spec.selector = { app: name };
      spec.type = type;
      if (type === 'ClusterIP' && inv.flags.has('clusterip')) spec.clusterIP = inv.flags.str('clusterip');
      if (type === 'ExternalName') spec.externalName = inv.flags.str('external-name');
      const obj = { apiVersion: 'v1', kind: 'Service', metadata: { creationTimestamp: null, labels: { app: name }, name }, spec, status: { loadBalancer: {} } };
      return createGenerated(inv, 'Service', obj, `failed to create ${type} service: `);
    },
  };
}

export const createServiceVerb: Verb = {
  name: 'service',
  aliases: ['svc'],
  flags: [],
  children: [
    serviceVerb('clusterip', 'ClusterIP', [{ name: 'clusterip', type: 'string' }]),
    serviceVerb('nodeport', 'NodePort', [{ name: 'node-port', type: 'int' }]),
    serviceVerb('loadbalancer', 'LoadBalancer', []),
    serviceVerb('externalname', 'ExternalName', [{ name: 'external-name', type: 'string' }]),
  ],
  run(inv) {
    if (inv.flags.args.length > 0) throw new KubectlExit(`error: unknown command "${inv.flags.args[0]}"\nSee 'kubectl create service -h' for help and examples\n`);
    inv.out.push(HELP_TEXTS['create service']);
    return 0;
  },
};
