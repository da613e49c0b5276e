// `kubectl apply -f`: client-side apply. The last-applied annotation records what the file
// said; a three-way merge (last applied, file, live) decides what to change, so fields the
// server filled in (clusterIP, nodePorts) survive and fields removed from the file go away.
import type { ApiError } from '../../../cluster/api/errors.js';
import { KINDS, type AnyObject } from '../../../cluster/api/kinds.js';
import { formatErrors, isApiError, type Verb } from './kube.js';
import { readManifests } from './manifest.js';
import { DRY_RUN_FLAG, dryRunOf, LAST_APPLIED, placeInNamespace, report, sendCreate, withLastApplied } from './write.js';
import { usageError } from './kube.js';

export const applyVerb: Verb = {
  name: 'apply',
  flags: [
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'output', short: 'o', type: 'string' },
    DRY_RUN_FLAG,
    { name: 'validate', type: 'string', noOptDefault: 'strict' },
    { name: 'recursive', short: 'R', type: 'bool' },
    { name: 'kustomize', short: 'k', type: 'string' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'prune', type: 'bool' },
    { name: 'force', type: 'bool' },
    { name: 'server-side', type: 'bool' },
    { name: 'field-manager', type: 'string' },
    { name: 'overwrite', type: 'bool' },
    { name: 'wait', type: 'bool' },
    { name: 'grace-period', type: 'int' },
    { name: 'timeout', type: 'string' },
    { name: 'show-managed-fields', type: 'bool' },
    { name: 'all', type: 'bool' },
  ],
  async run(inv) {
    const files = inv.flags.list('filename');
    if (files.length === 0) throw usageError('must specify one of -f and -k');
    const dryRun = dryRunOf(inv);
    const validate = !['false', 'ignore'].includes(inv.flags.str('validate', 'strict'));
    const read = await readManifests(inv.ctx, files, validate);
    const pathErrors = read.errors.filter((e) => e.startsWith('the path "'));
    if (pathErrors.length) throw usageError(pathErrors[0]);
    const errors: (ApiError | string)[] = [];
    const sources = new Map<ApiError, { verb: string; file: string }>();
    for (const item of read.items) {
      if (!item.info) {
        errors.push(item.mappingError!);
        continue;
      }
      const kind = item.info.kind;
      const file = structuredClone(item.obj);
      placeInNamespace(inv, kind, file);
      const name = file.metadata?.name ?? '';
      let live: Readonly<AnyObject> | undefined;
      try {
        live = inv.cluster.api.get(kind, file.metadata?.namespace, name);
      } catch (e) {
        if (!isApiError(e) || e.reason !== 'NotFound') throw e;
      }
      try {
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
        const updated = dryRun === 'client' ? (merged as AnyObject) : inv.cluster.api.update(merged, { dryRun: dryRun === 'server' });
        report(inv, kind, updated, 'configured', dryRun);
      } catch (e) {
        if (!isApiError(e)) throw e;
        if (!live) sources.set(e, { verb: 'creating', file: item.source });
        errors.push(e);
      }
    }
    errors.push(...read.errors);
    if (read.items.length === 0 && errors.length === 0) throw usageError('no objects passed to apply');
    if (errors.length > 0) {
      inv.err.push(formatErrors(errors, (e) => sources.get(e)));
      return 1;
    }
    return 0;
  },
};

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
