// `kubectl create deployment NAME --image=…` and `kubectl create namespace NAME`: the
// objects kubectl's generators build (checked against kubectl 1.30's `--dry-run=client -o yaml`).
import { usageError, type Verb } from './kube.js';
import { createGenerated } from './write.js';
import { exactlyOneName } from './create-service.js';
import { GENERATOR_FLAGS } from './common-flags.js';

/** `luksa/kubia:v1` → `kubia`: the container name kubectl derives from an image. */
export function containerNameFromImage(image: string): string {
  const last = image.split('/').pop() ?? image;
  return last.split('@')[0].split(':')[0];
}

export const createDeploymentVerb: Verb = {
  name: 'deployment',
  aliases: ['deploy'],
  flags: [...GENERATOR_FLAGS, { name: 'image', type: 'strings' }, { name: 'replicas', short: 'r', type: 'int' }, { name: 'port', type: 'int' }],
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
    const obj = {
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
    return createGenerated(inv, 'Deployment', obj, 'failed to create deployment: ');
  },
};

export const createNamespaceVerb: Verb = {
  name: 'namespace',
  aliases: ['ns'],
  flags: GENERATOR_FLAGS,
  run(inv) {
    const name = exactlyOneName(inv);
    return createGenerated(inv, 'Namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { creationTimestamp: null, name }, spec: {}, status: {} });
  },
};
