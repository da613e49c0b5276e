// The patch `kubectl apply` sends for an object that exists: strategicpatch's
// CreateThreeWayMergePatch — what changed from the live object to the file (no deletions),
// plus what the file dropped since the last apply (as nulls and `$patch: delete`), with
// `$setElementOrder/<list>` beside every merged list that changed. kubectl prints it when the
// server refuses the patch, so its shape matters. Covered: maps, scalars, atomic lists and
// the merge-keyed lists of the kinds the tour uses; not covered: `$retainKeys` (Deployment
// strategy, volume sources).

type Obj = Record<string, any>;

interface DiffOptions {
  ignoreDeletions?: boolean;
  ignoreChangesAndAdditions?: boolean;
}

/** Lists merged element by element, and their merge key (Go struct tags `patchMergeKey`). */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  ownerReferences: 'uid',
};
/** Lists of scalars merged as sets (`patchStrategy:"merge"` without a key). */
const SCALAR_MERGE_LISTS = new Set(['finalizers']);

/** The merge key of list `key`, '' for a set of scalars, undefined for an atomic list. */
export function mergeKeyOf(key: string, ...lists: unknown[][]): string | undefined {
  if (key === 'ports') return lists.some((l) => l.some((e) => isMap(e) && 'containerPort' in e)) ? 'containerPort' : 'port';
  if (SCALAR_MERGE_LISTS.has(key)) return '';
  return MERGE_KEYS[key];
}

export function threeWayPatch(original: Obj, modified: Obj, current: Obj): Obj {
  const delta = diffMaps(current, modified, { ignoreDeletions: true });
  const deletions = diffMaps(original, modified, { ignoreChangesAndAdditions: true });
  return mergePatches(deletions, delta);
}

/** Go's json.Marshal of the patch: keys sorted, `<`, `>`, `&` escaped. */
export function patchJson(patch: Obj): string {
  return JSON.stringify(sorted(patch)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function diffMaps(original: Obj, modified: Obj, opts: DiffOptions): Obj {
  const patch: Obj = {};
  for (const [key, mod] of Object.entries(modified)) {
    if (!(key in original)) {
      if (!opts.ignoreChangesAndAdditions) patch[key] = mod;
      continue;
    }
    const orig = original[key];
    if (goType(orig) !== goType(mod)) {
      if (!opts.ignoreChangesAndAdditions) patch[key] = mod;
    } else if (isMap(orig)) {
      const sub = diffMaps(orig, mod, opts);
      if (Object.keys(sub).length > 0) patch[key] = sub;
    } else if (Array.isArray(orig)) {
      diffSlices(key, orig, mod, patch, opts);
    } else if (!opts.ignoreChangesAndAdditions && !same(orig, mod)) {
      patch[key] = mod;
    }
  }
  if (!opts.ignoreDeletions) for (const key of Object.keys(original)) if (!(key in modified)) patch[key] = null;
  return patch;
}

function diffSlices(key: string, original: unknown[], modified: unknown[], patch: Obj, opts: DiffOptions): void {
  const mergeKey = mergeKeyOf(key, original, modified);
  if (mergeKey === undefined) {
    if (!opts.ignoreChangesAndAdditions && !same(original, modified)) patch[key] = modified;
    return;
  }
  if (mergeKey === '') {
    const added = modified.filter((m) => !original.some((o) => same(o, m)));
    const removed = original.filter((o) => !modified.some((m) => same(o, m)));
    if (!opts.ignoreChangesAndAdditions && added.length) patch[key] = added;
    if (!opts.ignoreDeletions && removed.length) patch[`$deleteFromPrimitiveList/${key}`] = removed;
    if ((!opts.ignoreDeletions && removed.length) || (!opts.ignoreChangesAndAdditions && !same(original, modified))) patch[`$setElementOrder/${key}`] = modified;
    return;
  }
  const byKey = (list: unknown[]) => new Map(list.filter(isMap).map((e) => [String(e[mergeKey]), e]));
  const origByKey = byKey(original);
  const modByKey = byKey(modified);
  const changes: Obj[] = [];
  for (const m of modified.filter(isMap)) {
    const o = origByKey.get(String(m[mergeKey]));
    if (!o) {
      if (!opts.ignoreChangesAndAdditions) changes.push(m);
      continue;
    }
    const sub = diffMaps(o, m, opts);
    if (Object.keys(sub).length > 0) changes.push({ ...sub, [mergeKey]: m[mergeKey] });
  }
  const deletions = opts.ignoreDeletions ? [] : [...origByKey.entries()].filter(([k]) => !modByKey.has(k)).map(([, o]) => ({ $patch: 'delete', [mergeKey]: o[mergeKey] }));
  const items = [...changes, ...deletions];
  if (items.length) patch[key] = items;
  const orderSame = same(
    original.filter(isMap).map((e) => e[mergeKey]).filter((k) => modByKey.has(String(k))),
    modified.filter(isMap).map((e) => e[mergeKey]).filter((k) => origByKey.has(String(k))),
  );
  if ((!opts.ignoreChangesAndAdditions && (items.length > 0 || !orderSame)) || (!opts.ignoreDeletions && items.length > 0)) {
    patch[`$setElementOrder/${key}`] = modified.filter(isMap).map((e) => ({ [mergeKey]: e[mergeKey] }));
  }
}

/** mergeMap(deletions, delta) as CreateThreeWayMergePatch calls it: the two patches combined. */
function mergePatches(base: Obj, patch: Obj): Obj {
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    const b = out[k];
    if (!(k in out) || v === null || goType(b) !== goType(v)) out[k] = v;
    else if (isMap(b)) out[k] = mergePatches(b, v);
    else if (Array.isArray(b) && !k.startsWith('$')) out[k] = mergeLists(k, b, v);
    else out[k] = v;
  }
  return out;
}

function mergeLists(key: string, base: unknown[], patch: unknown[]): unknown[] {
  const mergeKey = mergeKeyOf(key, base, patch);
  if (mergeKey === undefined) return patch;
  if (mergeKey === '') return [...base, ...patch].filter((v, i, all) => all.findIndex((x) => same(x, v)) === i);
  const merged = patch.map((p) => {
    const b = base.find((x) => isMap(x) && isMap(p) && x[mergeKey] === p[mergeKey]);
    return isMap(b) && isMap(p) ? mergePatches(b, p) : p;
  });
  const baseOnly = base.filter((b) => !patch.some((p) => isMap(b) && isMap(p) && b[mergeKey] === p[mergeKey]));
  return [...merged, ...baseOnly];
}

function goType(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return 'slice';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return typeof v;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(v: any): any {
  if (Array.isArray(v)) return v.map(sorted);
  if (isMap(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]));
  return v;
}

function isMap(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
