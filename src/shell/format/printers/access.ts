// `kubectl get serviceaccounts|leases`.
import type { ServiceAccount } from 'kubernetes-types/core/v1.js';
import type { Lease } from 'kubernetes-types/coordination/v1.js';
import { age } from '../duration.js';
import type { TablePrinter } from './types.js';

/** printServiceAccount: SECRETS counts `secrets` (none since 1.24, when tokens stopped being Secrets). */
export const serviceAccountPrinter: TablePrinter<ServiceAccount> = {
  columns: [{ name: 'NAME' }, { name: 'SECRETS' }, { name: 'AGE' }],
  cells: (sa, { now }) => [sa.metadata?.name ?? '', String(sa.secrets?.length ?? 0), age(sa.metadata?.creationTimestamp, now)],
};

/** printLease: the holder's identity, empty when nobody holds it. */
export const leasePrinter: TablePrinter<Lease> = {
  columns: [{ name: 'NAME' }, { name: 'HOLDER' }, { name: 'AGE' }],
  cells: (l, { now }) => [l.metadata?.name ?? '', l.spec?.holderIdentity ?? '', age(l.metadata?.creationTimestamp, now)],
};
