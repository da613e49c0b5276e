// `kubectl create -f FILE|-f -|-f DIR`, and the generators under it (`create service …`,
// `create secret …`, `create deployment`, `create namespace`).
import type { ApiError } from '../../../cluster/api/errors.js';
import { HELP_TEXTS } from './help-texts.js';
import { formatErrors, isApiError, KubectlExit, usageError, type Verb } from './kube.js';
import { readManifests } from './manifest.js';
import { DRY_RUN_FLAG, dryRunOf, placeInNamespace, report, sendCreate, withLastApplied } from './write.js';
import { createServiceVerb } from './create-service.js';
import { createConfigMapVerb, createSecretVerb } from './create-secret.js';
import { createDeploymentVerb, createNamespaceVerb } from './create-simple.js';
import { createIngressVerb } from './create-ingress.js';

export const createVerb: Verb = {
  name: 'create',
  flags: [
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'output', short: 'o', type: 'string' },
    DRY_RUN_FLAG,
    { name: 'save-config', type: 'bool' },
    { name: 'validate', type: 'string', noOptDefault: 'strict' },
    { name: 'edit', type: 'bool' },
    { name: 'recursive', short: 'R', type: 'bool' },
    { name: 'kustomize', short: 'k', type: 'string' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-manager', type: 'string' },
    { name: 'raw', type: 'string' },
    { name: 'show-managed-fields', type: 'bool' },
    { name: 'windows-line-endings', type: 'bool' },
    { name: 'allow-missing-template-keys', type: 'bool' },
    { name: 'template', type: 'string' },
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
    const read = await readManifests(inv.ctx, files, validate);
    // A missing path stops everything before any object is sent, as in the real builder.
    const pathError = read.errors.find((e) => e.startsWith('the path "'));
    if (pathError) throw new KubectlExit(`error: ${pathError}\n`);
    const errors: (ApiError | string)[] = [];
    const sources = new Map<ApiError, string>();
    for (const item of read.items) {
      if (!item.info) {
        errors.push(item.mappingError!);
        continue;
      }
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
    if (errors.length > 0) {
      inv.err.push(formatErrors(errors, (e) => ({ verb: 'creating', file: sources.get(e) ?? '' })));
      return 1;
    }
    return 0;
  },
};
