// `kubectl get --raw PATH`: a GET of any path, its body printed as the server sent it (no
// newline added). kubectl refuses it with names, -o, -l or -w, and with a path that is not
// a URL path, in that order (get.go Complete and Validate).
import { rawGet } from '../../../cluster/api/raw.js';
import { apiServerUrl } from './info.js';
import { formatErrors, isApiError, KubectlExit, type Invocation } from './kube.js';

export function runRaw(inv: Invocation, path: string): number {
  const { flags } = inv;
  if (flags.args.length > 0) throw new KubectlExit('error: arguments may not be passed when --raw is specified\n');
  if (flags.bool('watch') || flags.bool('watch-only') || flags.str('selector')) {
    throw new KubectlExit('error: --raw may not be specified with other flags that filter the server request or alter the output\n');
  }
  if (flags.str('output')) throw new KubectlExit('error: --raw and --output are mutually exclusive\n');
  // url.ParseRequestURI: an absolute path (or an absolute URL); anything else is refused.
  if (!path.startsWith('/')) throw new KubectlExit(`error: --raw must be a valid URL path: parse "${path}": invalid URI for request\n`);
  try {
    inv.out.push(rawGet(inv.cluster, path, new URL(apiServerUrl(inv)).host));
    return 0;
  } catch (e) {
    if (!isApiError(e)) throw e;
    inv.err.push(formatErrors([e]));
    return 1;
  }
}
