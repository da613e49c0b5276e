// `kubectl auth can-i`: the learner is the cluster's admin (kubeadm's kubernetes-admin, in
// the system:masters group), so every SelfSubjectAccessReview is allowed; what kubectl says
// about the words it was given (an unknown resource or verb) is cani.go's.
import { KubectlExit, helpOnStderr, usageError, type Verb } from './kube.js';
import { resolveType } from './resources.js';

/** cani.go's knownResourceVerbs. */
const KNOWN_VERBS = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest']);

/** The warning for a resource the server does not serve (cani.go's resourceFor). */
function unknownResource(arg: string): string | undefined {
  if (arg === '*') return undefined;
  const resource = arg.split('/')[0];
  try {
    resolveType(resource);
    return undefined;
  } catch {
    // schema.ParseGroupResource: `services.v1` is resource "services" in group "v1".
    const dot = resource.indexOf('.');
    return dot < 0
      ? `Warning: the server doesn't have a resource type '${resource}'\n\n`
      : `Warning: the server doesn't have a resource type '${resource.slice(0, dot)}' in group '${resource.slice(dot + 1)}'\n\n`;
  }
}

export const authVerb: Verb = {
  name: 'auth',
  flags: [],
  children: [
    {
      name: 'can-i',
      flags: [
        { name: 'all-namespaces', short: 'A', type: 'bool' },
        { name: 'list', type: 'bool' },
        { name: 'no-headers', type: 'bool' },
        { name: 'quiet', short: 'q', type: 'bool' },
        { name: 'subresource', type: 'string' },
      ],
      run(inv) {
        if (inv.flags.bool('list')) throw usageError('kubectl auth can-i --list is not available in this simulated cluster');
        const args = inv.flags.args;
        if (args.length !== 2) throw new KubectlExit("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
        const [verb, resource] = args;
        if (!KNOWN_VERBS.has(verb)) inv.err.push(`Warning: verb '${verb}' is not a known verb\n\n`);
        const warning = resource.startsWith('/') ? undefined : unknownResource(resource);
        if (warning) inv.err.push(warning);
        if (!inv.flags.bool('quiet')) inv.out.push('yes\n');
        return 0;
      },
    },
  ],
  run(inv) {
    return helpOnStderr(inv, 'auth');
  },
};
