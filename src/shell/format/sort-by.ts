// kubectl's --sort-by (kubectl/pkg/cmd/get/sorter.go, 1.30). The field is a relaxed JSONPath
// (`.metadata.name` → `{.metadata.name}`), evaluated on each object as unstructured JSON;
// the first value found is compared by its type: integers as int64, other numbers as
// float64, strings as resource quantities when both parse as one (`100m` < `1`), otherwise
// in natural order (fvbommel/sortorder: digit runs compare as numbers, so `10.244.1.9`
// comes before `10.244.1.13`); RFC 3339 timestamps are strings and sort as times that way.
// An object without the field sorts first. The order is sort.Sort's (go-sort.ts).
import { goSorted } from './go-sort.js';
import { JsonPathError, firstNodeResults, parseJsonPath } from './jsonpath.js';

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** RelaxedJSONPathExpression; undefined where kubectl's would fail. */
export function relaxedJsonPath(expr: string): string | undefined {
  if (expr === '') return expr;
  const m = RELAXED.exec(expr);
  return m ? `{.${m[1] || m[2]}}` : undefined;
}

const RELAXED_ERROR = "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'";

/** How a sort ended: the objects in order, a plain error (`error: …`), or klog's fatal exit. */
export type SortResult<T> = { ok: true; objects: T[] } | { ok: false; error: string } | { ok: false; fatal: string };

/** A comparison kubectl cannot make: klog.Exitf ends the process. */
class Unsortable extends Error {}

/** The Go type name %T prints for an unstructured value. */
function goType(v: unknown): string {
  if (Array.isArray(v)) return '[]interface {}';
  if (typeof v === 'object' && v !== null) return 'map[string]interface {}';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return typeof v;
}

/** isLess for two values found in unstructured objects (reflect.Interface in sorter.go). */
export function isLessValue(i: unknown, j: unknown): boolean {
  if (i === null && j === null) return false;
  if (i === null) return true;
  if (j === null) return false;
  if (typeof i === 'number') {
    if (typeof j === 'number' && Number.isInteger(i) === Number.isInteger(j)) return i < j;
    throw new Unsortable('unsortable interface: interface');
  }
  if (typeof i === 'string') {
    if (typeof j !== 'string') throw new Unsortable('unsortable interface: interface');
    const qi = parseQuantity(i);
    const qj = qi === undefined ? undefined : parseQuantity(j);
    if (qi === undefined || qj === undefined) return naturalLess(i, j);
    return qi < qj;
  }
  throw new Unsortable(`unsortable type: ${goType(i)}`);
}

/** sortorder.NaturalLess: bytes compared as bytes, digit runs as numbers (fewer leading zeros first). */
export function naturalLess(s1: string, s2: string): boolean {
  const a = Buffer.from(s1);
  const b = Buffer.from(s2);
  const digit = (c: number) => c >= 0x30 && c <= 0x39;
  let i1 = 0;
  let i2 = 0;
  while (i1 < a.length && i2 < b.length) {
    const c1 = a[i1];
    const c2 = b[i2];
    const d1 = digit(c1);
    const d2 = digit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i1++;
      i2++;
      continue;
    }
    while (i1 < a.length && a[i1] === 0x30) i1++;
    while (i2 < b.length && b[i2] === 0x30) i2++;
    const nz1 = i1;
    const nz2 = i2;
    while (i1 < a.length && digit(a[i1])) i1++;
    while (i2 < b.length && digit(b[i2])) i2++;
    if (i1 - nz1 !== i2 - nz2) return i1 - nz1 < i2 - nz2;
    const n1 = a.subarray(nz1, i1).toString();
    const n2 = b.subarray(nz2, i2).toString();
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return a.length < b.length;
}

const SUFFIXES: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60, n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

/** resource.ParseQuantity's value, or undefined where it would fail (`10.96.0.1`, `kubia`). */
export function parseQuantity(s: string): number | undefined {
  const m = QUANTITY.exec(s);
  if (!m) return undefined;
  const suffix = m[2] ?? '';
  const scale = /^[eE]/.test(suffix) ? 10 ** Number(suffix.slice(1)) : SUFFIXES[suffix];
  return Number(m[1]) * scale;
}

function valuesOf(template: string, objects: readonly unknown[]): unknown[][] {
  return objects.map((o) => firstNodeResults(template, o));
}

function sortByValues<T>(objects: readonly T[], values: unknown[][]): T[] {
  const indexed = objects.map((o, k) => ({ o, v: values[k] }));
  return goSorted(indexed, (x, y) => {
    if (x.v.length === 0) return true;
    if (y.v.length === 0) return false;
    return isLessValue(x.v[0], y.v[0]);
  }).map((e) => e.o);
}

/**
 * The rows of one table (SortingPrinter with a Table of more than one row). kubectl ignores
 * the printer's error here: a field no row has prints nothing at all (`ok: false, error: ''`).
 */
export function sortTableRows<T>(objects: readonly T[], expr: string): SortResult<T> {
  if (objects.length <= 1) return { ok: true, objects: [...objects] };
  const field = relaxedJsonPath(expr) ?? expr;
  let values: unknown[][];
  try {
    parseJsonPath(field);
    values = valuesOf(field, objects);
  } catch (e) {
    if (e instanceof JsonPathError) return { ok: false, error: '' };
    throw e;
  }
  if (!values.some((v) => v.length > 0)) return { ok: false, error: '' };
  return sorted(objects, values, field, '[][][]reflect.Value');
}

/** The items of a list printed with -o (SortObjects): its errors are kubectl's `error: …`. */
export function sortListItems<T>(objects: readonly T[], expr: string): SortResult<T> {
  if (objects.length === 0) return { ok: true, objects: [] };
  const field = relaxedJsonPath(expr);
  if (field === undefined) return { ok: false, error: RELAXED_ERROR };
  let values: unknown[][];
  try {
    parseJsonPath(field);
    values = valuesOf(field, objects);
  } catch (e) {
    if (e instanceof JsonPathError) return { ok: false, error: e.message };
    throw e;
  }
  if (!values.some((v) => v.length > 0)) return { ok: false, error: `couldn't find any field with path "${field}" in the list of objects` };
  return sorted(objects, values, field, '*unstructured.Unstructured');
}

function sorted<T>(objects: readonly T[], values: unknown[][], field: string, holder: string): SortResult<T> {
  try {
    return { ok: true, objects: sortByValues(objects, values) };
  } catch (e) {
    if (!(e instanceof Unsortable)) throw e;
    return { ok: false, fatal: `Field ${field} in ${holder} is an unsortable type: interface, err: ${e.message}` };
  }
}
