// `--field-selector`: `path=value`, `path==value`, `path!=value`, comma-joined, over the
// dotted paths the API server indexes (metadata.name, status.phase, spec.nodeName,
// involvedObject.name, …). Applied to what the API returned.
import { usageError } from './kube.js';

interface FieldRequirement {
  path: string[];
  value: string;
  negate: boolean;
}

export function parseFieldSelector(text: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z0-9_.]+)\s*(==|!=|=)\s*(.*)$/.exec(part);
    if (!m) throw usageError(`invalid selector: '${text}'; can't understand '${part}'`);
    out.push({ path: m[1].split('.'), value: m[3], negate: m[2] === '!=' });
  }
  return out;
}

function valueAt(obj: unknown, path: string[]): string {
  let cur: any = obj;
  for (const p of path) cur = cur?.[p];
  return cur === undefined || cur === null ? '' : String(cur);
}

export function matchesFields(obj: unknown, reqs: FieldRequirement[]): boolean {
  return reqs.every((r) => (valueAt(obj, r.path) === r.value) !== r.negate);
}
