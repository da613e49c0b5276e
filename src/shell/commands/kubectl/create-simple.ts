// `kubectl create deployment NAME --image=…` and `kubectl create namespace NAME`: the
// objects kubectl's generators build (checked against kubectl 1.30's `--dry-run=client -o yaml`).
import { usageError, type Verb } from './kube.js';
import { DRY_RUN_FLAG, dryRunOf, report, sendCreate, withLastApplied } from './write.js';
import { exactlyOneName } from './create-service.js';
import type { FlagSpec } from './flags.js';

const COMMON: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  DRY_RUN_FLAG,
  { name: 'save-config', type: 'bool' },
  { name: 'validate', type: 'string', noOptDefault: 'strict' },
  { name: 'field-manager', type: 'string' },
  { name: 'show-managed-fields', type: 'bool' },
  { name: 'allow-missing-template-keys', type: 'bool' },
  { name: 'template', type: 'string' },
];

/** `luksa/kubia:v1` → `kubia`: the container name kubectl derives from an image. */
export function containerNameFromImage(image: string): string {
  const last = image.split('/').pop() ?? image;
  return last.split('@')[0].split(':')[0];
}

export const createDeploymentVerb: Verb = {
  name: 'deployment',
  aliases: ['deploy'],
  flags: [...COMMON, { name: 'image', type: 'strings' }, { name: 'replicas', short: 'r', type: 'int' }, { name: 'port', type: 'int' }],
  run(inv) {
    // cobra checks required flags before the command looks at its arguments.
    const images = inv.flags.list('image');
    if (images.length === 0) throw usageError('required flag(s) "image" not set');
    const name = exactlyOneName(inv);
    const containers = images.map((image) => {
      const c: Record<string, any> = { image, name: containerNameFromImage(image), resources: {} };
      if (inv.flags.has('port')) c.ports = [{ containerPort: inv.flags.int('port', 0) }];
      return c;
    });
    const labels = { app: name };
    let obj: Record<string, any> = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { creationTimestamp: null, labels, name },
      spec: {
        replicas: inv.flags.int('replicas', 1),
        selector: { matchLabels: labels },
        strategy: {},
        template: { metadata: { creationTimestamp: null, labels }, spec: { containers } },
      },
      status: {},
    };
    const dryRun = dryRunOf(inv);
    if (dryRun !== 'client') obj.metadata.namespace = inv.namespace;
    if (inv.flags.bool('save-config')) obj = withLastApplied(obj);
    report(inv, 'Deployment', sendCreate(inv, obj, dryRun), 'created', dryRun);
    return 0;
  },
};

export const createNamespaceVerb: Verb = {
  name: 'namespace',
  aliases: ['ns'],
  flags: COMMON,
  run(inv) {
    const name = exactlyOneName(inv);
    let obj: Record<string, any> = { apiVersion: 'v1', kind: 'Namespace', metadata: { creationTimestamp: null, name }, spec: {}, status: {} };
    const dryRun = dryRunOf(inv);
    if (inv.flags.bool('save-config')) obj = withLastApplied(obj);
    report(inv, 'Namespace', sendCreate(inv, obj, dryRun), 'created', dryRun);
    return 0;
  },
};
