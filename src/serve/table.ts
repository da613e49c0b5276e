// Server-side printing (`Accept: …;as=Table;v=v1;g=meta.k8s.io`): the same printers the
// built-in kubectl lays out, sent as cells. Like the real TableConvertor, the server always
// generates the wide columns and marks them priority 1; kubectl hides them without -o wide
// and adds NAMESPACE, LABELS and -L columns itself from each row's object metadata.
import type { AnyObject, Kind } from '../cluster/api/kinds.js';
import type { Cluster } from '../cluster/cluster.js';
import { tableCells } from '../shell/format/index.js';
import { storeLookup } from '../shell/commands/kubectl/printing.js';

/** Column names of a kind: all, and those shown without -o wide. */
const columnCache = new Map<Kind, { all: string[]; narrow: Set<string> }>();

function columns(kind: Kind): { all: string[]; narrow: Set<string> } {
  let c = columnCache.get(kind);
  if (!c) {
    c = { all: tableCells(kind, [], { now: 0, wide: true }).header, narrow: new Set(tableCells(kind, [], { now: 0 }).header) };
    columnCache.set(kind, c);
  }
  return c;
}

/** `includeObject`: None, Metadata (the default) or Object. */
export type IncludeObject = 'None' | 'Metadata' | 'Object';

function rowObject(o: Readonly<AnyObject>, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return o;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
}

export function toTable(cluster: Cluster, kind: Kind, objects: readonly Readonly<AnyObject>[], opts: { include: IncludeObject; resourceVersion?: string; withColumns?: boolean }): unknown {
  const cols = columns(kind);
  const { rows } = tableCells(kind, objects as AnyObject[], { now: cluster.clock.now(), wide: true, lookup: storeLookup(cluster) });
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: opts.resourceVersion ? { resourceVersion: opts.resourceVersion } : {},
    columnDefinitions:
      opts.withColumns === false
        ? []
        : cols.all.map((name) => ({ name, type: 'string', format: name === 'NAME' ? 'name' : '', description: '', priority: cols.narrow.has(name) ? 0 : 1 })),
    rows: rows.map((cells, i) => ({ cells, object: rowObject(objects[i], opts.include) })),
  };
}
