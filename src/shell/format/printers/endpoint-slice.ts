// `kubectl get endpointslices`: printEndpointSlice with formatDiscoveryPorts and
// formatDiscoveryEndpoints (pkg/printers/internalversion/printers.go): at most three ports or
// addresses, then ` + N more...`; an empty list reads `<unset>`.
import type { EndpointSlice } from 'kubernetes-types/discovery/v1.js';
import { age } from '../duration.js';
import type { TablePrinter } from './types.js';

const MAX = 3;

function listWithMore(items: string[]): string {
  const shown = items.slice(0, MAX).join(',');
  if (items.length > MAX) return `${shown} + ${items.length - MAX} more...`;
  return shown || '<unset>';
}

export const endpointSlicePrinter: TablePrinter<EndpointSlice> = {
  columns: [{ name: 'NAME' }, { name: 'ADDRESSTYPE' }, { name: 'PORTS' }, { name: 'ENDPOINTS' }, { name: 'AGE' }],
  cells: (s, { now }) => [
    s.metadata?.name ?? '',
    s.addressType ?? '',
    listWithMore((s.ports ?? []).map((p) => (p.port !== undefined ? String(p.port) : (p.name ?? '*')))),
    listWithMore((s.endpoints ?? []).flatMap((e) => e.addresses)),
    age(s.metadata?.creationTimestamp, now),
  ],
};
