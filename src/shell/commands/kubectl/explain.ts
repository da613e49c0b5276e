// `kubectl explain TYPE[.field.path] [--recursive] [--api-version=G/V]`: the API's own
// documentation of a kind or field, from the OpenAPI v3 documents the simulated API server
// serves (generated from the Kubernetes 1.30 API at build time), laid out as kubectl 1.30
// lays it out. The documents are loaded on the first explain, never at start-up.
import { KINDS } from '../../../cluster/api/kinds.js';
import { loadOpenApi } from '../../../cluster/api/openapi/index.js';
import { ExplainError, renderExplain } from '../../format/explain.js';
import { KubectlExit, usageError, type Verb } from './kube.js';
import { longFlags } from './common-flags.js';

interface Explained {
  kind: string;
  resource: string;
  /** `v1`, `apps/v1`. */
  apiVersion: string;
  names: string[];
}

/** The resources kubectl's discovery finds on the simulated server, with every name it accepts. */
const RESOURCES: Explained[] = [
  ...Object.values(KINDS).map((k) => ({ kind: k.kind, resource: k.resource, apiVersion: k.apiVersion, names: [k.resource, k.singular, k.kind.toLowerCase(), ...k.shortNames] })),
  ...(Object.keys(KINDS).includes('EndpointSlice') ? [] : [{ kind: 'EndpointSlice', resource: 'endpointslices', apiVersion: 'discovery.k8s.io/v1', names: ['endpointslices', 'endpointslice'] }]),
];

export const explainVerb: Verb = {
  name: 'explain',
  flags: [...longFlags('bool', 'recursive'), ...longFlags('string', 'api-version', 'output')],
  async run(inv) {
    const { flags } = inv;
    if (flags.args.length === 0) throw usageError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
    if (flags.args.length > 1) throw usageError('We accept only this format: explain RESOURCE');
    const output = flags.str('output') || 'plaintext';
    if (output !== 'plaintext') {
      if (output === 'plaintext-openapiv2') throw usageError('--output=plaintext-openapiv2 is not available in this simulated cluster; use the default --output=plaintext');
      throw usageError(`invalid --output: ${output}`);
    }
    const [typed, ...path] = flags.args[0].split('.');
    const lower = typed.toLowerCase();
    const found = RESOURCES.find((r) => r.names.includes(lower));
    if (!found) throw new KubectlExit(`the server doesn't have a resource type "${typed}"\n`);
    const gv = flags.str('api-version') || found.apiVersion;
    const group = gv.includes('/') ? gv.split('/')[0] : '';
    const version = gv.split('/').pop()!;
    if (flags.str('api-version') && gv !== found.apiVersion) {
      const served = RESOURCES.some((r) => r.apiVersion === gv);
      if (!served) throw usageError(`couldn't find resource for "${gv}, Resource=${found.resource}"`);
      throw usageError(`GVR (${gv}, Resource=${found.resource}) not found in OpenAPI schema`);
    }
    const doc = await loadOpenApi(group ? `apis/${group}/${version}` : `api/${version}`);
    if (!doc) throw usageError(`couldn't find resource for "${gv}, Resource=${found.resource}"`);
    try {
      inv.out.push(renderExplain(doc, { group, kind: found.kind, version }, path, flags.bool('recursive')));
    } catch (e) {
      if (!(e instanceof ExplainError)) throw e;
      inv.out.push(e.stdout);
      inv.err.push(`${e.message}\n`);
      return 1;
    }
    return 0;
  },
};
