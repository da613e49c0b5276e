// `formatEndpoints` from kubectl/printers: the ENDPOINTS cell and describe's per-port
// Endpoints lines. Only ready `addresses` count; at most three entries, then ` + N more...`.
import type { Endpoints } from 'kubernetes-types/core/v1.js';

/**
 * @param ports port names to include (`undefined` = every port), as kubectl's sets.String.
 */
export function formatEndpoints(ep: Endpoints | undefined, ports?: ReadonlySet<string>): string {
  const subsets = ep?.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if (!ss.ports || ss.ports.length === 0) {
      // Headless services may have no ports: bare IPs.
      for (const a of addresses) {
        if (list.length === max) more = true;
        if (!more) list.push(a.ip);
        count++;
      }
      continue;
    }
    for (const port of ss.ports) {
      if (ports && !ports.has(port.name ?? '')) continue;
      for (const a of addresses) {
        if (list.length === max) more = true;
        if (!more) list.push(joinHostPort(a.ip, port.port));
        count++;
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

/** Go's net.JoinHostPort: IPv6 hosts get brackets. */
export const joinHostPort = (host: string, port: number | string): string => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);
