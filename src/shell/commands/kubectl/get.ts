// `kubectl get`: tables, `-o` formats, several types and names, `all`, `-w`. Objects come
// from the API server; layouts come from src/shell/format.
import { waitOrAbort } from '../../interrupt.js';
import type { AnyObject, Kind } from '../../../cluster/api/kinds.js';
import { formatOutput, noResourcesMessage, printTable } from '../../format/index.js';
import type { FlagSpec } from './flags.js';
import { collectApiError, formatErrors, isApiError, KubectlExit, type Invocation, type Verb } from './kube.js';
import { now, storeLookup } from './printing.js';
import { runRaw } from './get-raw.js';
import { relaxedJsonPath, sortListItems, sortTableRows } from '../../format/sort-by.js';
import { parseResourceArgs, type ResourceRequest } from './resources.js';
import { mappedItems, readManifests, resolvePath } from './manifest.js';
import { matchesFields, parseFieldSelector } from './field-selector.js';
import type { ApiError } from '../../../cluster/api/errors.js';
import { matches, parseSelector } from '../../../cluster/api/selector.js';
import { FILENAME_FLAG, longFlags, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG } from './common-flags.js';
import type { OutputOptions } from '../../format/types.js';
import { withTemplateFlag } from './template-flag.js';

export const GET_FLAGS: FlagSpec[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'label-columns', short: 'L', type: 'strings' },
  OUTPUT_FLAG, SELECTOR_FLAG, FILENAME_FLAG, RECURSIVE_FLAG,
  ...longFlags('bool', 'show-labels', 'no-headers', 'watch-only', 'ignore-not-found', 'show-kind', 'show-managed-fields', 'allow-missing-template-keys'),
  ...longFlags('string', 'field-selector', 'sort-by', 'raw', 'template'),
  ...longFlags('int', 'chunk-size'),
];

