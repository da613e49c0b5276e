// `kubectl label` and `kubectl annotate`: `key=value` sets, `key-` removes, `--overwrite`
// allows changing an existing value — with kubectl's messages for each outcome.
import { fieldManagerOf } from './write.js';
import type { ApiError } from '../../../cluster/api/errors.js';
import type { AnyObject } from '../../../cluster/api/kinds.js';
import { collectApiError, finishVerb, isApiError, usageError, type Invocation, type Verb } from './kube.js';
import { parseResourceArgs, qualifiedName } from './resources.js';
import { ALL_FLAG, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, longFlags, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG } from './common-flags.js';

function makeVerb(name: 'label' | 'annotate'): Verb {
  const field = name === 'label' ? 'labels' : 'annotations';
  return {
    name,
    flags: [
      { name: 'all-namespaces', short: 'A', type: 'bool' },
      ALL_FLAG, SELECTOR_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, FIELD_MANAGER_FLAG, DRY_RUN_FLAG,
      ...longFlags('bool', 'overwrite', 'list', 'local'),
      ...longFlags('string', 'resource-version', 'field-selector'),
    ],
    run: (inv) => run(inv, name, field),
  };
}

function run(inv: Invocation, verb: 'label' | 'annotate', field: 'labels' | 'annotations'): number {
  const { flags, cluster } = inv;
  const resourceArgs: string[] = [];
  const sets: [string, string][] = [];
  const removes: string[] = [];
  for (const a of flags.args) {
    if (a.includes('=')) {
      const eq = a.indexOf('=');
      sets.push([a.slice(0, eq), a.slice(eq + 1)]);
    } else if (a.endsWith('-') && resourceArgs.length > 0) {
      removes.push(a.slice(0, -1));
    } else {
      resourceArgs.push(a);
    }
  }
  if (resourceArgs.length === 0) throw usageError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (sets.length === 0 && removes.length === 0 && !flags.bool('list')) {
    throw usageError(`at least one ${verb === 'label' ? 'label' : 'annotation'} update is required`);
  }
  const errors: (ApiError | string)[] = [];
  for (const req of parseResourceArgs(resourceArgs)) {
    const ns = flags.bool('all-namespaces') ? undefined : inv.namespace;
    const objs: Readonly<AnyObject>[] = [];
    if (req.names.length) {
      for (const n of req.names) {
        try {
          objs.push(cluster.api.get(req.info.kind, inv.namespace, n));
        } catch (e) {
          collectApiError(errors, e);
        }
      }
    } else if (flags.bool('all') || flags.has('selector')) {
      objs.push(...cluster.api.list(req.info.kind, ns, flags.str('selector') || undefined));
    } else {
      throw usageError('resource(s) were provided, but no name was specified');
    }
    for (const o of objs) {
      const current: Record<string, string> = { ...((o.metadata as any)?.[field] ?? {}) };
      if (flags.bool('list')) {
        inv.out.push(Object.entries(current).map(([k, v]) => `${k}=${v}\n`).join(''));
        continue;
      }
      const conflicts = flags.bool('overwrite') ? [] : sets.filter(([k, v]) => k in current && current[k] !== v);
      if (conflicts.length > 0) {
        const each = conflicts.map(([k]) => `'${k}' already has a value (${current[k]})`);
        if (verb === 'label') errors.push(...each.map((e) => `${e}, and --overwrite is false`));
        else errors.push(`--overwrite is false but found the following declared annotation(s): ${each.join('; ')}`);
        continue;
      }
      const next = { ...current };
      for (const [k, v] of sets) next[k] = v;
      for (const k of removes) delete next[k];
      const name = o.metadata?.name ?? '';
      const changed = JSON.stringify(next) !== JSON.stringify(current);
      if (changed) {
        const copy = structuredClone(o) as any;
        copy.metadata[field] = next;
        if (Object.keys(next).length === 0) delete copy.metadata[field];
        try {
          cluster.api.update(copy, fieldManagerOf(inv));
        } catch (e) {
          if (!isApiError(e)) throw e;
          errors.push(e);
          continue;
        }
      }
      let msg: string;
      if (verb === 'annotate') msg = 'annotated';
      else if (!changed) msg = 'not labeled';
      else if (sets.length === 0) msg = 'unlabeled';
      else msg = 'labeled';
      inv.out.push(`${qualifiedName(req.info.kind, name)} ${msg}\n`);
    }
  }
  return finishVerb(inv, errors);
}

export const labelVerb = makeVerb('label');
export const annotateVerb = makeVerb('annotate');
