// kubectl's genericDescriber (kinds without their own describer, e.g. Event): Name,
// Namespace, Labels, Annotations, then every other field sorted, labels made "smart"
// (`involvedObject` → `Involved Object`, `apiVersion` → `API Version`).
import { byteCompare } from '../labels.js';
import type { DescribeOptions } from '../types.js';
import type { Kind } from '../../../cluster/api/kinds.js';
import { PrefixWriter, printLabelsMultiline, printAnnotationsMultiline, describeEvents, eventsFor } from './writer.js';

type Cls = 'lower' | 'upper' | 'digit' | 'other';
const cls = (c: string): Cls => (/\p{Ll}/u.test(c) ? 'lower' : /\p{Lu}/u.test(c) ? 'upper' : /\p{Nd}/u.test(c) ? 'digit' : 'other');

/** github.com/fatih/camelcase Split. */
export function camelSplit(s: string): string[] {
  const runs: string[][] = [];
  let last: Cls | undefined;
  for (const c of s) {
    const k = cls(c);
    if (k === last) runs[runs.length - 1].push(c);
    else runs.push([c]);
    last = k;
  }
  // An upper run followed by a lower run gives its last letter to the lower run: HTTPServer → HTTP Server.
  for (let i = 0; i < runs.length - 1; i++) {
    if (cls(runs[i][0]) === 'upper' && cls(runs[i + 1][0]) === 'lower') {
      runs[i + 1].unshift(runs[i].pop()!);
    }
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}

const acronyms = ['API', 'URL', 'UID', 'OSB', 'GUID'];

export function smartLabelFor(field: string): string {
  if ([...field].some((c) => !/\p{L}/u.test(c) && c !== '-')) return field;
  return camelSplit(field)
    .filter((p) => p !== '_')
    .map((p) => (acronyms.includes(p.toUpperCase()) ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1)))
    .join(' ');
}

const goValue = (v: unknown): string => (v === null || v === undefined ? '<nil>' : String(v));

function printContent(w: PrefixWriter, level: number, content: Record<string, unknown>, prefix: string, skip: readonly string[]): void {
  for (const field of Object.keys(content).sort(byteCompare)) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (skip.includes(path)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printContent(w, level + 1, value as Record<string, unknown>, path, skip);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === 'object' && !Array.isArray(child)) printContent(w, level + 1, child as Record<string, unknown>, path, skip);
        else w.write(level + 1, `${goValue(child)}\n`);
      }
    } else {
      w.write(level, `${smartLabelFor(field)}:\t${goValue(value)}\n`);
    }
  }
}

export function describeGeneric(kind: Kind, obj: { metadata?: { name?: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; uid?: string } }, opts: DescribeOptions): string {
  const meta = obj.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  printContent(w, 0, obj as Record<string, unknown>, '', ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, kind, meta), opts.now);
  return w.toString();
}