const NO_TYPE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples
`;

interface Found {
  kind: Kind;
  objects: Readonly<AnyObject>[];
  /** Fetched by name: each object is its own one-row table, which --sort-by leaves alone. */
  named?: boolean;
}

export const getVerb: Verb = {
  name: 'get',
  flags: GET_FLAGS,
  async run(inv) {
    const { flags, cluster } = inv;
    if (flags.str('raw')) return runRaw(inv, flags.str('raw'));
    const files = flags.list('filename');
    let requests: ResourceRequest[];
    const errors: (ApiError | string)[] = [];
    if (files.length > 0) {
      const read = await readManifests(inv.ctx, files);
      errors.push(...read.errors);
      requests = [];
      for (const item of mappedItems(read, errors)) {
        requests.push({ info: item.info, names: [item.obj.metadata?.name ?? ''] });
      }
    } else {
      if (flags.args.length === 0) throw new KubectlExit(NO_TYPE);
      requests = parseResourceArgs(flags.args);
    }
    const selector = flags.str('selector');
    if (selector && requests.some((r) => r.names.length > 0)) throw new KubectlExit('error: name cannot be provided when a selector is specified\n');
    const allNs = flags.bool('all-namespaces');
    if (allNs && files.length === 0 && requests.some((r) => r.names.length > 0)) throw new KubectlExit('error: a resource cannot be retrieved by name across all namespaces\n');
    const fields = parseFieldSelector(flags.str('field-selector'));
    const { output, columnsFile } = await outputSpec(inv);
    const multipleTypes = new Set(requests.map((r) => r.info.kind)).size > 1 || flags.args[0]?.split(',').includes('all') || flags.bool('show-kind');

    const found: Found[] = [];
    /** Column widths shared by the first table and the rows `-w` prints later. */
    const widths: number[] = [];
    let namedCount = 0;
    for (const req of requests) {
      const ns = req.info.namespaced ? (allNs ? undefined : inv.namespace) : undefined;
      if (req.names.length > 0) {
        const objs: Readonly<AnyObject>[] = [];
        for (const name of req.names) {
          namedCount++;
          try {
            objs.push(cluster.api.get(req.info.kind, ns ?? inv.namespace, name));
          } catch (e) {
            if (!isApiError(e)) throw e;
            if (!(flags.bool('ignore-not-found') && e.reason === 'NotFound')) errors.push(e);
          }
        }
        found.push({ kind: req.info.kind, objects: objs, named: true });
      } else {
        try {
          const listed = cluster.api.list(req.info.kind, ns, selector || undefined);
          found.push({ kind: req.info.kind, objects: fields.length ? listed.filter((o) => matchesFields(o, fields)) : listed });
        } catch (e) {
          collectApiError(errors, e);
        }
      }
    }

    const sortBy = flags.str('sort-by');
    let total = found.reduce((n, f) => n + f.objects.length, 0);
    if (output && output !== 'wide') {
      // Machine-readable output: printed even when empty (`items: []`, a bare header), with no
      // `No resources found`; a single named object that is missing prints only the error.
      let all = found.flatMap((f) => f.objects);
      const singleImplied = namedCount === 1 && requests.length === 1 && files.length === 0;
      if (sortBy && !(singleImplied && all.length === 1)) {
        const sorted = sortListItems(all, sortBy);
        if (!sorted.ok) throw new KubectlExit('fatal' in sorted ? klogFatal(cluster, 331, sorted.fatal) : `error: ${sorted.error}\n`);
        all = sorted.objects;
      }
      if (!(singleImplied && all.length === 0)) {
        const res = formatOutput(output, all as AnyObject[], {
          asList: !(singleImplied && all.length === 1),
          kind: found[0]?.kind ?? requests[0]?.info.kind,
          noHeaders: flags.bool('no-headers'),
          showManagedFields: flags.bool('show-managed-fields'),
          columnsFile,
          allowMissingKeys: flags.bool('allow-missing-template-keys', true),
        });
        if (!res.ok) {
          // custom-columns prints its header before failing on a bad path, as kubectl does.
          if (res.stdout) inv.out.push(res.stdout);
          throw new KubectlExit(res.stderr);
        }
        inv.out.push(res.stdout);
      }
    } else {
      const opts = {
        now: now(cluster),
        wide: output === 'wide',
        allNamespaces: allNs,
        showLabels: flags.bool('show-labels'),
        labelColumns: labelColumns(flags.list('label-columns')),
        noHeaders: flags.bool('no-headers'),
        withKind: !!multipleTypes,
        lookup: storeLookup(cluster),
      };
      const watching = flags.bool('watch') || flags.bool('watch-only');
      const printed = sortBy ? sortTables(found, sortBy, cluster) : found;
      total = printed.reduce((n, f) => n + f.objects.length, 0);
      const tables = printed.filter((f) => f.objects.length > 0).map((f) => printTable(f.kind, f.objects as AnyObject[], watching ? { ...opts, rememberedWidths: widths } : opts));
      if (!flags.bool('watch-only')) inv.out.push(tables.join('\n'));
    }
    if (total === 0 && errors.length === 0 && (!output || output === 'wide') && !flags.bool('watch-only')) {
      const clusterScoped = requests.length > 0 && requests.every((r) => !r.info.namespaced);
      inv.err.push(noResourcesMessage(allNs || clusterScoped ? undefined : inv.namespace));
    }
    if (errors.length > 0) {
      inv.err.push(formatErrors(errors));
      return 1;
    }
    if (flags.bool('watch') || flags.bool('watch-only')) await watch(inv, found, requests, selector, allNs, widths);
    return 0;
  },
};

/**
 * `-w`: after the table, the virtual clock moves one second at a time and every watch event
 * on a listed kind (each change, deletions included) is printed as a header-less row, as
 * the real watch does. kubectl watches until Ctrl-C or until the server closes the watch;
 * then it exits 0 without a word (kubernetes/kubernetes#42552, kubernetes/kubectl#668):
 * - `--request-timeout=D`: the watch request ends after D of virtual time;
 * - the interactive app (a terminal the learner can press Ctrl-C on): virtual time follows
 *   the wall clock, one second per second, until Ctrl-C;
 * - a script without a timeout: until ten quiet seconds or a minute have passed, which
 *   stands in for the person who would press Ctrl-C.
 */
async function watch(inv: Invocation, found: Found[], requests: ResourceRequest[], selector: string, allNs: boolean, widths: number[]): Promise<void> {
  const { cluster } = inv;
  const sel = parseSelector(selector);
  const wanted = (kind: Kind, o: Readonly<AnyObject>) =>
    requests.some((req) => {
      if (req.info.kind !== kind) return false;
      if (req.info.namespaced && !allNs && o.metadata?.namespace !== inv.namespace) return false;
      if (req.names.length > 0 && !req.names.includes(o.metadata?.name ?? '')) return false;
      return matches(sel, o.metadata?.labels);
    });
  const events: { kind: Kind; obj: Readonly<AnyObject>; at: number }[] = [];
  const stop = cluster.store.watch((e) => {
    if (wanted(e.kind, e.object)) events.push({ kind: e.kind, obj: e.object, at: cluster.clock.now() });
  });
  // Something is still on its way (a pod terminating or starting, a load balancer or an
  // ingress address pending): a person would keep watching, so the quiet count waits.
  const settling = () =>
    requests.some((req) =>
      cluster.api.list(req.info.kind, req.info.namespaced && !allNs ? inv.namespace : undefined, selector || undefined).some((o) => wanted(req.info.kind, o) && transitional(req.info.kind, o)),
    );
  const opts = { wide: inv.flags.str('output') === 'wide', allNamespaces: allNs, showLabels: inv.flags.bool('show-labels'), labelColumns: labelColumns(inv.flags.list('label-columns')), noHeaders: true, withKind: found.length > 1, lookup: storeLookup(cluster), rememberedWidths: widths };
  const flush = () => {
    for (const e of events) inv.out.push(printTable(e.kind, [e.obj as AnyObject], { ...opts, now: e.at }));
    events.length = 0;
  };
  const timeout = requestTimeoutSeconds(inv.flags.str('request-timeout'));
  const signal = inv.ctx.signal;
  const interactive = inv.ctx.tty && signal !== undefined && (inv.session as { interruptPoll?: unknown }).interruptPoll !== undefined;
  try {
    if (timeout > 0) {
      for (let t = 0; t < timeout && !signal?.aborted; t++) {
        cluster.advance(1);
        flush();
      }
    } else if (interactive) {
      while (await waitOrAbort(1000, signal)) {
        cluster.advance(1);
        flush();
      }
      flush();
    } else {
      let quiet = 0;
      for (let t = 0; t < WATCH_MAX_SECONDS && quiet < WATCH_QUIET_SECONDS; t++) {
        cluster.advance(1);
        const any = events.length > 0;
        flush();
        quiet = any || settling() ? 0 : quiet + 1;
      }
    }
  } finally {
    stop();
  }
}

/**
 * kubectl's --request-timeout: a Go duration (`30s`, `1m30s`, `500ms`) or plain seconds;
 * 0 (the default) means no timeout. Whole seconds, rounded up.
 */
export function requestTimeoutSeconds(v: string | undefined): number {
  if (!v) return 0;
  if (/^\d+$/.test(v)) return Number(v);
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(v))) {
    total += Number(m[1]) * ({ ms: 0.001, s: 1, m: 60, h: 3600 } as Record<string, number>)[m[2]];
    at = re.lastIndex;
  }
  return at === v.length ? Math.ceil(total) : 0;
}

export function transitional(kind: Kind, o: Readonly<AnyObject>): boolean {
  const x = o as any;
  if (x.metadata?.deletionTimestamp) return true;
  if (kind === 'Pod') return x.status?.phase === 'Pending';
  if (kind === 'Service') return x.spec?.type === 'LoadBalancer' && !x.status?.loadBalancer?.ingress?.length;
  if (kind === 'Ingress') return !x.status?.loadBalancer?.ingress?.length;
  return false;
}

export const WATCH_MAX_SECONDS = 60;
export const WATCH_QUIET_SECONDS = 10;

/**
 * --sort-by on tables. kubectl sorts the server's tables before their rows' objects are
 * decoded, so with two tables or more (`get pods,svc`, `get pod a b`: one table per type
 * listed and per name fetched) no row has the field and get fails
 * (kubernetes/kubernetes#104318). One table is sorted by its printer, whose error get
 * ignores: a field no row has prints nothing at all (kubernetes/kubectl#1343).
 */
function sortTables(found: Found[], sortBy: string, cluster: Invocation['cluster']): Found[] {
  const tables = found.reduce((n, f) => n + (f.named ? f.objects.length : 1), 0);
  if (tables >= 2 && found.some((f) => f.objects.length > 0)) {
    throw new KubectlExit(`error: couldn't find any field with path "${relaxedJsonPath(sortBy) ?? sortBy}" in the list of objects\n`);
  }
  return found.map((f) => {
    if (f.named) return f;
    const sorted = sortTableRows(f.objects, sortBy);
    if (sorted.ok) return { ...f, objects: sorted.objects };
    if ('fatal' in sorted) throw new KubectlExit(klogFatal(cluster, 377, sorted.fatal));
    return { ...f, objects: [] };
  });
}

