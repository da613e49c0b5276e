// kubectl -o custom-columns=HEADER:path,…: one row per object, several results of a path
// joined by `,`, missing values `<none>`, values printed with Go's fmt (`map[app:kubia]`),
// laid out with the table writer (last column unpadded).
import { executeJsonPathValues, JsonPathError, parseJsonPath } from './jsonpath.js';
import { tableTabs } from './tabwriter.js';
import { byteCompare } from './labels.js';

/** Go's fmt.Sprint of an unstructured value. */
export function goFmt(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goFmt).join(' ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `map[${Object.keys(o)
      .sort(byteCompare)
      .map((k) => `${k}:${goFmt(o[k])}`)
      .join(' ')}]`;
  }
  return String(v);
}

/** RelaxedJSONPathExpression: `.a.b`, `a.b`, `{a.b}`, `{.a.b}` → `{.a.b}`. */
function relaxed(path: string): string {
  if (path === '') return path;
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(path);
  if (!m) throw new JsonPathError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  return `{.${m[1] ?? m[2]}}`;
}

export type CustomColumnsResult = { stdout: string; stderr: string; exitCode: number };

interface Column {
  header: string;
  template: string;
}
type Columns = { columns: Column[] } | { error: string };

const failed = (error: string): CustomColumnsResult => ({ stdout: '', stderr: `error: ${error}\n`, exitCode: 1 });

/**
 * `-o custom-columns=HEADER:path,…` (NewCustomColumnsPrinterFromSpec): a column's path is
 * everything after its first `:`.
 */
function columnsFromSpec(spec: string): Columns {
  if (spec === '') return { error: 'custom-columns format specified but no custom columns given' };
  const columns: Column[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) return { error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    try {
      columns.push({ header: part.slice(0, colon), template: relaxed(part.slice(colon + 1)) });
    } catch (e) {
      return { error: (e as Error).message };
    }
  }
  return { columns };
}

/** Go's unicode.IsSpace, which bufio.ScanWords splits on (a byte-order mark is not space). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const words = (line: string): string[] => line.split(GO_SPACE).filter((w) => w !== '');
const TEMPLATE_FORMAT = 'Expected format is one line of space separated headers, one line of space separated column specs.';

/**
 * `-o custom-columns-file=F` (NewCustomColumnsPrinterFromTemplate): the file's first line
 * holds the headers and its second the paths, each separated by white space.
 * Undefined text: the file could not be read as lines (a directory).
 */
function columnsFromTemplate(text: string | undefined): Columns {
  // bufio.Scanner's lines: split at \n, a final \r dropped, no line after a final \n.
  const lines = (text ?? '').split('\n').map((l) => l.replace(/\r$/, ''));
  if (text?.endsWith('\n')) lines.pop();
  if (text === undefined || text === '') return { error: `invalid template, missing header line. ${TEMPLATE_FORMAT}` };
  if (lines.length < 2) return { error: `invalid template, missing spec line. ${TEMPLATE_FORMAT}` };
  const [headers, specs] = [words(lines[0]), words(lines[1])];
  if (headers.length !== specs.length) return { error: `number of headers (${headers.length}) and field specifications (${specs.length}) don't match` };
  try {
    return { columns: headers.map((header, i) => ({ header, template: relaxed(specs[i]) })) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/**
 * The header (unless --no-headers), then one row per object. A path that does not parse
 * fails after the header: kubectl parses the paths when it prints.
 */
function printColumns(columns: readonly Column[], objects: readonly unknown[], noHeaders: boolean): CustomColumnsResult {
  const lines: string[] = [];
  if (!noHeaders) lines.push(columns.map((c) => c.header).join('\t'));
  const table = () => (lines.length > 0 ? tableTabs(lines.map((l) => l + '\n').join('')) : '');
  for (const c of columns) {
    try {
      parseJsonPath(c.template);
    } catch (e) {
      return { stdout: table(), stderr: `error: ${(e as Error).message}\n`, exitCode: 1 };
    }
  }
  let stderr = '';
  for (const obj of objects) {
    try {
      const cells = columns.map((c) => {
        const values = executeJsonPathValues(c.template, obj);
        return values.length === 0 ? '<none>' : values.map(goFmt).join(',');
      });
      lines.push(cells.join('\t'));
    } catch (e) {
      stderr = `error: ${(e as Error).message}\n`;
      break;
    }
  }
  return { stdout: table(), stderr, exitCode: stderr ? 1 : 0 };
}

export function printCustomColumns(spec: string, objects: readonly unknown[], noHeaders = false): CustomColumnsResult {
  const c = columnsFromSpec(spec);
  return 'error' in c ? failed(c.error) : printColumns(c.columns, objects, noHeaders);
}

/**
 * `-o custom-columns-file=F`, given the file's text (undefined: not readable as lines). The
 * file's columns always print their header: kubectl's file printer has no --no-headers.
 */
export function printCustomColumnsFile(text: string | undefined, objects: readonly unknown[]): CustomColumnsResult {
  const c = columnsFromTemplate(text);
  return 'error' in c ? failed(c.error) : printColumns(c.columns, objects, false);
}
