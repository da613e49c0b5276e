// --sort-by as kubectl 1.30's sorter.go compares; the expectations were checked against the
// real kubectl.1.30 through `kubetour serve` (test/serve/differential.test.ts runs them).
import { describe, expect, it } from 'vitest';
import { isLessValue, naturalLess, parseQuantity, relaxedJsonPath, sortListItems, sortTableRows } from './sort-by.js';
import { goSorted } from './go-sort.js';

describe('natural order (fvbommel/sortorder)', () => {
  it('compares digit runs as numbers, so addresses sort as a person reads them', () => {
    expect(naturalLess('10.244.1.9', '10.244.1.13')).toBe(true);
    expect(naturalLess('10.96.0.10', '10.96.0.9')).toBe(false);
    expect(naturalLess('kubia-2', 'kubia-10')).toBe(true);
    // Fewer leading zeros first; digits before other bytes; a prefix first.
    expect(naturalLess('a2', 'a02')).toBe(true);
    expect(naturalLess('1x', 'ax')).toBe(true);
    expect(naturalLess('abc', 'abcd')).toBe(true);
    expect(naturalLess('B', 'a')).toBe(true);
  });
  it('puts RFC 3339 timestamps in time order', () => {
    expect(naturalLess('2026-12-04T13:09:59Z', '2026-12-04T13:10:00Z')).toBe(true);
  });
});

describe('values compared by type', () => {
  it('reads strings that both parse as quantities as quantities', () => {
    expect(parseQuantity('100m')).toBeCloseTo(0.1);
    expect(parseQuantity('8029828Ki')).toBe(8029828 * 1024);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('10.96.0.1')).toBeUndefined();
    expect(parseQuantity('kubia')).toBeUndefined();
    expect(isLessValue('500m', '1')).toBe(true);
    expect(isLessValue('2Gi', '1500Mi')).toBe(false);
  });
  it('numbers numerically, null first; a list or a mix of types cannot be compared', () => {
    expect(isLessValue(9, 10)).toBe(true);
    expect(isLessValue(null, 'a')).toBe(true);
    expect(() => isLessValue([1], [2])).toThrow('unsortable type: []interface {}');
    expect(() => isLessValue(1, 'a')).toThrow('unsortable interface: interface');
  });
});

describe('sorting objects', () => {
  const pods = [
    { metadata: { name: 'c' }, status: { podIP: '10.244.1.13' } },
    { metadata: { name: 'a' }, status: {} },
    { metadata: { name: 'b' }, status: { podIP: '10.244.1.9' } },
  ];
  it('relaxes the path as kubectl does', () => {
    expect(relaxedJsonPath('.status.podIP')).toBe('{.status.podIP}');
    expect(relaxedJsonPath('status.podIP')).toBe('{.status.podIP}');
    expect(relaxedJsonPath('{.a')).toBeUndefined();
  });
  it('puts an object without the field first', () => {
    const r = sortTableRows(pods, '.status.podIP');
    expect(r.ok && r.objects.map((p) => p.metadata.name)).toEqual(['a', 'b', 'c']);
  });
  it('a table with a field no row has prints nothing; a list says so', () => {
    expect(sortTableRows(pods, '.spec.nope')).toEqual({ ok: false, error: '' });
    expect(sortListItems(pods, '.spec.nope')).toEqual({ ok: false, error: 'couldn\'t find any field with path "{.spec.nope}" in the list of objects' });
    expect(sortListItems(pods, '{.a')).toEqual({ ok: false, error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" });
  });
  it('ends as klog.Exitf does on values it cannot compare', () => {
    const r = sortListItems([{ a: [1] }, { a: [2] }], '.a');
    expect(r).toEqual({ ok: false, fatal: 'Field {.a} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: []interface {}' });
  });
});

describe("Go's sort.Sort", () => {
  it('sorts, and keeps twelve elements or fewer in insertion-sort order (ties stay put)', () => {
    const keys = [3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2];
    const sorted = goSorted(keys.map((k, i) => ({ k, i })), (a, b) => a.k < b.k);
    expect(sorted.map((e) => e.i)).toEqual([1, 4, 7, 10, 2, 5, 8, 11, 0, 3, 6, 9]);
    // Longer inputs take pdqsort's partitions, where ties move: the differential test
    // compares 14 pods sorted by node name with the real kubectl's order.
    const long = Array.from({ length: 200 }, (_, i) => (i * 7919) % 101);
    expect(goSorted(long, (a, b) => a < b)).toEqual([...long].sort((a, b) => a - b));
  });
});
