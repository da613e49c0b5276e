// `kubectl describe secret|configmap|namespace`.
import type { Secret, ConfigMap, Namespace } from 'kubernetes-types/core/v1.js';
import { byteCompare } from '../labels.js';
import type { DescribeOptions } from '../types.js';
import { PrefixWriter, printLabelsMultiline, printAnnotationsMultiline, describeEvents, eventsFor } from './writer.js';

/** Length in bytes of a base64 value (the API's `data` encoding). */
function decodedLength(b64: string): number {
  return Buffer.from(b64, 'base64').length;
}

export function describeSecret(s: Secret, _opts: DescribeOptions): string {
  const meta = s.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `\nType:\t${s.type ?? ''}\n`);
  w.write(0, '\nData\n====\n');
  // kubectl ranges over a Go map (random order); sorted keeps our output reproducible.
  for (const k of Object.keys(s.data ?? {}).sort(byteCompare)) {
    const v = s.data![k];
    if (k === 'token' && s.type === 'kubernetes.io/service-account-token') w.write(0, `${k}:\t${Buffer.from(v, 'base64').toString('utf8')}\n`);
    else w.write(0, `${k}:\t${decodedLength(v)} bytes\n`);
  }
  return w.toString();
}

export function describeConfigMap(c: ConfigMap, opts: DescribeOptions): string {
  const meta = c.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, '\nData\n====\n');
  for (const k of Object.keys(c.data ?? {}).sort(byteCompare)) {
    w.write(0, `${k}:\n----\n`);
    w.write(0, `${c.data![k]}\n`);
  }
  w.write(0, '\nBinaryData\n====\n');
  for (const k of Object.keys(c.binaryData ?? {}).sort(byteCompare)) w.write(0, `${k}: ${decodedLength(c.binaryData![k])} bytes\n`);
  w.write(0, '\n');
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'ConfigMap', meta), opts.now);
  return w.toString();
}

export function describeNamespace(ns: Namespace, _opts: DescribeOptions): string {
  const meta = ns.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `Status:\t${ns.status?.phase ?? ''}\n`);
  // The simulated cluster has no ResourceQuota/LimitRange objects: both lists are empty.
  w.write(0, '\n');
  w.write(0, 'No resource quota.\n');
  w.write(0, '\n');
  w.write(0, 'No LimitRange resource.\n');
  return w.toString();
}
