// The shape of one `kubectl get` printer: the server-side Table column definitions of
// kubernetes/kubernetes pkg/printers/internalversion/printers.go, and a row function.
import type { Lookup } from '../types.js';

export interface Column {
  /** Header text as kubectl prints it (already upper-cased). */
  name: string;
  /** Priority 1: only shown with `-o wide`. */
  wide?: boolean;
}

export interface RowContext {
  now: number;
  wide: boolean;
  lookup?: Lookup;
}

export interface TablePrinter<T> {
  columns: readonly Column[];
  /** One cell per column, wide columns included (the layout drops them when not wide). */
  cells(obj: T, ctx: RowContext): string[];
}
