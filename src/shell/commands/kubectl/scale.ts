// `kubectl scale rc kubia --replicas=N`: sets spec.replicas; the controllers do the rest.
import { fieldManagerOf } from './write.js';
import type { Kind } from '../../../cluster/api/kinds.js';
import { collectApiError, finishVerb, usageError, type Verb } from './kube.js';
import { parseResourceArgs, qualifiedName } from './resources.js';
import type { ApiError } from '../../../cluster/api/errors.js';
import { ALL_FLAG, DRY_RUN_FLAG, FILENAME_FLAG, longFlags, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, TIMEOUT_FLAG } from './common-flags.js';

const SCALABLE: Kind[] = ['ReplicationController', 'ReplicaSet', 'Deployment'];

export const scaleVerb: Verb = {
  name: 'scale',
  flags: [
    ALL_FLAG, SELECTOR_FLAG, FILENAME_FLAG, OUTPUT_FLAG, TIMEOUT_FLAG, RECURSIVE_FLAG, DRY_RUN_FLAG,
    ...longFlags('int', 'replicas', 'current-replicas'),
    ...longFlags('string', 'resource-version'),
  ],
  run(inv) {
    const { flags, cluster } = inv;
    if (!flags.has('replicas')) throw usageError('required flag(s) "replicas" not set');
    const replicas = flags.int('replicas', 0);
    if (replicas < 0) throw usageError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    if (flags.args.length === 0) throw usageError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
    const errors: (ApiError | string)[] = [];
    for (const req of parseResourceArgs(flags.args)) {
      if (!SCALABLE.includes(req.info.kind)) {
        errors.push(`cannot scale a ${req.info.kind}`);
        continue;
      }
      const names = req.names.length ? req.names : flags.bool('all') || flags.has('selector') ? cluster.api.list(req.info.kind, inv.namespace, flags.str('selector') || undefined).map((o) => o.metadata!.name!) : [];
      if (names.length === 0) throw usageError('resource(s) were provided, but no name was specified');
      for (const name of names) {
        try {
          const obj = structuredClone(cluster.api.get(req.info.kind, inv.namespace, name)) as any;
          if (flags.has('current-replicas') && obj.spec?.replicas !== flags.int('current-replicas', -1)) {
            errors.push(`Expected replicas to be ${flags.int('current-replicas', -1)}, was ${obj.spec?.replicas}`);
            continue;
          }
          obj.spec = { ...obj.spec, replicas };
          cluster.api.update(obj, fieldManagerOf(inv));
          inv.out.push(`${qualifiedName(req.info.kind, name)} scaled\n`);
        } catch (e) {
          collectApiError(errors, e);
        }
      }
    }
    return finishVerb(inv, errors);
  },
};
