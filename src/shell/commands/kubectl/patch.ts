// `kubectl patch` (strategic/merge/json patches given with -p) and `kubectl replace -f`:
// both send a whole new object to the API server, which validates it as for any update.
import type { ApiError } from '../../../cluster/api/errors.js';
import type { AnyObject } from '../../../cluster/api/kinds.js';
import { collectApiError, finishVerb, isApiError, usageError, type Verb } from './kube.js';
import { mappedItems, parseDocument, readManifestsToSend } from './manifest.js';
import { parseResourceArgs, qualifiedName } from './resources.js';
import { threeWayMerge } from './apply.js';
import { sendPatch } from '../../../cluster/api/patch.js';
import { fieldManagerOf, placeInNamespace } from './write.js';
import { CASCADE_FLAG, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, FORCE_FLAG, GRACE_PERIOD_FLAG, longFlags, OUTPUT_FLAG, RECURSIVE_FLAG, SAVE_CONFIG_FLAG, SUBRESOURCE_FLAG, TIMEOUT_FLAG, VALIDATE_FLAG, WAIT_FLAG } from './common-flags.js';

/** RFC 7386 merge patch; `null` deletes. Strategic merge also merges keyed lists (by name, port…). */
export function mergePatch(live: any, patch: any, strategic: boolean): any {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    return strategic && Array.isArray(patch) && Array.isArray(live) ? threeWayMerge(undefined, patch, live) : patch;
  }
  const out: Record<string, any> = live && typeof live === 'object' && !Array.isArray(live) ? { ...live } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v, strategic);
  }
  return out;
}

/** RFC 6902 JSON patch: add, replace, remove, with `/`-paths. */
export function jsonPatch(live: any, ops: any[]): any {
  const doc = structuredClone(live);
  for (const op of ops) {
    const parts = String(op.path ?? '').split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    let parent: any = doc;
    for (const p of parts) {
      if (parent?.[p] === undefined) throw usageError(`jsonpatch ${op.op} operation does not apply: doc is missing path: "${op.path}"`);
      parent = parent[p];
    }
    if (last === undefined) continue;
    if (op.op === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (op.op === 'add' && Array.isArray(parent)) {
      parent.splice(last === '-' ? parent.length : Number(last), 0, op.value);
    } else if (op.op === 'add' || op.op === 'replace') {
      parent[last] = op.value;
    } else {
      throw usageError(`Unexpected kind: ${op.op}`);
    }
  }
  return doc;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export const patchVerb: Verb = {
  name: 'patch',
  flags: [
    { name: 'patch', short: 'p', type: 'string' },
    FILENAME_FLAG, OUTPUT_FLAG, SUBRESOURCE_FLAG, FIELD_MANAGER_FLAG, RECURSIVE_FLAG, DRY_RUN_FLAG,
    ...longFlags('string', 'type', 'patch-file'),
    ...longFlags('bool', 'local'),
  ],
  run(inv) {
    const { flags, cluster } = inv;
    if (!flags.has('patch')) throw usageError('must specify -p to patch');
    const text = flags.str('patch');
    let patch: any;
    try {
      patch = JSON.parse(text);
    } catch {
      // kubectl also takes the patch as YAML.
      const parsed = parseDocument(text);
      if ('error' in parsed || parsed.value === null || typeof parsed.value !== 'object') {
        throw usageError(`unable to parse "${text}": yaml: ${'error' in parsed ? parsed.error : 'did not find expected node content'}`);
      }
      patch = parsed.value;
    }
    const type = flags.str('type', 'strategic');
    if (!['strategic', 'merge', 'json'].includes(type)) throw usageError(`--type must be one of [json merge strategic], not "${type}"`);
    if (flags.args.length === 0) throw usageError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
    const errors: (ApiError | string)[] = [];
    for (const req of parseResourceArgs(flags.args)) {
      if (req.names.length === 0) throw usageError('resource(s) were provided, but no name was specified');
      for (const name of req.names) {
        try {
          const live = cluster.api.get(req.info.kind, inv.namespace, name) as AnyObject;
          const next = type === 'json' ? jsonPatch(live, Array.isArray(patch) ? patch : []) : mergePatch(structuredClone(live), patch, type === 'strategic');
          if (sameJson(next, live)) {
            inv.out.push(`${qualifiedName(req.info.kind, name)} patched (no change)\n`);
            continue;
          }
          // The PATCH handler's strict field validation (a JSON patch is decoded as is).
          if (type === 'json') cluster.api.update(next, fieldManagerOf(inv));
          else sendPatch(cluster.api, req.info.kind, live as Record<string, any>, next, patch, fieldManagerOf(inv));
          inv.out.push(`${qualifiedName(req.info.kind, name)} patched\n`);
        } catch (e) {
          collectApiError(errors, e);
        }
      }
    }
    return finishVerb(inv, errors);
  },
};

export const replaceVerb: Verb = {
  name: 'replace',
  flags: [
    FILENAME_FLAG, FORCE_FLAG, OUTPUT_FLAG, VALIDATE_FLAG, RECURSIVE_FLAG, SAVE_CONFIG_FLAG, FIELD_MANAGER_FLAG, GRACE_PERIOD_FLAG, CASCADE_FLAG, WAIT_FLAG, TIMEOUT_FLAG, SUBRESOURCE_FLAG, DRY_RUN_FLAG,
  ],
  async run(inv) {
    const files = inv.flags.list('filename');
    if (files.length === 0) throw usageError('must specify --filename to replace');
    const read = await readManifestsToSend(inv.ctx, files);
    const errors: (ApiError | string)[] = [];
    const sources = new Map<ApiError, string>();
    for (const item of mappedItems(read, errors)) {
      const obj = structuredClone(item.obj);
      placeInNamespace(inv, item.info.kind, obj);
      try {
        if (inv.flags.bool('force')) {
          try {
            inv.cluster.api.delete(item.info.kind, obj.metadata?.namespace, obj.metadata?.name ?? '', { gracePeriodSeconds: 0 });
            inv.out.push(`${item.info.qualified} "${obj.metadata?.name}" deleted\n`);
          } catch (e) {
            if (!isApiError(e) || e.reason !== 'NotFound') throw e;
          }
          inv.cluster.api.create(obj, fieldManagerOf(inv));
        } else {
          inv.cluster.api.update(obj, fieldManagerOf(inv));
        }
        inv.out.push(`${qualifiedName(item.info.kind, obj.metadata?.name ?? '')} replaced\n`);
      } catch (e) {
        if (!isApiError(e)) throw e;
        sources.set(e, item.source);
        errors.push(e);
      }
    }
    errors.push(...read.errors);
    return finishVerb(inv, errors, (e) => (sources.has(e) ? { verb: 'replacing', file: sources.get(e)! } : undefined));
  },
};
