// `kubectl top pod|node`: the simulated cluster runs no metrics-server, as a fresh kubeadm or
// kind cluster does not, so kubectl 1.30 answers as it does there (after checking its flags).
import { helpOnStderr, usageError, type Invocation, type Verb } from './kube.js';

const SORT_BY = { name: 'sort-by', type: 'string' } as const;

function noMetrics(inv: Invocation): number {
  const sortBy = inv.flags.str('sort-by');
  if (sortBy && sortBy !== 'cpu' && sortBy !== 'memory') throw usageError('--sort-by accepts only cpu or memory');
  throw usageError('Metrics API not available');
}

export const topVerb: Verb = {
  name: 'top',
  flags: [],
  children: [
    {
      name: 'pod',
      aliases: ['pods', 'po'],
      flags: [
        { name: 'all-namespaces', short: 'A', type: 'bool' },
        { name: 'containers', type: 'bool' },
        { name: 'field-selector', type: 'string' },
        { name: 'no-headers', type: 'bool' },
        { name: 'selector', short: 'l', type: 'string' },
        SORT_BY,
        { name: 'sum', type: 'bool' },
        { name: 'use-protocol-buffers', type: 'bool' },
      ],
      run: noMetrics,
    },
    {
      name: 'node',
      aliases: ['nodes', 'no'],
      flags: [
        { name: 'no-headers', type: 'bool' },
        { name: 'selector', short: 'l', type: 'string' },
        { name: 'show-capacity', type: 'bool' },
        SORT_BY,
        { name: 'use-protocol-buffers', type: 'bool' },
      ],
      run: noMetrics,
    },
  ],
  run(inv) {
    return helpOnStderr(inv, 'top');
  },
};
