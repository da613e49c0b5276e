// `kubectl describe TYPE [NAME_PREFIX] [-l]`: like the real command, `describe TYPE NAME` whose
// name matches no object describes every object of the namespace whose name starts with it,
// each followed by one newline (kubectl's describeMatchingResources); named or listed objects
// are otherwise separated by a blank line. Only that two-argument form looks for prefixes.
import type { ApiError } from '../../../cluster/api/errors.js';
import { notFound } from '../../../cluster/store/store.js';
import type { AnyObject } from '../../../cluster/api/kinds.js';
import { describeMany, noResourcesMessage } from '../../format/index.js';
import { finishVerb, isApiError, KubectlExit, type Verb } from './kube.js';
import { now, storeLookup } from './printing.js';
import { parseResourceArgs } from './resources.js';
import { readManifests } from './manifest.js';
import { FILENAME_OPTION_FLAGS, longFlags, SELECTOR_FLAG } from './common-flags.js';

export const describeVerb: Verb = {
  name: 'describe',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    SELECTOR_FLAG, ...FILENAME_OPTION_FLAGS,
    ...longFlags('bool', 'show-events'),
    ...longFlags('int', 'chunk-size'),
  ],
  async run(inv) {
    const { flags, cluster } = inv;
    const errors: (ApiError | string)[] = [];
    let requests;
    if (flags.list('filename').length) {
      const read = await readManifests(inv.ctx, flags.list('filename'));
      errors.push(...read.errors);
      requests = read.items.filter((i) => i.info).map((i) => ({ info: i.info!, names: [i.obj.metadata?.name ?? ''] }));
    } else {
      if (flags.args.length === 0) {
        throw new KubectlExit(`error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n`);
      }
      requests = parseResourceArgs(flags.args);
    }
    const allNs = flags.bool('all-namespaces');
    const selector = flags.str('selector') || undefined;
    const opts = { now: now(cluster), lookup: storeLookup(cluster), showEvents: flags.bool('show-events', true) };
    const chunks: string[] = [];
    const prefixForm = !flags.list('filename').length && flags.args.length === 2 && !flags.args.some((a) => a.includes('/'));
    for (const req of requests) {
      const ns = req.info.namespaced ? (allNs ? undefined : inv.namespace) : undefined;
      let objs: Readonly<AnyObject>[] = [];
      if (req.names.length === 0) {
        objs = cluster.api.list(req.info.kind, ns, selector);
      } else {
        for (const name of req.names) {
          try {
            objs.push(cluster.api.get(req.info.kind, ns ?? inv.namespace, name));
          } catch (e) {
            if (!isApiError(e) || e.reason !== 'NotFound') throw e;
            const nsOnly = req.info.namespaced ? inv.namespace : undefined;
            const byPrefix = prefixForm ? cluster.api.list(req.info.kind, nsOnly).filter((o) => (o.metadata?.name ?? '').startsWith(name)) : [];
            if (byPrefix.length === 0) {
              errors.push(e.message ? e : notFound(req.info.kind, name));
              continue;
            }
            inv.out.push(byPrefix.map((o) => describeMany(req.info.kind, [o as AnyObject], opts) + '\n').join(''));
            return finishVerb(inv, errors);
          }
        }
      }
      if (objs.length) chunks.push(describeMany(req.info.kind, objs as AnyObject[], opts));
    }
    inv.out.push(chunks.join('\n\n'));
    if (chunks.length === 0 && errors.length === 0) {
      const clusterScoped = requests.every((r) => !r.info.namespaced);
      inv.err.push(noResourcesMessage(allNs || clusterScoped ? undefined : inv.namespace));
    }
    return finishVerb(inv, errors);
  },
};
