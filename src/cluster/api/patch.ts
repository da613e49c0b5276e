// The PATCH handler's strict field validation. A strategic merge patch is merged into the
// live object as a map and converted to the typed object with unknown fields reported; the
// handler then answers 422 Invalid naming the field `patch` and printing the patch map Go's
// way (`%+v`) — after the merge took out the directives it consumed. (kube-apiserver
// 1.30, endpoints/handlers/patch.go applyPatchToObject.)
import { ApiError, type FieldError } from './errors.js';
import type { AnyObject, Kind } from './kinds.js';
import type { ApiServer, WriteOptions } from '../cluster.js';
import { checkFields, schemaOf } from './schema.js';

type Obj = Record<string, any>;

/**
 * Throws the handler's Invalid error when `merged` (the live object with the patch merged
 * in) has fields the kind does not know. `patch` is the patch as sent; `live` the object it
 * was merged into.
 */
export function checkPatchedFields(kind: Kind, merged: unknown, patch: Obj, live: Obj): void {
  const { unknown } = checkFields(schemaOf(kind), merged);
  if (unknown.length === 0) return;
  const detail = `strict decoding error: ${unknown.map((u) => `unknown field ${JSON.stringify(u)}`).join(', ')}`;
  const cause: FieldError = { path: 'patch', type: 'Invalid value', value: JSON.stringify(goPrint(consumeDirectives(structuredClone(patch), live))), detail };
  // errors.NewInvalid(schema.GroupKind{}, "", …): no kind, no name.
  throw new ApiError('Invalid', ` "" is invalid: patch: Invalid value: ${cause.value}: ${detail}`, '', '', [cause]);
}

/**
 * StrategicMergeMapPatch deletes from the patch map what it merged as a directive: every
 * `$setElementOrder/<list>` together with `<list>` itself, and `$retainKeys` — in the maps
 * it recursed into (those present in the live object).
 */
function consumeDirectives(patch: Obj, live: unknown): Obj {
  delete patch.$retainKeys;
  for (const key of Object.keys(patch)) {
    if (key.startsWith('$setElementOrder/')) {
      delete patch[key];
      delete patch[key.slice('$setElementOrder/'.length)];
    }
  }
  const liveMap = isMap(live) ? live : {};
  for (const [k, v] of Object.entries(patch)) if (isMap(v) && isMap(liveMap[k])) consumeDirectives(v, liveMap[k]);
  return patch;
}

/** Go's `%+v` of a decoded JSON value: `map[k:v …]` with sorted keys, `[a b]`, `<nil>`. */
export function goPrint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  if (isMap(v)) {
    return `map[${Object.keys(v)
      .sort()
      .map((k) => `${k}:${goPrint(v[k])}`)
      .join(' ')}]`;
  }
  if (typeof v === 'number' && !Number.isInteger(v)) return goFloat(v);
  return String(v);
}

/** strconv.FormatFloat(f, 'g', -1, 64): shortest digits, exponent form from 1e21 on. */
function goFloat(f: number): string {
  const exp = Math.floor(Math.log10(Math.abs(f)));
  if (exp < -4 || exp >= 21) {
    const [m, e] = f.toExponential().split('e');
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(f);
}

function isMap(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/**
 * PATCH of an existing object: `merged` is the live object with `patch` merged in (the
 * caller merges); unknown fields fail as above, the rest is an ordinary update.
 */
export function sendPatch(api: ApiServer, kind: Kind, live: Obj, merged: Obj, patch: Obj, opts: WriteOptions = {}): AnyObject {
  checkPatchedFields(kind, merged, patch, live);
  return api.update(merged, opts);
}
