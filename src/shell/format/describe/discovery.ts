// `kubectl describe serviceaccount|endpointslice` (describeServiceAccount,
// describeEndpointSliceV1 in kubectl's describe.go).
import type { ServiceAccount } from 'kubernetes-types/core/v1.js';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1.js';
import type { DescribeOptions } from '../types.js';
import { PrefixWriter, printLabelsMultiline, printAnnotationsMultiline, describeEvents, eventsFor } from './writer.js';

/** The three secret lists, in the sorted order of their padded headers. */
export function describeServiceAccount(sa: ServiceAccount, opts: DescribeOptions): string {
  const meta = sa.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  const pull = (sa.imagePullSecrets ?? []).map((s) => s.name ?? '');
  const mount = (sa.secrets ?? []).map((s) => s.name ?? '');
  const lists: [string, string[]][] = [
    ['Image pull secrets:', pull],
    ['Mountable secrets: ', mount],
    ['Tokens:            ', []],
  ];
  for (const [header, names] of lists) {
    if (names.length === 0) w.write(0, `${header}\t<none>\n`);
    else names.forEach((n, i) => w.write(0, `${i === 0 ? header : '                   '}\t${n}\n`));
  }
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'ServiceAccount', meta), opts.now);
  return w.toString();
}

export function describeEndpointSlice(s: EndpointSlice, opts: DescribeOptions): string {
  const meta = s.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `AddressType:\t${s.addressType}\n`);
  if (!s.ports?.length) w.write(0, 'Ports: <unset>\n');
  else {
    w.write(0, 'Ports:\n');
    w.write(1, 'Name\tPort\tProtocol\n');
    w.write(1, '----\t----\t--------\n');
    for (const p of s.ports) w.write(1, `${p.name || '<unset>'}\t${p.port ?? '<unset>'}\t${p.protocol ?? ''}\n`);
  }
  if (!s.endpoints?.length) w.write(0, 'Endpoints: <none>\n');
  else {
    w.write(0, 'Endpoints:\n');
    for (const e of s.endpoints) {
      w.write(1, `- Addresses:\t${e.addresses.join(', ') || '<none>'}\n`);
      w.write(2, 'Conditions:\n');
      w.write(3, `Ready:\t${e.conditions?.ready ?? '<unset>'}\n`);
      w.write(2, `Hostname:\t${e.hostname ?? '<unset>'}\n`);
      if (e.targetRef) w.write(2, `TargetRef:\t${e.targetRef.kind}/${e.targetRef.name}\n`);
      w.write(2, `NodeName:\t${e.nodeName ?? '<unset>'}\n`);
      w.write(2, `Zone:\t${e.zone ?? '<unset>'}\n`);
    }
  }
  if (opts.showEvents !== false) describeEvents(w, eventsFor(opts.lookup, 'EndpointSlice', meta), opts.now);
  return w.toString();
}
