// `kubectl apply -f`: client-side apply. The last-applied annotation records what the file
// said; a three-way merge (last applied, file, live) decides what to change, so fields the
// server filled in (clusterIP, nodePorts) survive and fields removed from the file go away.
// An existing object is sent as a PATCH (the patch kubectl computes is what its errors show).
import type { ApiError } from '../../../cluster/api/errors.js';
import { KINDS, type AnyObject, type Kind } from '../../../cluster/api/kinds.js';
import { finishVerb, isApiError, usageError, type ErrorSource, type Verb } from './kube.js';
import { sendPatch } from '../../../cluster/api/patch.js';
import { patchJson, threeWayPatch } from './three-way-patch.js';
import { mappedItems, readManifestsToSend } from './manifest.js';
import { dryRunOf, fieldManagerOf, LAST_APPLIED, placeInNamespace, report, sendCreate, withLastApplied } from './write.js';
import { ALL_FLAG, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_OPTION_FLAGS, FORCE_FLAG, GRACE_PERIOD_FLAG, longFlags, OUTPUT_FLAG, SELECTOR_FLAG, SHOW_MANAGED_FIELDS_FLAG, TIMEOUT_FLAG, VALIDATE_FLAG, WAIT_FLAG, TEMPLATE_FLAGS } from './common-flags.js';