/**
 * The -o value with its template in it, as kubectl get's PrintFlags settle it: `--template T`
 * gives the template of `-o go-template` (the format when -o is not given) and the like,
 * and then an -o that carries its own (`-o go-template=…`) matches no printer; a template
 * file is read from the place's filesystem (`-o go-template-file=F`, `templatefile=`,
 * `jsonpath-file=`: its text becomes the template; `custom-columns-file=F`: its text is
 * handed to the printer).
 */
async function outputSpec(inv: Invocation): Promise<{ output: string; columnsFile?: OutputOptions['columnsFile'] }> {
  const output = withTemplateFlag(inv, 'get');
  const m = /^(go-template-file|templatefile|jsonpath-file|custom-columns-file)=(.*)$/s.exec(output);
  if (!m) return { output };
  const [, format, file] = m;
  if (format === 'custom-columns-file') {
    if (file === '') return { output: 'custom-columns=' };
    return { output, columnsFile: await columnsFileText(inv, file) };
  }
  if (file === '') throw new KubectlExit('error: template format specified but no template given\n');
  const abs = resolvePath(inv.ctx.cwd, file);
  if (!(await inv.ctx.fs.exists(abs))) throw new KubectlExit(`error: error reading --template ${file}, open ${file}: no such file or directory\n`);
  if ((await inv.ctx.fs.stat(abs)).isDirectory) throw new KubectlExit(`error: error reading --template ${file}, read ${file}: is a directory\n`);
  return { output: `${format === 'jsonpath-file' ? 'jsonpath' : 'go-template'}=${await fileText(inv, abs)}` };
}

