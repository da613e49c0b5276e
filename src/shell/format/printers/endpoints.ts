// `kubectl get endpoints`: NAME ENDPOINTS AGE.
import type { Endpoints } from 'kubernetes-types/core/v1.js';
import { age } from '../duration.js';
import { formatEndpoints } from '../endpoints-format.js';
import type { TablePrinter } from './types.js';

export const endpointsPrinter: TablePrinter<Endpoints> = {
  columns: [{ name: 'NAME' }, { name: 'ENDPOINTS' }, { name: 'AGE' }],
  cells: (ep, { now }) => [ep.metadata?.name ?? '', formatEndpoints(ep), age(ep.metadata?.creationTimestamp, now)],
};