export const applyVerb: Verb = {
  name: 'apply',
  flags: [
    ...FILENAME_OPTION_FLAGS, OUTPUT_FLAG, ...TEMPLATE_FLAGS, DRY_RUN_FLAG, VALIDATE_FLAG, SELECTOR_FLAG, FORCE_FLAG, FIELD_MANAGER_FLAG, WAIT_FLAG, GRACE_PERIOD_FLAG, TIMEOUT_FLAG, SHOW_MANAGED_FIELDS_FLAG, ALL_FLAG,
    ...longFlags('bool', 'prune', 'server-side', 'overwrite'),
  ],
  async run(inv) {
    const files = inv.flags.list('filename');
    if (files.length === 0) throw usageError('must specify one of -f and -k');
    const dryRun = dryRunOf(inv);
    const validate = !['false', 'ignore'].includes(inv.flags.str('validate', 'strict'));
    const read = await readManifestsToSend(inv.ctx, files, validate);
    const errors: (ApiError | string)[] = [];
    const sources = new Map<ApiError, ErrorSource>();
    for (const item of mappedItems(read, errors)) {
      const kind = item.info.kind;
      const file = structuredClone(item.obj);
      placeInNamespace(inv, kind, file);
      const name = file.metadata?.name ?? '';
      let live: Readonly<AnyObject> | undefined;
      let patch: Record<string, any> | undefined;
      try {
        live = inv.cluster.api.get(kind, file.metadata?.namespace, name);
      } catch (e) {
        if (!isApiError(e) || e.reason !== 'NotFound') throw e;
      }
      try {
        if (inv.flags.bool('server-side')) {
          // Server-side apply: the server merges the file into the object (or creates it);
          // no last-applied annotation, and kubectl reports every object the same way.
          const applied = !live
            ? sendCreate(inv, file, dryRun)
            : dryRun === 'client'
              ? (live as AnyObject)
              : sendPatch(inv.cluster.api, kind, live as Record<string, any>, threeWayMerge(undefined, file, structuredClone(live)), file, { dryRun: dryRun === 'server', ...fieldManagerOf(inv), applied: file });
          report(inv, kind, applied, 'serverside-applied', dryRun);
          continue;
        }
        if (!live) {
          const created = sendCreate(inv, withLastApplied(file), dryRun);
          report(inv, kind, created, 'created', dryRun);
          continue;
        }
        const recorded = live.metadata?.annotations?.[LAST_APPLIED];
        if (recorded === undefined) {
          inv.err.push(
            `Warning: resource ${KINDS[kind].resource}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
          );
        }
        const original = recorded ? safeParse(recorded) : {};
        const modified = withLastApplied(file);
        const merged = threeWayMerge(original, modified, structuredClone(live) as Record<string, any>);
        const unchanged = recorded !== undefined && sameObject(merged, live);
        if (unchanged) {
          report(inv, kind, live as AnyObject, 'unchanged', dryRun);
          continue;
        }
        patch = threeWayPatch(original, modified, live as Record<string, any>);
        const updated = dryRun === 'client' ? (merged as AnyObject) : sendPatch(inv.cluster.api, kind, live as Record<string, any>, merged, patch, { dryRun: dryRun === 'server', ...fieldManagerOf(inv) });
        report(inv, kind, updated, 'configured', dryRun);
      } catch (e) {
        if (!isApiError(e)) throw e;
        if (!live) sources.set(e, { verb: 'creating', file: item.source });
        else if (patch) sources.set(e, patchSource(patch, kind, file, item.source));
        errors.push(e);
      }
    }
    errors.push(...read.errors);
    if (read.items.length === 0 && errors.length === 0) throw usageError('no objects passed to apply');
    return finishVerb(inv, errors, (e) => sources.get(e));
  },
};

/**
 * apply.go wraps a failed patch twice: the patcher's `error when patching "FILE"`, then
 * `error when applying patch:\n<patch>\nto:\n<resource.Info>\nfor: "FILE"`.
 */
function patchSource(patch: Record<string, any>, kind: Kind, obj: Record<string, any>, file: string): ErrorSource {
  const info = KINDS[kind];
  const group = info.apiVersion.includes('/') ? info.apiVersion : `/${info.apiVersion}`;
  const to = `Resource: "${group}, Resource=${info.resource}", GroupVersionKind: "${group}, Kind=${kind}"\nName: "${obj.metadata?.name ?? ''}", Namespace: "${obj.metadata?.namespace ?? ''}"`;
  return { verb: `applying patch:\n${patchJson(patch)}\nto:\n${to}\nfor:`, file, inner: { verb: 'patching', file } };
}

function safeParse(s: string): Record<string, any> {
  try {
    return JSON.parse(s);
  } catch {
    return {};
  }
}

function sameObject(a: unknown, b: unknown): boolean {
  const strip = (o: any) => JSON.stringify(sortDeep({ ...o, metadata: { ...o.metadata, resourceVersion: undefined, managedFields: undefined } }));
  return strip(a) === strip(b);
}

function sortDeep(v: any): any {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => [k, sortDeep(v[k])]));
  return v;
}

const MERGE_KEYS = ['name', 'containerPort', 'port', 'ip', 'mountPath', 'devicePath'];

function isObj(v: unknown): v is Record<string, any> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/**
 * A small strategic merge: maps merge key by key; lists of objects that share a merge key
 * (`name`, `port`, …) merge element by element; other lists are replaced. Keys present in
 * the last-applied configuration but gone from the file are deleted from the live object.
 */
export function threeWayMerge(original: any, modified: any, live: any): any {
  if (isObj(modified) && isObj(live)) {
    const out: Record<string, any> = { ...live };
    for (const [k, v] of Object.entries(modified)) out[k] = k in live ? threeWayMerge(isObj(original) ? original[k] : undefined, v, live[k]) : v;
    if (isObj(original)) for (const k of Object.keys(original)) if (!(k in modified)) delete out[k];
    return out;
  }
  if (Array.isArray(modified) && Array.isArray(live) && modified.every(isObj) && live.every(isObj) && modified.length > 0) {
    const key = MERGE_KEYS.find((k) => modified.every((m) => k in m));
    if (key) {
      const orig = Array.isArray(original) ? original : [];
      return modified.map((m) => {
        const l = live.find((x) => x[key] === m[key]);
        const o = orig.find((x: any) => isObj(x) && x[key] === m[key]);
        return l ? threeWayMerge(o, m, l) : m;
      });
    }
  }
  return modified;
}
