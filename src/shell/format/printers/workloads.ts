// `kubectl get rc|rs|deploy|ds`: replica (or node) counts, and with -o wide CONTAINERS IMAGES SELECTOR.
import type { ReplicationController, PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import type { DaemonSet, ReplicaSet, Deployment } from 'kubernetes-types/apps/v1.js';
import { age } from '../duration.js';
import { formatLabels, formatLabelSelector, selectorString } from '../labels.js';
import type { TablePrinter } from './types.js';

/** layoutContainerCells: container names and images, each `,`-joined. */
function containerCells(t: PodTemplateSpec | undefined): [string, string] {
  const cs = t?.spec?.containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}

const wideColumns = [
  { name: 'CONTAINERS', wide: true },
  { name: 'IMAGES', wide: true },
  { name: 'SELECTOR', wide: true },
];

export const replicationControllerPrinter: TablePrinter<ReplicationController> = {
  columns: [{ name: 'NAME' }, { name: 'DESIRED' }, { name: 'CURRENT' }, { name: 'READY' }, { name: 'AGE' }, ...wideColumns],
  cells(rc, { now }) {
    return [
      rc.metadata?.name ?? '',
      String(rc.spec?.replicas ?? 1),
      String(rc.status?.replicas ?? 0),
      String(rc.status?.readyReplicas ?? 0),
      age(rc.metadata?.creationTimestamp, now),
      ...containerCells(rc.spec?.template),
      formatLabels(rc.spec?.selector),
    ];
  },
};

export const replicaSetPrinter: TablePrinter<ReplicaSet> = {
  columns: [{ name: 'NAME' }, { name: 'DESIRED' }, { name: 'CURRENT' }, { name: 'READY' }, { name: 'AGE' }, ...wideColumns],
  cells(rs, { now }) {
    return [
      rs.metadata?.name ?? '',
      String(rs.spec?.replicas ?? 1),
      String(rs.status?.replicas ?? 0),
      String(rs.status?.readyReplicas ?? 0),
      age(rs.metadata?.creationTimestamp, now),
      ...containerCells(rs.spec?.template),
      formatLabelSelector(rs.spec?.selector),
    ];
  },
};

export const deploymentPrinter: TablePrinter<Deployment> = {
  columns: [{ name: 'NAME' }, { name: 'READY' }, { name: 'UP-TO-DATE' }, { name: 'AVAILABLE' }, { name: 'AGE' }, ...wideColumns],
  cells(d, { now }) {
    return [
      d.metadata?.name ?? '',
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 1}`,
      String(d.status?.updatedReplicas ?? 0),
      String(d.status?.availableReplicas ?? 0),
      age(d.metadata?.creationTimestamp, now),
      ...containerCells(d.spec?.template),
      selectorString(d.spec?.selector),
    ];
  },
};

/** printDaemonSet: node counts from the status, the template's node selector (`<none>`). */
export const daemonSetPrinter: TablePrinter<DaemonSet> = {
  columns: [{ name: 'NAME' }, { name: 'DESIRED' }, { name: 'CURRENT' }, { name: 'READY' }, { name: 'UP-TO-DATE' }, { name: 'AVAILABLE' }, { name: 'NODE SELECTOR' }, { name: 'AGE' }, ...wideColumns],
  cells(ds, { now }) {
    const st = ds.status;
    return [
      ds.metadata?.name ?? '',
      String(st?.desiredNumberScheduled ?? 0),
      String(st?.currentNumberScheduled ?? 0),
      String(st?.numberReady ?? 0),
      String(st?.updatedNumberScheduled ?? 0),
      String(st?.numberAvailable ?? 0),
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      age(ds.metadata?.creationTimestamp, now),
      ...containerCells(ds.spec?.template),
      formatLabelSelector(ds.spec?.selector),
    ];
  },
};
