// Objects straight from a user's manifest (before defaulting) or half-reconciled: every
// printer must still print something sensible and never throw.
import { describe as group, it, expect } from 'vitest';
import { KINDS, type Kind } from '../../../src/cluster/api/kinds.js';
import { printTable, describe, formatOutput } from '../../../src/shell/format/index.js';
import { NOW, lookup } from './fixtures.js';

const kinds = Object.keys(KINDS) as Kind[];

group('minimal objects', () => {
  it.each(kinds)('%s: table, wide table, describe and -o never throw', (kind) => {
    const obj = { apiVersion: KINDS[kind].apiVersion, kind, metadata: { name: 'x', namespace: KINDS[kind].namespaced ? 'default' : undefined } } as never;
    const empty = {} as never;
    for (const o of [obj, empty]) {
      expect(() => printTable(kind, [o], { now: NOW })).not.toThrow();
      expect(() => printTable(kind, [o], { now: NOW, wide: true, allNamespaces: true, showLabels: true })).not.toThrow();
      expect(() => describe(kind, o, { now: NOW, lookup })).not.toThrow();
      expect(() => describe(kind, o, { now: NOW })).not.toThrow();
      for (const spec of ['yaml', 'json', 'name', 'jsonpath={.metadata.name}', 'custom-columns=N:.metadata.name']) expect(() => formatOutput(spec, [o], { asList: true, kind })).not.toThrow();
    }
  });
});
