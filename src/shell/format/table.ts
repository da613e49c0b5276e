// The `kubectl get` layout: picks the printer for a kind, adds NAMESPACE (-A) and LABELS
// (--show-labels) columns, drops wide columns unless -o wide, and lays the cells out with
// kubectl's tabwriter (widest cell + 3, last column unpadded).
import type { Kind, KindMap } from '../../cluster/api/kinds.js';
import { KINDS } from '../../cluster/api/kinds.js';
import { tableRows } from './tabwriter.js';
import { formatLabels } from './labels.js';
import type { TableOptions } from './types.js';
import type { TablePrinter } from './printers/types.js';
import { podPrinter } from './printers/pod.js';
import { servicePrinter } from './printers/service.js';
import { endpointsPrinter } from './printers/endpoints.js';
import { replicationControllerPrinter, replicaSetPrinter, deploymentPrinter, daemonSetPrinter } from './printers/workloads.js';
import { serviceAccountPrinter, leasePrinter } from './printers/access.js';
import { endpointSlicePrinter } from './printers/endpoint-slice.js';
import { nodePrinter, namespacePrinter } from './printers/cluster.js';
import { secretPrinter, configMapPrinter } from './printers/config.js';
import { ingressPrinter, ingressClassPrinter } from './printers/ingress.js';
import { eventPrinter } from './printers/event.js';

const PRINTERS: { [K in Kind]: TablePrinter<KindMap[K]> } = {
  Pod: podPrinter,
  Service: servicePrinter,
  Endpoints: endpointsPrinter,
  ReplicationController: replicationControllerPrinter,
  ReplicaSet: replicaSetPrinter,
  Deployment: deploymentPrinter,
  Node: nodePrinter,
  Namespace: namespacePrinter,
  Secret: secretPrinter,
  ConfigMap: configMapPrinter,
  Event: eventPrinter,
  Ingress: ingressPrinter,
  IngressClass: ingressClassPrinter,
  ServiceAccount: serviceAccountPrinter,
  DaemonSet: daemonSetPrinter,
  EndpointSlice: endpointSlicePrinter,
  Lease: leasePrinter,
};

/** The header and rows as cell arrays (before layout), for callers that need the cells. */
export function tableCells<K extends Kind>(kind: K, objects: readonly KindMap[K][], opts: TableOptions): { header: string[]; rows: string[][] } {
  const printer = PRINTERS[kind] as TablePrinter<KindMap[K]>;
  const wide = !!opts.wide;
  // kubectl drops the NAMESPACE column for cluster-scoped kinds even with -A.
  if (!KINDS[kind].namespaced) opts = { ...opts, allNamespaces: false };
  const keep = printer.columns.map((c) => wide || !c.wide);
  const header = printer.columns.filter((_, i) => keep[i]).map((c) => c.name);
  // The API server builds the Table with GenerateOptions{Wide: true} whatever kubectl asks
  // (pkg/printers/storage TableConvertor); kubectl only hides the priority-1 columns. So the
  // 16-character EXTERNAL-IP/ADDRESS clipping in printers.go never shows in real output.
  const ctx = { now: opts.now, wide: true, lookup: opts.lookup };
  const prefix = opts.withKind ? `${KINDS[kind].qualified}/` : '';
  // The NAME column (first for every kind except events) carries the kind prefix.
  const nameIndex = header.indexOf('NAME');
  const labelColumns = opts.labelColumns ?? [];
  const first = opts.allNamespaces ? 1 : 0;
  const size = first + header.length + labelColumns.length + (opts.showLabels ? 1 : 0);
  // Each row is filled in place, in an array of its final size (a table has many rows).
  const rows = objects.map((obj) => {
    const all = printer.cells(obj, ctx);
    const cells = new Array<string>(size);
    let k = 0;
    if (opts.allNamespaces) cells[k++] = obj.metadata?.namespace ?? '';
    for (let i = 0; i < all.length; i++) if (keep[i]) cells[k++] = all[i];
    if (prefix && nameIndex >= 0) cells[first + nameIndex] = prefix + cells[first + nameIndex];
    for (const l of labelColumns) cells[k++] = obj.metadata?.labels?.[l] ?? '';
    if (opts.showLabels) cells[k++] = formatLabels(obj.metadata?.labels);
    cells.length = k;
    return cells;
  });
  if (opts.allNamespaces) header.unshift('NAMESPACE');
  // -L app.kubernetes.io/name → a NAME column: the last path segment, upper-cased.
  for (const l of labelColumns) header.push(l.split('/').pop()!.toUpperCase());
  if (opts.showLabels) header.push('LABELS');
  return { header, rows };
}

/**
 * `kubectl get` output for objects of one kind, in the order given (API order: by name, by
 * namespace then name with -A). Returns '' for an empty list; see noResourcesMessage.
 * `rememberedWidths` (RememberWidths) keeps columns from shrinking across `-w` updates:
 * pass the same array for the first table and every later batch (with noHeaders).
 */
export function printTable<K extends Kind>(kind: K, objects: readonly KindMap[K][], opts: TableOptions & { rememberedWidths?: number[] }): string {
  if (objects.length === 0) return '';
  const { header, rows } = tableCells(kind, objects, opts);
  if (!opts.noHeaders) rows.unshift(header);
  return tableRows(rows, opts.rememberedWidths);
}

/** The stderr line kubectl prints for an empty human-readable list. */
export function noResourcesMessage(namespace?: string): string {
  return namespace ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
}
