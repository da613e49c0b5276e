// `kubectl get secrets|configmaps`.
import type { Secret, ConfigMap } from 'kubernetes-types/core/v1.js';
import { age } from '../duration.js';
import type { TablePrinter } from './types.js';

export const secretPrinter: TablePrinter<Secret> = {
  columns: [{ name: 'NAME' }, { name: 'TYPE' }, { name: 'DATA' }, { name: 'AGE' }],
  cells: (s, { now }) => [s.metadata?.name ?? '', s.type ?? '', String(Object.keys(s.data ?? {}).length), age(s.metadata?.creationTimestamp, now)],
};

export const configMapPrinter: TablePrinter<ConfigMap> = {
  columns: [{ name: 'NAME' }, { name: 'DATA' }, { name: 'AGE' }],
  cells: (c, { now }) => [
    c.metadata?.name ?? '',
    String(Object.keys(c.data ?? {}).length + Object.keys(c.binaryData ?? {}).length),
    age(c.metadata?.creationTimestamp, now),
  ],
};
