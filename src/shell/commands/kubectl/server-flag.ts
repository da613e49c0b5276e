// `-s/--server URL`: kubectl talks to whatever address it is given. The book's
// `kubectl exec kubia-7nog1 curl -s http://10.111.249.153` is the classic accident: without
// `--`, curl's `-s` is kubectl's `--server`, so kubectl dials the service IP instead of the
// API server. We dial it through the simulated network from where kubectl runs, so the
// failure is the one the learner's network position really produces.
import { clientOf, letTimePass, networkOf, resolverOf } from '../net/context.js';
import { apiServerUrl } from './info.js';
import type { Invocation } from './kube.js';

/** client-go's default dial timeout. */
const DIAL_TIMEOUT_SECONDS = 30;

/** The error kubectl prints when `--server` is not this cluster's API server; undefined when it is. */
export async function foreignServerError(inv: Invocation): Promise<string | undefined> {
  if (!inv.flags.has('server')) return undefined;
  const raw = inv.flags.str('server');
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return `error: couldn't parse server URL "${raw}"\n`;
  }
  const scheme = url.protocol === 'http:' ? 'http' : 'https';
  const port = Number(url.port || (scheme === 'http' ? 80 : 443));
  const host = url.hostname;
  const own = new URL(apiServerUrl(inv));
  if (host === own.hostname && port === Number(own.port)) return undefined;

  const x = networkOf(inv.ctx).httpExchange({
    client: clientOf(inv.ctx),
    resolver: await resolverOf(inv.ctx),
    scheme,
    host,
    port,
    path: '/api',
    method: 'GET',
    headers: [['Accept', 'application/json']],
    body: '',
    insecure: false,
    tool: 'nc',
  });
  const hostPort = `${host}:${port}`;
  switch (x.failure) {
    case 'resolve':
      return `Unable to connect to the server: dial tcp: lookup ${host} on 127.0.0.53:53: no such host\n`;
    case 'refused':
      return `The connection to the server ${hostPort} was refused - did you specify the right host or port?\n`;
    case 'timeout':
      letTimePass(inv.ctx, DIAL_TIMEOUT_SECONDS * 1000);
      return `Unable to connect to the server: dial tcp ${x.ip ?? host}:${port}: i/o timeout\n`;
    case undefined:
      // Something answered, but not a Kubernetes API (an app behind a service, say).
      return `error: the server doesn't have a resource type "${inv.path.split(' ')[1] ?? 'pods'}"\n`;
    default:
      return `Unable to connect to the server: ${scheme === 'https' ? 'tls: failed to verify certificate: x509: certificate signed by unknown authority' : 'EOF'}\n`;
  }
}
