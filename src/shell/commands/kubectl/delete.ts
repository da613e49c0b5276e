// `kubectl delete`: by file, by `type name…`, `type/name`, `--all` or `-l`. Like the real
// client it waits (on the virtual clock) until deleted objects are really gone — pods take
// their grace period — unless `--wait=false`.
import type { ApiError } from '../../../cluster/api/errors.js';
import type { AnyObject, Kind } from '../../../cluster/api/kinds.js';
import { finishVerb, isApiError, KubectlExit, usageError, type Invocation, type Verb } from './kube.js';
import { mappedItems, readManifestsToSend } from './manifest.js';
import { matchesFields, parseFieldSelector } from './field-selector.js';
import { parseResourceArgs, quotedName } from './resources.js';
import { dryRunOf } from './write.js';
import { ALL_FLAG, CASCADE_FLAG, DRY_RUN_FLAG, FILENAME_OPTION_FLAGS, FORCE_FLAG, GRACE_PERIOD_FLAG, longFlags, OUTPUT_FLAG, RAW_FLAG, SELECTOR_FLAG, TIMEOUT_FLAG, WAIT_FLAG } from './common-flags.js';

const NO_RESOURCES = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
`;

/** How long `delete` waits for objects to disappear before giving up (kubectl's default is a week). */
export const WAIT_CAP_SECONDS = 300;

interface Target {
  kind: Kind;
  namespace: string | undefined;
  name: string;
  source?: string;
}

export const deleteVerb: Verb = {
  name: 'delete',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'interactive', short: 'i', type: 'bool' },
    ...FILENAME_OPTION_FLAGS, ALL_FLAG, SELECTOR_FLAG, WAIT_FLAG, GRACE_PERIOD_FLAG, FORCE_FLAG, OUTPUT_FLAG, CASCADE_FLAG, TIMEOUT_FLAG, RAW_FLAG, DRY_RUN_FLAG,
    ...longFlags('bool', 'now', 'ignore-not-found'),
    ...longFlags('string', 'field-selector'),
  ],
  async run(inv) {
    const { flags, cluster } = inv;
    const files = flags.list('filename');
    if (files.length === 0 && flags.args.length === 0) throw new KubectlExit(NO_RESOURCES);
    const dryRun = dryRunOf(inv);
    let grace = flags.has('grace-period') ? flags.int('grace-period', -1) : -1;
    if (flags.bool('now')) grace = 1;
    const force = flags.bool('force');
    // kubectl turns --grace-period=0 into 1 unless --force says it means it.
    if (grace === 0 && !force) grace = 1;
    if (force && grace < 0) grace = 0;
    if (force && grace === 0) {
      inv.err.push('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
    }
    const propagationPolicy = cascadeOf(inv);
    const errors: (ApiError | string)[] = [];
    const sources = new Map<ApiError, string>();
    const targets: Target[] = [];
    const selector = flags.str('selector');
    const allNs = flags.bool('all-namespaces');

    if (files.length > 0) {
      const read = await readManifestsToSend(inv.ctx, files);
      for (const item of mappedItems(read, errors)) {
        targets.push({ kind: item.info.kind, namespace: item.obj.metadata?.namespace ?? inv.namespace, name: item.obj.metadata?.name ?? '', source: item.source });
      }
      errors.push(...read.errors);
    } else {
      const requests = parseResourceArgs(flags.args);
      let listed = false;
      for (const req of requests) {
        const ns = req.info.namespaced ? inv.namespace : undefined;
        if (req.names.length > 0) {
          if (flags.bool('all') || selector) throw usageError('name cannot be provided when a selector is specified');
          for (const name of req.names) targets.push({ kind: req.info.kind, namespace: ns, name });
        } else if (flags.bool('all') || selector || flags.has('field-selector')) {
          listed = true;
          const fields = parseFieldSelector(flags.str('field-selector'));
          for (const o of cluster.api.list(req.info.kind, allNs ? undefined : ns, selector || undefined).filter((x) => matchesFields(x, fields))) {
            targets.push({ kind: req.info.kind, namespace: o.metadata?.namespace, name: o.metadata?.name ?? '' });
          }
        } else {
          throw usageError('resource(s) were provided, but no name was specified');
        }
      }
      if (listed && targets.length === 0) {
        inv.err.push('No resources found\n');
        return 0;
      }
    }

    const deleted: Target[] = [];
    for (const t of targets) {
      try {
        cluster.api.delete(t.kind, t.namespace, t.name, { dryRun: dryRun !== 'none', propagationPolicy, ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}) });
        const verb = grace === 0 && force ? 'force deleted' : 'deleted';
        const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
        if (flags.str('output') === 'name') inv.out.push(`${quotedName(t.kind, t.name).replace(/ "(.*)"$/, '/$1')}\n`);
        else inv.out.push(`${quotedName(t.kind, t.name)} ${verb}${suffix}\n`);
        deleted.push(t);
      } catch (e) {
        if (!isApiError(e)) throw e;
        if (e.reason === 'NotFound' && flags.bool('ignore-not-found')) continue;
        if (t.source) sources.set(e, t.source);
        errors.push(e);
      }
    }
    if (dryRun === 'none' && flags.bool('wait', true)) waitUntilGone(inv.cluster, deleted);
    return finishVerb(inv, errors, (e) => (sources.has(e) ? { verb: 'deleting', file: sources.get(e)! } : undefined));
  },
};

/** `--cascade`: background (default), foreground or orphan; the old booleans still work, with a warning. */
function cascadeOf(inv: Invocation): 'Background' | 'Foreground' | 'Orphan' {
  const v = inv.flags.str('cascade', 'background');
  const policies = { background: 'Background', foreground: 'Foreground', orphan: 'Orphan' } as const;
  if (v in policies) return policies[v as keyof typeof policies];
  const bool = /^(1|t|T|true|TRUE|True)$/.test(v) ? true : /^(0|f|F|false|FALSE|False)$/.test(v) ? false : undefined;
  if (bool === undefined) throw usageError(`invalid cascade value (${v}). Must be "background", "foreground", or "orphan"`);
  inv.err.push(`warning: --cascade=${v} is deprecated (boolean value) and can be replaced with --cascade=${bool ? 'background' : 'orphan'}.\n`);
  return bool ? 'Background' : 'Orphan';
}

function stillThere(cluster: import('../../../cluster/cluster.js').Cluster, t: Target): Readonly<AnyObject> | undefined {
  return cluster.store.get(t.kind, t.namespace, t.name);
}

/** `--wait`: the clock moves until every deleted object has left the store. */
function waitUntilGone(cluster: import('../../../cluster/cluster.js').Cluster, targets: Target[]): void {
  for (let s = 0; s < WAIT_CAP_SECONDS && targets.some((t) => stillThere(cluster, t)); s++) cluster.advance(1);
}
