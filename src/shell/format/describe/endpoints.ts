// `kubectl describe endpoints`: subsets with Addresses / NotReadyAddresses / Ports.
import type { Endpoints } from 'kubernetes-types/core/v1.js';
import type { DescribeOptions } from '../types.js';
import { PrefixWriter, printLabelsMultiline, printAnnotationsMultiline, describeEvents, eventsFor } from './writer.js';

export function describeEndpoints(ep: Endpoints, opts: DescribeOptions): string {
  const meta = ep.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, 'Subsets:\n');
  for (const subset of ep.subsets ?? []) {
    const ready = (subset.addresses ?? []).map((a) => a.ip).join(',');
    w.write(1, `Addresses:\t${ready || '<none>'}\n`);
    const notReady = (subset.notReadyAddresses ?? []).map((a) => a.ip).join(',');
    w.write(1, `NotReadyAddresses:\t${notReady || '<none>'}\n`);
    if ((subset.ports ?? []).length > 0) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const p of subset.ports!) w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
    }
    w.write(0, '\n');
  }
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'Endpoints', meta), opts.now);
  return w.toString();
}
