// What create, apply, run, expose and the `create <type>` generators share: the dry-run
// strategy, the namespace an object lands in, sending it, and the one-line success message
// (or `-o yaml` of the result).
import type { WriteOptions } from '../../../cluster/cluster.js';
import type { AnyObject, Kind } from '../../../cluster/api/kinds.js';
import { KINDS } from '../../../cluster/api/kinds.js';
import { formatOutput, unmatchedFormat } from '../../format/index.js';
import { withTemplateFlag } from './template-flag.js';
import { isApiError, KubectlExit, serverMessage, usageError, type Invocation } from './kube.js';
import { qualifiedName } from './resources.js';

export type DryRun = 'none' | 'client' | 'server';


/** `--dry-run`, `--dry-run=client|server|none`; the bare form warns as kubectl 1.30 does. */
export function dryRunOf(inv: Invocation): DryRun {
  if (!inv.flags.has('dry-run')) return 'none';
  const v = inv.flags.str('dry-run');
  if (v === 'unchanged' || v === 'true') {
    inv.err.push(`${klogPrefix(inv)} helpers.go:703] --dry-run is deprecated and can be replaced with --dry-run=client.\n`);
    return 'client';
  }
  if (v === 'false') return 'none';
  if (v === 'client' || v === 'server' || v === 'none') return v;
  throw usageError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

/** klog's `W1126 09:00:05.000000   12345` header, on the virtual clock. */
function klogPrefix(inv: Invocation): string {
  const d = new Date(inv.cluster.clock.now());
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `W${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds() * 1000, 6)}   12345`;
}

/** Sets the namespace on a namespaced object, refusing a conflict with an explicit `-n`. */
export function placeInNamespace(inv: Invocation, kind: Kind, obj: Record<string, any>): void {
  if (!KINDS[kind].namespaced) return;
  obj.metadata ??= {};
  const own = obj.metadata.namespace;
  if (own && inv.namespaceGiven && own !== inv.namespace) {
    throw usageError(`the namespace from the provided object "${own}" does not match the namespace "${inv.namespace}". You must pass '--namespace=${own}' to perform this operation.`);
  }
  obj.metadata.namespace = own || inv.namespace;
}

/**
 * The field manager kubectl names in its writes (`?fieldManager=`): `kubectl-<verb>`,
 * `kubectl-client-side-apply` for apply, `kubectl` with an Apply for server-side apply;
 * scale names none, so the server takes the client's name.
 */
export function fieldManagerOf(inv: Invocation): Pick<WriteOptions, 'fieldManager' | 'operation'> {
  const verb = inv.path.split(' ')[1] ?? '';
  if (verb === 'apply') return inv.flags.bool('server-side') ? { fieldManager: 'kubectl', operation: 'Apply' } : { fieldManager: 'kubectl-client-side-apply' };
  if (verb === 'scale') return { fieldManager: 'kubectl' };
  return { fieldManager: `kubectl-${verb}` };
}

/** Sends a new object (or not, for a client dry run). Throws ApiError. */
export function sendCreate(inv: Invocation, obj: Record<string, any>, dryRun: DryRun): AnyObject {
  if (dryRun === 'client') return obj as AnyObject;
  const manager = fieldManagerOf(inv);
  return inv.cluster.api.create(obj, { dryRun: dryRun === 'server', ...manager, ...(manager.operation === 'Apply' ? { applied: structuredClone(obj) } : {}) });
}

/** ` created`, ` created (dry run)`, ` created (server dry run)`. */
export function successLine(kind: Kind, name: string, verb: string, dryRun: DryRun): string {
  const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
  return `${qualifiedName(kind, name)} ${verb}${suffix}\n`;
}

/** Prints the result: `-o …` of the object, or the success line. */
export function report(inv: Invocation, kind: Kind, obj: AnyObject, verb: string, dryRun: DryRun): void {
  const output = withTemplateFlag(inv, 'generic');
  if (output) {
    // Tables and custom columns are kubectl get's alone.
    if (output === 'wide' || /^custom-columns(-file)?=/.test(output)) throw new KubectlExit(unmatchedFormat(output, 'generic'));
    const res = formatOutput(output, [obj], { asList: false, kind, printers: 'generic', allowMissingKeys: inv.flags.bool('allow-missing-template-keys', true) });
    if (!res.ok) throw new KubectlExit(res.stderr);
    inv.out.push(res.stdout);
    return;
  }
  inv.out.push(successLine(kind, obj.metadata?.name ?? '', verb, dryRun));
}

/** The JSON kubectl stores in `kubectl.kubernetes.io/last-applied-configuration`. */
export function lastAppliedOf(obj: Record<string, any>): string {
  const copy = structuredClone(obj);
  copy.metadata ??= {};
  const annots = { ...(copy.metadata.annotations ?? {}) };
  delete annots[LAST_APPLIED];
  copy.metadata.annotations = annots;
  return `${JSON.stringify(sortKeys(copy))}\n`;
}

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Go's encoding/json writes map keys sorted. */
export function sortKeys(v: any): any {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, any> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
    return out;
  }
  return v;
}

/** `--save-config` / apply: the object with its last-applied annotation set. */
export function withLastApplied(obj: Record<string, any>): Record<string, any> {
  const copy = structuredClone(obj);
  copy.metadata ??= {};
  copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}), [LAST_APPLIED]: lastAppliedOf(obj) };
  return copy;
}

/**
 * The end of every `create <generator>`: the namespace (not for a client dry run, which
 * prints the object as generated), --save-config, sending, the success line. `failure`, when
 * the generator words server errors itself (`failed to create secret …`), prefixes them.
 */
export function createGenerated(inv: Invocation, kind: Kind, generated: Record<string, any>, failure?: string): number {
  const dryRun = dryRunOf(inv);
  let obj = generated;
  if (dryRun !== 'client' && KINDS[kind].namespaced) obj.metadata.namespace = inv.namespace;
  if (inv.flags.bool('save-config')) obj = withLastApplied(obj);
  try {
    report(inv, kind, sendCreate(inv, obj, dryRun), 'created', dryRun);
  } catch (e) {
    if (failure !== undefined && isApiError(e)) throw usageError(`${failure}${serverMessage(e)}`);
    throw e;
  }
  return 0;
}
