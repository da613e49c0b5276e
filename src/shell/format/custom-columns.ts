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

export function printCustomColumns(spec: string, objects: readonly unknown[], noHeaders = false): CustomColumnsResult {
  if (spec === '') return { stdout: '', stderr: 'error: custom-columns format specified but no custom columns given\n', exitCode: 1 };
  const columns: { header: string; template: string }[] = [];
  for (const part of spec.split(',')) {
    const kv = part.split(':');
    if (kv.length !== 2) return { stdout: '', stderr: `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>\n`, exitCode: 1 };
    try {
      const template = relaxed(kv[1]);
      parseJsonPath(template);
      columns.push({ header: kv[0], template });
    } catch (e) {
      return { stdout: '', stderr: `error: ${(e as Error).message}\n`, exitCode: 1 };
    }
  }
  const lines: string[] = [];
  if (!noHeaders) lines.push(columns.map((c) => c.header).join('\t'));
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
  const stdout = lines.length > 0 ? tableTabs(lines.map((l) => l + '\n').join('')) : '';
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}
