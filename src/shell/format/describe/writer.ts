// describe's PrefixWriter and the shared blocks of kubernetes/kubectl pkg/describe/describe.go:
// labels/annotations (multiline), tolerations, events. Text is written with tabs exactly as
// describe.go writes it and laid out at the end by the Go tabwriter port (padding 2).
import type { Event, Toleration } from 'kubernetes-types/core/v1.js';
import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';
import { describeTabs } from '../tabwriter.js';
import { byteCompare } from '../labels.js';
import { eventAge } from '../duration.js';
import type { Lookup } from '../types.js';

export class PrefixWriter {
  private parts: string[] = [];
  /** `w.Write(level, text)`: two spaces per level, then the text (which carries its own tabs/newlines). */
  write(level: number, text: string): void {
    this.parts.push('  '.repeat(level) + text);
  }
  /** `w.WriteLine(s)`: the text and a newline, no indentation. */
  writeLine(text: string): void {
    this.parts.push(text + '\n');
  }
  /** The laid-out text (tabbedString). */
  toString(): string {
    return describeTabs(this.parts.join(''));
  }
}

const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';
const maxAnnotationLen = 140;

/** printLabelsMultilineWithIndent: first `k=v` on the title line, the rest indented to the value column. */
export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined | null, initialIndent = '', innerIndent = '\t'): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort(byteCompare);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, initialIndent + innerIndent);
    w.write(0, `${key}=${labels![key]}\n`);
  });
}

const shorten = (s: string, max: number): string => (s.length > max ? s.slice(0, max) + '...' : s);

/** printAnnotationsMultiline: `key: value`, last-applied-configuration hidden, long values split. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined | null): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => k !== lastApplied)
    .sort(byteCompare);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, indent);
    const value = annotations![key].replace(/\n$/, '');
    if (value.length + key.length + 2 > maxAnnotationLen || value.includes('\n')) {
      w.write(0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(0, `${indent}  ${shorten(s, maxAnnotationLen - 2)}\n`);
    } else {
      w.write(0, `${key}: ${value}\n`);
    }
  });
}

/** printTolerationsMultilineWithIndent (sorted by key). */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: readonly Toleration[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const list = [...(tolerations ?? [])].sort((a, b) => byteCompare(a.key ?? '', b.key ?? ''));
  if (list.length === 0) {
    w.writeLine('<none>');
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, initialIndent + innerIndent);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(0, s + '\n');
  });
}

/** DescribeEvents: `Events:  <none>` or the Type/Reason/Age/From/Message table. */
export function describeEvents(w: PrefixWriter, events: readonly Event[], now: number): void {
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  const ts = (e: Event) => (e.lastTimestamp ? Date.parse(e.lastTimestamp) : 0);
  const sorted = [...events].sort((a, b) => ts(a) - ts(b));
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const source = e.source?.component || e.reportingComponent || '';
    w.write(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${eventAge(e, now)}\t${source}\t${(e.message ?? '').trim()}\n`);
  }
}

/**
 * searchEvents: the events whose involvedObject is this object (name, namespace, kind, uid).
 * `matchKind: false` for pods (describe pod clears ref.Kind). Nodes: uid may also be the name.
 */
export function eventsFor(lookup: Lookup | undefined, kind: string, meta: ObjectMeta | undefined, opts: { matchKind?: boolean; clusterScoped?: boolean } = {}): Event[] {
  if (!lookup?.list || !meta?.name) return [];
  const all = lookup.list('Event', opts.clusterScoped ? undefined : meta.namespace);
  const matchKind = opts.matchKind ?? true;
  return all.filter((e) => {
    const io = e.involvedObject;
    if (!io || io.name !== meta.name) return false;
    if (!opts.clusterScoped && (io.namespace ?? e.metadata?.namespace) !== meta.namespace) return false;
    if (matchKind && io.kind && io.kind !== kind) return false;
    if (io.uid && meta.uid && io.uid !== meta.uid && !(opts.clusterScoped && io.uid === meta.name)) return false;
    return true;
  });
}
