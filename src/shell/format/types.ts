// The options every printer takes. Kept in one file so callers import the shapes without
// pulling in any printer.
import type { Kind, KindMap } from '../../cluster/api/kinds.js';

/**
 * Read access to other objects, for layouts that show more than the object itself
 * (describe service → Endpoints + Events; describe ingress → Services + Endpoints;
 * describe rc/rs/deploy → Pods, ReplicaSets; describe node → Pods on the node).
 * The caller backs it with the store; a missing method means "nothing there".
 */
export interface Lookup {
  /** One object by name; cluster-scoped kinds ignore `namespace`. */
  get?<K extends Kind>(kind: K, namespace: string | undefined, name: string): KindMap[K] | undefined;
  /** Every object of a kind in a namespace (`undefined` = all namespaces), in API (name) order. */
  list?<K extends Kind>(kind: K, namespace: string | undefined): readonly KindMap[K][];
}

export interface TableOptions {
  /** Virtual time in ms since the Unix epoch; AGE and LAST SEEN are relative to it. */
  now: number;
  /** `-o wide`: priority-1 columns. */
  wide?: boolean;
  /** `-A`: a leading NAMESPACE column. */
  allNamespaces?: boolean;
  /** `-L key,…`: one column per label key (before LABELS). */
  labelColumns?: string[];
  /** `--show-labels`: a trailing LABELS column. */
  showLabels?: boolean;
  /** `--no-headers`. */
  noHeaders?: boolean;
  /** Prefix names with the resource (`service/kubia`), as `kubectl get svc,ep` and `get all` do. */
  withKind?: boolean;
  lookup?: Lookup;
}

export interface DescribeOptions {
  now: number;
  lookup?: Lookup;
  /** `--show-events=false` hides the Events section. Default true. */
  showEvents?: boolean;
}

export interface OutputOptions {
  /**
   * True when kubectl would print a List: several names, or a plain list (`kubectl get svc -o yaml`).
   * False for exactly one named object (`kubectl get svc kubia -o yaml`).
   */
  asList: boolean;
  /** The kind of the objects (for -o name when an object lacks apiVersion/kind). */
  kind?: Kind;
  /** `--no-headers` (custom-columns only). */
  noHeaders?: boolean;
  /** `--show-managed-fields`: -o yaml and -o json keep metadata.managedFields. */
  showManagedFields?: boolean;
  /**
   * `-o custom-columns-file=F`: F's text as the caller read it from the place's filesystem
   * (no text: F is not readable as lines, a directory).
   */
  columnsFile?: { text?: string };
  /** `--allow-missing-template-keys` (default true); false: go-template and jsonpath fail on a missing key. */
  allowMissingKeys?: boolean;
  /** Whose printers: kubectl get's (tables, custom-columns; the default) or another verb's. */
  printers?: 'get' | 'generic';
}

/** On failure, `stdout` may hold what kubectl printed before the error (custom-columns header). */
export type OutputResult = { ok: true; stdout: string } | { ok: false; stderr: string; stdout?: string };
