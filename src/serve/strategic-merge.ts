// Applying a strategic merge patch as the API server does (apimachinery strategicpatch):
// maps merge key by key (`null` deletes), lists with a merge key merge element by element,
// lists of scalars with the merge strategy are unions, other lists are replaced — and the
// directives kubectl puts in its patches are obeyed: `$patch: delete|replace`,
// `$setElementOrder/<list>`, `$deleteFromPrimitiveList/<list>` and `$retainKeys`.
import { mergeKeyOf } from '../shell/commands/kubectl/three-way-patch.js';

type Obj = Record<string, any>;

function isMap(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function applyStrategicPatch(live: unknown, patch: unknown): unknown {
  if (!isMap(patch)) return patch;
  if (patch.$patch === 'delete') return undefined;
  if (patch.$patch === 'replace') {
    const { $patch: _, ...rest } = patch;
    return stripDirectives(rest);
  }
  const out: Obj = isMap(live) ? { ...live } : {};
  const orders: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$retainKeys' || key === '$patch') continue;
    if (key.startsWith('$setElementOrder/')) {
      orders[key.slice('$setElementOrder/'.length)] = value as unknown[];
      continue;
    }
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      const list = key.slice('$deleteFromPrimitiveList/'.length);
      const drop = new Set((value as unknown[]).map((v) => JSON.stringify(v)));
      if (Array.isArray(out[list])) out[list] = out[list].filter((v: unknown) => !drop.has(JSON.stringify(v)));
      continue;
    }
    if (value === null) {
      delete out[key];
      continue;
    }
    if (Array.isArray(value)) {
      const current = Array.isArray(out[key]) ? out[key] : [];
      const mergeKey = mergeKeyOf(key, current, value);
      out[key] = mergeKey === undefined ? stripDirectives(value) : mergeLists(current, value, mergeKey);
      continue;
    }
    const merged = applyStrategicPatch(out[key], value);
    if (merged === undefined) delete out[key];
    else out[key] = merged;
  }
  for (const [list, order] of Object.entries(orders)) {
    if (!Array.isArray(out[list])) continue;
    const mergeKey = mergeKeyOf(list, out[list], order) ?? '';
    out[list] = reorder(out[list], order, mergeKey);
  }
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set(patch.$retainKeys as string[]);
    for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
  }
  return out;
}

function mergeLists(current: unknown[], patch: unknown[], mergeKey: string): unknown[] {
  if (mergeKey === '') {
    // A set of scalars: the union, in order.
    const out = [...current];
    for (const v of patch) if (!out.some((c) => JSON.stringify(c) === JSON.stringify(v))) out.push(v);
    return out;
  }
  const out = current.map((c) => (isMap(c) ? { ...c } : c));
  for (const p of patch) {
    if (!isMap(p)) continue;
    const i = out.findIndex((c) => isMap(c) && c[mergeKey] === p[mergeKey]);
    if (p.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) out[i] = applyStrategicPatch(out[i], p);
    else out.push(stripDirectives(p));
  }
  return out;
}

/** `$setElementOrder`: the listed elements in that order, others after them as they were. */
function reorder(list: unknown[], order: unknown[], mergeKey: string): unknown[] {
  const keyOf = (v: unknown) => JSON.stringify(mergeKey && isMap(v) ? v[mergeKey] : v);
  const rank = new Map(order.map((o, i) => [keyOf(o), i]));
  return [...list].sort((a, b) => (rank.get(keyOf(a)) ?? Infinity) - (rank.get(keyOf(b)) ?? Infinity));
}

function stripDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isMap(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) out[k] = stripDirectives(x);
  return out;
}
