// `kubectl wait --for=condition=Ready|delete|jsonpath=… TYPE/NAME`: moves the virtual clock
// one second at a time until every object meets the condition or the timeout passes.
import type { AnyObject, Kind } from '../../../cluster/api/kinds.js';
import { KINDS } from '../../../cluster/api/kinds.js';
import { finishVerb, isApiError, usageError, type Verb } from './kube.js';
import { parseResourceArgs, qualifiedName } from './resources.js';
import type { ApiError } from '../../../cluster/api/errors.js';
import { ALL_FLAG, FILENAME_FLAG, longFlags, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, TIMEOUT_FLAG } from './common-flags.js';

type Condition = { kind: 'delete' } | { kind: 'condition'; type: string; status: string } | { kind: 'jsonpath'; path: string[]; value?: string };

function parseFor(text: string): Condition {
  if (text === 'delete') return { kind: 'delete' };
  const cond = /^condition=([^=]+)(?:=(.*))?$/i.exec(text);
  if (cond) return { kind: 'condition', type: cond[1], status: cond[2] ?? 'true' };
  const jp = /^jsonpath=\{?\.?([^}=]*)\}?(?:=(.*))?$/.exec(text);
  if (jp) return { kind: 'jsonpath', path: jp[1].split('.').filter(Boolean), value: jp[2] };
  throw usageError(`unrecognized condition: "${text}"`);
}

/** `30s`, `1m`, `2m30s`, `0` → seconds (Go's time.ParseDuration for the common forms). */
export function parseDuration(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s)/g;
  let m: RegExpExecArray | null;
  let seen = '';
  while ((m = re.exec(text))) {
    seen += m[0];
    total += Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : m[2] === 'ms' ? 0.001 : 1);
  }
  if (seen !== text) throw usageError(`invalid argument "${text}" for "--timeout" flag: time: invalid duration "${text}"`);
  return total;
}

function met(cond: Condition, obj: Readonly<AnyObject> | undefined): boolean {
  if (cond.kind === 'delete') return obj === undefined;
  if (!obj) return false;
  if (cond.kind === 'condition') {
    const conds: any[] = (obj as any).status?.conditions ?? [];
    return conds.some((c) => String(c.type).toLowerCase() === cond.type.toLowerCase() && String(c.status).toLowerCase() === cond.status.toLowerCase());
  }
  let v: any = obj;
  for (const k of cond.path) v = v?.[k];
  if (cond.value === undefined) return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
  return v !== undefined && String(v) === cond.value;
}

export const waitVerb: Verb = {
  name: 'wait',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    TIMEOUT_FLAG, ALL_FLAG, SELECTOR_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG,
    ...longFlags('string', 'for', 'field-selector'),
    ...longFlags('bool', 'local'),
  ],
  run(inv) {
    const { flags, cluster } = inv;
    if (!flags.has('for')) throw usageError('--for must be specified');
    const cond = parseFor(flags.str('for'));
    const timeout = parseDuration(flags.str('timeout', '30s'));
    if (flags.args.length === 0) throw usageError('resource(s) were provided, but no name was specified');
    const targets: { kind: Kind; name: string }[] = [];
    const errors: (ApiError | string)[] = [];
    for (const req of parseResourceArgs(flags.args)) {
      const names = req.names.length
        ? req.names
        : flags.bool('all') || flags.has('selector')
          ? cluster.api.list(req.info.kind, inv.namespace, flags.str('selector') || undefined).map((o) => o.metadata?.name ?? '')
          : [];
      if (names.length === 0) throw usageError('no matching resources found');
      for (const name of names) {
        if (cond.kind !== 'delete') {
          try {
            cluster.api.get(req.info.kind, inv.namespace, name);
          } catch (e) {
            if (!isApiError(e)) throw e;
            errors.push(e);
            continue;
          }
        }
        targets.push({ kind: req.info.kind, name });
      }
    }
    const current = (t: { kind: Kind; name: string }) => cluster.store.get(t.kind, inv.namespace, t.name);
    for (const t of targets) {
      for (let s = 0; s < timeout && !met(cond, current(t)); s++) cluster.advance(1);
      if (met(cond, current(t))) inv.out.push(`${qualifiedName(t.kind, t.name)} condition met\n`);
      else errors.push(`timed out waiting for the condition on ${KINDS[t.kind].resource}/${t.name}`);
    }
    return finishVerb(inv, errors);
  },
};
