// `kubectl expose`: a Service for a pod, service, rc, rs or deployment, with the selector,
// labels and ports introspected as kubectl does (fact sheet §10.2). Note the surprise the
// real tool has: without `--target-port` the target port equals the port.
import type { AnyObject, Kind } from '../../../cluster/api/kinds.js';
import { KINDS } from '../../../cluster/api/kinds.js';
import { usageError, type Verb } from './kube.js';
import { readManifests } from './manifest.js';
import { parseResourceArgs } from './resources.js';
import { dryRunOf, report, sendCreate } from './write.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_OPTION_FLAGS, longFlags, OUTPUT_FLAG, SAVE_CONFIG_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAGS } from './common-flags.js';

const EXPOSABLE: Kind[] = ['Pod', 'Service', 'ReplicationController', 'Deployment', 'ReplicaSet'];

interface PortInfo {
  port: number;
  protocol: string;
}

function containerPorts(spec: any): PortInfo[] {
  const out: PortInfo[] = [];
  for (const c of spec?.containers ?? []) for (const p of c.ports ?? []) out.push({ port: p.containerPort, protocol: p.protocol ?? 'TCP' });
  return out;
}

/**
 * The selector and ports kubectl reads from the exposed object (polymorphichelpers
 * mapBasedSelectorForObject / portsForObject), with its errors for objects it cannot expose.
 */
function introspect(kind: Kind, obj: any): { selector?: Record<string, string>; ports: PortInfo[]; error?: string } {
  const has = (m: unknown) => !!m && Object.keys(m).length > 0;
  switch (kind) {
    case 'Pod':
      return { selector: obj.metadata?.labels, ports: containerPorts(obj.spec), ...(has(obj.metadata?.labels) ? {} : { error: 'the pod has no labels and cannot be exposed' }) };
    case 'Service':
      return { selector: obj.spec?.selector, ports: (obj.spec?.ports ?? []).map((p: any) => ({ port: p.port, protocol: p.protocol ?? 'TCP' })), ...(obj.spec?.selector ? {} : { error: 'the service has no pod selector set' }) };
    case 'ReplicationController':
      return { selector: obj.spec?.selector ?? obj.spec?.template?.metadata?.labels, ports: containerPorts(obj.spec?.template?.spec) };
    default: {
      const sel = obj.spec?.selector;
      const ports = containerPorts(obj.spec?.template?.spec);
      if (!has(sel?.matchLabels)) return { ports, error: `invalid ${kind === 'Deployment' ? 'deployment' : 'replicaset'}: no selectors, therefore cannot be exposed` };
      if (sel?.matchExpressions?.length) {
        // Go's %+v of []metav1.LabelSelectorRequirement.
        const reqs = sel.matchExpressions.map((r: any) => `{Key:${r.key} Operator:${r.operator} Values:[${(r.values ?? []).join(' ')}]}`).join(' ');
        return { ports, error: `couldn't convert expressions - "[${reqs}]" to map-based selector format` };
      }
      return { selector: sel?.matchLabels, ports };
    }
  }
}

function parseMap(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw usageError(`invalid label spec: ${pair}`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

export const exposeVerb: Verb = {
  name: 'expose',
  flags: [
    { name: 'labels', short: 'l', type: 'string' },
    ...FILENAME_OPTION_FLAGS, OUTPUT_FLAG, ...TEMPLATE_FLAGS, SAVE_CONFIG_FLAG, FIELD_MANAGER_FLAG, SHOW_MANAGED_FIELDS_FLAG, DRY_RUN_FLAG,
    ...longFlags('string', 'type', 'name', 'port', 'target-port', 'protocol', 'selector', 'external-ip', 'cluster-ip', 'load-balancer-ip', 'session-affinity', 'override-type', 'overrides'),
  ],
  async run(inv) {
    const { flags, cluster } = inv;
    let kind: Kind;
    let source: Readonly<AnyObject>;
    const files = flags.list('filename');
    if (files.length > 0) {
      const read = await readManifests(inv.ctx, files);
      if (read.errors.length) throw usageError(read.errors[0]);
      const item = read.items[0];
      if (!item?.info) throw usageError(item?.mappingError ?? 'no objects passed to expose');
      kind = item.info.kind;
      source = cluster.api.get(kind, item.obj.metadata?.namespace ?? inv.namespace, item.obj.metadata?.name ?? '');
    } else {
      if (flags.args.length === 0) {
        throw usageError(`You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
      }
      const [req] = parseResourceArgs(flags.args);
      if (req.names.length === 0) throw usageError(`resource(s) were provided, but no name was specified`);
      kind = req.info.kind;
      source = cluster.api.get(kind, inv.namespace, req.names[0]);
    }
    if (!EXPOSABLE.includes(kind)) throw usageError(`cannot expose a ${kind}`);
    const found = introspect(kind, source);
    let selector: Record<string, string> | undefined;
    if (flags.str('selector')) selector = parseMap(flags.str('selector'));
    else if (found.error) throw usageError(`couldn't retrieve selectors via --selector flag or introspection: ${found.error}`);
    else selector = found.selector;
    if (!selector || Object.keys(selector).length === 0) {
      throw usageError(`couldn't retrieve selectors via --selector flag or introspection: the ${KINDS[kind].singular} has no selector`);
    }
    let ports: PortInfo[];
    if (flags.has('port')) {
      ports = flags.str('port').split(',').map((p) => ({ port: Number(p), protocol: found.ports.find((x) => x.port === Number(p))?.protocol ?? 'TCP' }));
    } else {
      ports = found.ports;
      if (ports.length === 0) throw usageError(`couldn't find port via --port flag or introspection`);
    }
    const protocol = flags.str('protocol');
    const targetFlag = flags.str('target-port');
    const target = (p: number) => (targetFlag ? (/^\d+$/.test(targetFlag) ? Number(targetFlag) : targetFlag) : p);
    const specPorts = ports.map((p, i) => {
      const entry: Record<string, any> = {};
      if (ports.length > 1) entry.name = `port-${i + 1}`;
      entry.port = p.port;
      entry.protocol = protocol || p.protocol;
      entry.targetPort = target(p.port);
      return entry;
    });
    const name = flags.str('name') || source.metadata?.name || '';
    const labels = flags.has('labels') ? parseMap(flags.str('labels')) : source.metadata?.labels;
    const spec: Record<string, any> = { ports: specPorts, selector };
    if (flags.has('type')) spec.type = flags.str('type');
    if (flags.has('cluster-ip')) spec.clusterIP = flags.str('cluster-ip');
    if (flags.has('external-ip')) spec.externalIPs = [flags.str('external-ip')];
    if (flags.has('load-balancer-ip')) spec.loadBalancerIP = flags.str('load-balancer-ip');
    if (flags.has('session-affinity')) spec.sessionAffinity = flags.str('session-affinity');
    const metadata: Record<string, any> = { creationTimestamp: null };
    if (labels && Object.keys(labels).length) metadata.labels = { ...labels };
    metadata.name = name;
    const obj: Record<string, any> = { apiVersion: 'v1', kind: 'Service', metadata, spec, status: { loadBalancer: {} } };
    const dryRun = dryRunOf(inv);
    if (dryRun !== 'client') metadata.namespace = inv.namespace;
    report(inv, 'Service', sendCreate(inv, obj, dryRun), 'exposed', dryRun);
    return 0;
  },
};
