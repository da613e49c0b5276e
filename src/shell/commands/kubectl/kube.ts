// What every kubectl verb shares: the view of the session it needs, the invocation it runs
// with (parsed flags, namespace, output collected as values), and the error texts of
// kubectl's `cmdutil.CheckErr` — so a verb only says *what* failed, never how to print it.
import type { Cluster } from '../../../cluster/cluster.js';
import { ApiError, formatFieldError, serverInvalidMessage } from '../../../cluster/api/errors.js';
import { KINDS, type Kind } from '../../../cluster/api/kinds.js';
import type { CommandContext, PlaceInfo, RunResult, TextStream } from '../../types.js';
import { Flags, type FlagSpec } from './flags.js';
import { HELP_TEXTS } from './help-texts.js';

/** The part of the Session kubectl uses (shell-core's Session satisfies it). */
export interface KubectlSession {
  cluster: Cluster;
  tty: boolean;
  editor?: (content: string, fileName: string) => Promise<string | null>;
  execInPod(ns: string, pod: string, container: string | undefined, argv: string[], opts: { stdin?: string; tty: boolean }): Promise<RunResult & { startError?: string }>;
  enter(place: PlaceInfo, opts?: { user?: string; shell?: string; afterExit?: () => string }): void;
}

export function sessionOf(ctx: CommandContext): KubectlSession {
  return ctx.session as unknown as KubectlSession;
}

/** A failure that ends the verb: `stderr` is printed as is, then the exit code. */
export class KubectlExit extends Error {
  constructor(
    readonly stderr: string,
    readonly exitCode = 1,
  ) {
    super(stderr);
  }
}

/** `error: <msg>` — cmdutil.CheckErr for a plain error. */
export function usageError(msg: string): KubectlExit {
  return new KubectlExit(`error: ${msg}\n`);
}

/** cobra's DefaultSubCommandRun (`kubectl top`, `kubectl auth` without a sub-command): the help on stderr, exit 1. */
export function helpOnStderr(inv: Invocation, name: string): never {
  if (inv.flags.args.length > 0) throw usageError(`unknown command "${inv.flags.args[0]}" for "kubectl ${name}"\nSee 'kubectl ${name} -h' for help and examples`);
  throw new KubectlExit(HELP_TEXTS[name] ?? '');
}

/** One verb's run: flags already parsed, output gathered until the verb returns. */
export interface Invocation {
  ctx: CommandContext;
  session: KubectlSession;
  cluster: Cluster;
  flags: Flags;
  /** `-n` or the context's namespace (`default`). */
  namespace: string;
  /** True when `-n` was given explicitly. */
  namespaceGiven: boolean;
  /** `kubectl get`, `kubectl create service clusterip`: for usage hints. */
  path: string;
  /** stdout and stderr; their writes keep one order, for warnings printed before output. */
  out: TextStream;
  err: TextStream;
}

export interface Verb {
  name: string;
  aliases?: string[];
  /** Flags of this verb (the global ones are added by the dispatcher). */
  flags: FlagSpec[];
  /** Sub-verbs (`create service`, `config view`). */
  children?: Verb[];
  run(inv: Invocation): Promise<number> | number;
}

/**
 * Where a failed object came from, as cmdutil.AddSourceToErr words it: `error when <verb>
 * "<file>": …`; `inner` is a wrapping applied first (apply's patcher adds `error when
 * patching "<file>"` before apply adds its own).
 */
export interface ErrorSource {
  verb: string;
  file: string;
  inner?: ErrorSource;
}

/** `Error from server (NotFound): …`, `The Service "x" is invalid: …` — one error as CheckErr prints it. */
export function formatApiError(e: ApiError, source?: ErrorSource): string {
  if (e.reason === 'Invalid' && e.causes.length > 0) {
    // An error with neither kind nor name (the patch handler's) is "The request is invalid".
    const head = !e.kind && !e.objectName ? 'The request is invalid: ' : `The ${e.kind ?? 'request'} "${e.objectName ?? ''}" is invalid: `;
    if (e.causes.length === 1) return `${head}${formatFieldError(e.causes[0])}`;
    return `${head}\n${e.causes.map((c) => `* ${formatFieldError(c)}`).join('\n')}`;
  }
  return `Error from server (${e.reason}): ${withSource(serverMessage(e), source)}`;
}

/** The error as one of several (an aggregate): always `Error from server (Reason): …`. */
export function formatApiErrorInAggregate(e: ApiError, source?: ErrorSource): string {
  return `Error from server (${e.reason}): ${withSource(serverMessage(e), source)}`;
}

/** The status message the API server sends; several field errors are listed in brackets. */
export function serverMessage(e: ApiError): string {
  if (e.reason === 'Invalid' && e.causes.length > 0) {
    const info = KINDS[e.kind as Kind];
    const group = info && info.apiVersion.includes('/') ? info.apiVersion.split('/')[0] : undefined;
    return serverInvalidMessage(e, group);
  }
  return e.message;
}

function withSource(msg: string, source?: ErrorSource): string {
  if (!source) return msg;
  return `error when ${source.verb} "${source.file}": ${withSource(msg, source.inner)}`;
}

/**
 * Prints errors the way CheckErr does: a single one is special-cased (`The Service "x" is
 * invalid: …`), several are listed one per line. Plain messages get `error: ` in front —
 * only the first line of a list, as the real client does.
 */
export function formatErrors(errors: (ApiError | string)[], source?: (e: ApiError) => ErrorSource | undefined): string {
  const plain = (m: string) => (m.startsWith('error: ') ? m : `error: ${m}`);
  if (errors.length === 1) {
    const e = errors[0];
    return typeof e === 'string' ? `${plain(e)}\n` : `${formatApiError(e, source?.(e))}\n`;
  }
  return errors
    .map((e, i) => (typeof e === 'string' ? (i === 0 ? plain(e) : e) : formatApiErrorInAggregate(e, source?.(e))))
    .map((l) => `${l}\n`)
    .join('');
}

/** How a verb that went on past failures ends: none → 0; else the errors as CheckErr prints them → 1. */
export function finishVerb(inv: Invocation, errors: (ApiError | string)[], source?: (e: ApiError) => ErrorSource | undefined): number {
  if (errors.length === 0) return 0;
  inv.err.push(formatErrors(errors, source));
  return 1;
}

/** Goes on past a server error: an ApiError joins `errors` (and is returned), anything else is thrown on. */
export function collectApiError(errors: (ApiError | string)[], e: unknown): ApiError {
  if (!isApiError(e)) throw e;
  errors.push(e);
  return e;
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
