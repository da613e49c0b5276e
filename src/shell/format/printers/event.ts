// `kubectl get events`: LAST SEEN TYPE REASON OBJECT MESSAGE (printEvent).
import type { Event } from 'kubernetes-types/core/v1.js';
import { age } from '../duration.js';
import type { TablePrinter } from './types.js';

export const eventPrinter: TablePrinter<Event> = {
  columns: [
    { name: 'LAST SEEN' },
    { name: 'TYPE' },
    { name: 'REASON' },
    { name: 'OBJECT' },
    { name: 'SUBOBJECT', wide: true },
    { name: 'SOURCE', wide: true },
    { name: 'MESSAGE' },
    { name: 'FIRST SEEN', wide: true },
    { name: 'COUNT', wide: true },
    { name: 'NAME', wide: true },
  ],
  cells(e, { now }) {
    const first = e.firstTimestamp ? age(e.firstTimestamp, now) : age(e.eventTime, now);
    let last = e.lastTimestamp ? age(e.lastTimestamp, now) : first;
    let count = e.count ?? 0;
    if (e.series) {
      last = age(e.series.lastObservedTime, now);
      count = e.series.count ?? 0;
    } else if (count === 0) count = 1;
    const io = e.involvedObject;
    const target = io?.name ? `${(io.kind ?? '').toLowerCase()}/${io.name}` : (io?.kind ?? '').toLowerCase();
    const component = e.source?.component || e.reportingComponent || '';
    const instance = e.source?.host || e.reportingInstance || '';
    const source = instance ? `${component}, ${instance}` : component;
    return [last, e.type ?? '', e.reason ?? '', target, io?.fieldPath ?? '', source, (e.message ?? '').trim(), first, String(count), e.metadata?.name ?? ''];
  },
};
