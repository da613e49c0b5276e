// `kubectl create -f FILE|-f -|-f DIR`, and the generators under it (`create service …`,
// `create secret …`, `create deployment`, `create namespace`).
import type { ApiError } from '../../../cluster/api/errors.js';
import { HELP_TEXTS } from './help-texts.js';
import { finishVerb, isApiError, KubectlExit, usageError, type Verb } from './kube.js';
import { mappedItems, readManifestsToSend } from './manifest.js';
import { dryRunOf, placeInNamespace, report, sendCreate, withLastApplied } from './write.js';
import { createServiceVerb } from './create-service.js';
import { createConfigMapVerb, createSecretVerb } from './create-secret.js';
import { createDeploymentVerb, createNamespaceVerb } from './create-simple.js';
import { createIngressVerb } from './create-ingress.js';
import { FILENAME_OPTION_FLAGS, GENERATOR_FLAGS, longFlags, RAW_FLAG, SELECTOR_FLAG, WINDOWS_LINE_ENDINGS_FLAG } from './common-flags.js';

export const createVerb: Verb = {
  name: 'create',
  flags: [
    ...FILENAME_OPTION_FLAGS, ...GENERATOR_FLAGS, SELECTOR_FLAG, RAW_FLAG, WINDOWS_LINE_ENDINGS_FLAG,
    ...longFlags('bool', 'edit'),
  ],
  children: [createServiceVerb, createSecretVerb, createConfigMapVerb, createDeploymentVerb, createNamespaceVerb, createIngressVerb],
  async run(inv) {
    const { flags } = inv;
    const files = flags.list('filename');
    if (files.length === 0) {
      if (flags.args.length > 0) {
        throw new KubectlExit(`error: unknown command "${flags.args[0]}"\nSee 'kubectl create -h' for help and examples\n`);
      }
      throw new KubectlExit(`Error: must specify one of -f and -k\n\n${HELP_TEXTS.create}`);
    }
    const dryRun = dryRunOf(inv);
    const validate = !['false', 'ignore'].includes(flags.str('validate', 'strict'));
    const read = await readManifestsToSend(inv.ctx, files, validate);
    const errors: (ApiError | string)[] = [];
    const sources = new Map<ApiError, string>();
    for (const item of mappedItems(read, errors)) {
      try {
        let obj = structuredClone(item.obj);
        placeInNamespace(inv, item.info.kind, obj);
        if (flags.bool('save-config')) obj = withLastApplied(obj);
        const created = sendCreate(inv, obj, dryRun);
        report(inv, item.info.kind, created, 'created', dryRun);
      } catch (e) {
        if (!isApiError(e)) throw e;
        sources.set(e, item.source);
        errors.push(e);
      }
    }
    errors.push(...read.errors);
    if (read.items.length === 0 && errors.length === 0) throw usageError('no objects passed to create');
    return finishVerb(inv, errors, (e) => ({ verb: 'creating', file: sources.get(e) ?? '' }));
  },
};