/** A custom-columns file's text (none for a directory, which kubectl opens but reads no line of). */
async function columnsFileText(inv: Invocation, file: string): Promise<{ text?: string }> {
  const abs = resolvePath(inv.ctx.cwd, file);
  if (!(await inv.ctx.fs.exists(abs))) throw new KubectlExit(`error: error reading template ${file}, open ${file}: no such file or directory\n`);
  if ((await inv.ctx.fs.stat(abs)).isDirectory) return {};
  return { text: await fileText(inv, abs) };
}

/** A file's text as Go reads it: a leading byte-order mark is kept (a text decoder drops it). */
async function fileText(inv: Invocation, abs: string): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await inv.ctx.fs.readFileBuffer(abs));
}

/**
 * klog.Exitf's line (`F1204 13:58:38.564219    1679 sorter.go:377] …`), as kubectl ends on a
 * value it cannot compare; the time is the cluster's, the process id the simulated kubectl's.
 */
function klogFatal(cluster: Invocation['cluster'], line: number, message: string): string {
  const d = new Date(cluster.clock.now());
  const p2 = (n: number) => String(n).padStart(2, '0');
  const stamp = `${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000).padStart(6, '0')}`;
  return `F${stamp} ${String(KUBECTL_PID).padStart(7)} sorter.go:${line}] ${message}\n`;
}

/** The process id the simulated kubectl reports in klog lines. */
const KUBECTL_PID = 1679;

/** `-L app,tier -L env` → ['app', 'tier', 'env']. */
function labelColumns(values: string[]): string[] {
  return values.flatMap((v) => v.split(',')).filter((v) => v !== '');
}
