// Tab completion for the prompt: shell commands, kubectl verbs, resource types, object names
// from the live cluster, flags, and file names from the current place's filesystem. Pure
// apart from reading the (virtual) filesystem, so it is tested against small fakes.
import { KINDS, kindFromResource, type Kind } from '../cluster/api/kinds.js';

/** What completion may look at; the UI builds it from the Session. */
export interface CompletionSource {
  /** Names of shell commands available at the current place. */
  commands: string[];
  /** Meta-commands the tutor understands (`/hint`, …). */
  metaCommands: string[];
  /** Object names of a kind, in a namespace (ignored for cluster-scoped kinds). */
  names(kind: Kind, namespace: string): string[];
  /** Entries of a directory (relative paths resolve against cwd); directories end in '/'. */
  listDir(dir: string): Promise<string[]>;
}

export interface CompletionResult {
  /** Start of the word being completed (offset in the line). */
  from: number;
  /** The text to put in place of line.slice(from, cursor). */
  replacement: string;
  /** All matching candidates (shown when there is more than one). */
  candidates: string[];
}

export const KUBECTL_VERBS = [
  'annotate', 'api-resources', 'apply', 'attach', 'cluster-info', 'config', 'cp', 'create', 'delete', 'describe',
  'diff', 'edit', 'exec', 'explain', 'expose', 'get', 'label', 'logs', 'patch', 'port-forward', 'replace', 'rollout',
  'run', 'scale', 'set', 'top', 'version', 'wait',
];

const GLOBAL_FLAGS = ['--namespace', '--all-namespaces', '--help', '--context', '--kubeconfig'];
const VERB_FLAGS: Record<string, string[]> = {
  get: ['--output', '--selector', '--show-labels', '--watch', '--label-columns', '--field-selector', '--no-headers', '--sort-by'],
  describe: ['--selector', '--show-events'],
  delete: ['--filename', '--selector', '--all', '--grace-period', '--force', '--now', '--wait', '--ignore-not-found'],
  create: ['--filename', '--dry-run', '--output', '--save-config', '--edit'],
  apply: ['--filename', '--dry-run', '--output', '--force', '--prune'],
  expose: ['--port', '--target-port', '--name', '--type', '--protocol', '--selector', '--session-affinity', '--external-ip', '--load-balancer-ip', '--dry-run', '--output'],
  exec: ['--stdin', '--tty', '--container'],
  logs: ['--follow', '--container', '--previous', '--tail', '--timestamps', '--selector'],
  edit: ['--filename', '--output', '--save-config'],
  label: ['--overwrite', '--selector', '--all', '--list'],
  annotate: ['--overwrite', '--selector', '--all', '--list'],
  scale: ['--replicas', '--current-replicas', '--selector', '--all'],
  run: ['--image', '--port', '--labels', '--restart', '--rm', '--stdin', '--tty', '--command', '--env', '--dry-run', '--output'],
  'port-forward': ['--address'],
  explain: ['--recursive', '--api-version'],
  replace: ['--filename', '--force'],
  patch: ['--patch', '--type', '--filename'],
};
const NAMED_VERBS = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'scale', 'expose', 'patch', 'rollout', 'wait']);
const POD_VERBS = new Set(['exec', 'logs', 'attach', 'port-forward', 'cp']);
const CREATE_SUBCOMMANDS = ['configmap', 'deployment', 'ingress', 'namespace', 'secret', 'service'];
const OUTPUT_FORMATS = ['json', 'yaml', 'wide', 'name', 'jsonpath=', 'custom-columns=', 'go-template='];
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];

/** Resource names a learner types: plural names, singulars and short names, unique and sorted. */
export const RESOURCE_WORDS = [
  ...new Set(Object.values(KINDS).flatMap((k) => [k.resource, k.singular, ...k.shortNames])),
].sort();

interface Word {
  text: string;
  start: number;
}

/** Splits the text before the cursor into shell words (quotes kept simple). */
function words(line: string): Word[] {
  const out: Word[] = [];
  const re = /"[^"]*"?|'[^']*'?|[^\s"']+/g;
  let m: RegExpExecArray | null;
  let current: Word | null = null;
  let lastEnd = -1;
  while ((m = re.exec(line))) {
    // Adjacent pieces (a"b"c) form one word.
    if (current && m.index === lastEnd) current.text += m[0];
    else out.push((current = { text: m[0], start: m.index }));
    lastEnd = m.index + m[0].length;
  }
  return out;
}

function commonPrefix(xs: string[]): string {
  if (xs.length === 0) return '';
  let p = xs[0];
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Completes the word ending at `cursor`; undefined when nothing matches. */
export async function complete(line: string, cursor: number, src: CompletionSource): Promise<CompletionResult | undefined> {
  const before = line.slice(0, cursor);
  // Only the last command of a pipeline or list matters.
  const amp = before.lastIndexOf('&&');
  const segStart = Math.max(before.lastIndexOf('|') + 1, before.lastIndexOf(';') + 1, amp >= 0 ? amp + 2 : 0);
  const seg = before.slice(segStart);
  const ws = words(seg);
  const endsInSpace = seg === '' || /\s$/.test(seg);
  const current: Word = endsInSpace ? { text: '', start: seg.length } : ws[ws.length - 1];
  const prev = endsInSpace ? ws : ws.slice(0, -1);
  const from = segStart + current.start;
  const prefix = current.text;

  let candidates: string[];
  let isFile = false;
  let filePrefix = prefix;
  if (prev.length === 0) {
    candidates = prefix.startsWith('/') && !prefix.includes('/', 1) ? src.metaCommands : src.commands;
    if (prefix.includes('/') && !prefix.startsWith('/')) ({ candidates, isFile } = await fileCandidates(prefix, src));
    else if (prefix.startsWith('/') && prefix.includes('/', 1)) ({ candidates, isFile } = await fileCandidates(prefix, src));
  } else if (prev[0].text === 'kubectl' || prev[0].text === 'k') {
    const r = await kubectlCandidates(prev.slice(1).map((w) => w.text), prefix, src);
    candidates = r.candidates;
    isFile = r.isFile;
    if (r.prefix !== undefined) filePrefix = r.prefix;
  } else {
    ({ candidates, isFile } = await fileCandidates(prefix, src));
  }

  // For `--flag=value` and `type/name`, only the part after the separator is matched.
  const head = prefix.slice(0, prefix.length - filePrefix.length);
  const matches = [...new Set(candidates.filter((c) => c.startsWith(filePrefix)))].sort();
  if (matches.length === 0) return undefined;
  if (matches.length === 1) {
    const only = matches[0];
    const close = isFile && only.endsWith('/') ? '' : only.endsWith('=') ? '' : ' ';
    return { from, replacement: head + only + close, candidates: matches };
  }
  return { from, replacement: head + commonPrefix(matches), candidates: matches };
}

async function fileCandidates(prefix: string, src: CompletionSource): Promise<{ candidates: string[]; isFile: boolean }> {
  const slash = prefix.lastIndexOf('/');
  const dir = slash >= 0 ? prefix.slice(0, slash + 1) : '';
  let entries: string[] = [];
  try {
    entries = await src.listDir(dir || '.');
  } catch {
    entries = [];
  }
  const hidden = !prefix.slice(slash + 1).startsWith('.');
  return { candidates: entries.filter((e) => !(hidden && e.startsWith('.'))).map((e) => dir + e), isFile: true };
}

function namespaceOf(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if ((a === '-n' || a === '--namespace') && args[i + 1]) return args[i + 1];
    const m = /^(?:-n=?|--namespace=)(.+)$/.exec(a);
    if (m) return m[1];
  }
  return 'default';
}

/** Flags that take a separate value, so the next word is not a positional. */
const VALUE_FLAGS = new Set(['-n', '--namespace', '-f', '--filename', '-o', '--output', '-l', '--selector', '-c', '--container', '--port', '--target-port', '--name', '--type', '--image', '--replicas', '--grace-period', '--tail', '-p', '--patch']);

async function kubectlCandidates(
  args: string[],
  prefix: string,
  src: CompletionSource,
): Promise<{ candidates: string[]; isFile: boolean; prefix?: string }> {
  const last = args[args.length - 1];
  const ns = namespaceOf(args);
  if (last === '-n' || last === '--namespace') return { candidates: src.names('Namespace', ns), isFile: false };
  if (last === '-f' || last === '--filename') {
    const r = await fileCandidates(prefix, src);
    return { ...r, candidates: [...r.candidates, '-'] };
  }
  if (last === '-o' || last === '--output') return { candidates: OUTPUT_FORMATS, isFile: false };
  if (last === '--type') return { candidates: SERVICE_TYPES, isFile: false };

  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') break;
    if (args[i].startsWith('-')) {
      if (VALUE_FLAGS.has(args[i])) i++;
      continue;
    }
    positionals.push(args[i]);
  }
  const verb = positionals[0];

  if (prefix.startsWith('-')) {
    const eq = prefix.indexOf('=');
    if (eq > 0) {
      const flag = prefix.slice(0, eq);
      const value = prefix.slice(eq + 1);
      const values = flag === '--output' || flag === '-o' ? OUTPUT_FORMATS : flag === '--type' ? SERVICE_TYPES : flag === '--namespace' ? src.names('Namespace', ns) : [];
      return { candidates: values, isFile: false, prefix: value };
    }
    return { candidates: [...(VERB_FLAGS[verb ?? ''] ?? []), ...GLOBAL_FLAGS], isFile: false };
  }
  if (!verb) return { candidates: KUBECTL_VERBS, isFile: false };
  const n = positionals.length; // the word being completed is positional number n
  if (verb === 'create' && n === 1) return { candidates: CREATE_SUBCOMMANDS, isFile: false };
  if (verb === 'explain' && n === 1) return { candidates: RESOURCE_WORDS, isFile: false };
  if (POD_VERBS.has(verb) && n === 1) return { candidates: src.names('Pod', ns), isFile: false };
  if (NAMED_VERBS.has(verb)) {
    if (n === 1) {
      const slash = prefix.indexOf('/');
      if (slash > 0) {
        const info = kindFromResource(prefix.slice(0, slash));
        return { candidates: info ? src.names(info.kind, ns) : [], isFile: false, prefix: prefix.slice(slash + 1) };
      }
      return { candidates: RESOURCE_WORDS, isFile: false };
    }
    const info = kindFromResource(positionals[1] ?? '');
    if (info) return { candidates: src.names(info.kind, ns), isFile: false };
  }
  return fileCandidates(prefix, src);
}

/** Builds the completion source from a live session (typed loosely: the UI sits on top). */
export function sourceFromSession(session: {
  cluster: { store: { list(kind: Kind, ns?: string): readonly { metadata?: { name?: string } }[] } };
  place(): unknown;
  fsOf(place: any): { readdir(p: string): Promise<string[]>; stat(p: string): Promise<{ isDirectory: boolean }> };
  cwd?: () => string;
  commandNames?: () => string[];
}, metaCommands: string[]): CompletionSource {
  const place = session.place() as { kind: string };
  const cwd = session.cwd?.() ?? (place.kind === 'laptop' ? '/home/learner' : '/');
  const resolve = (dir: string) => (dir.startsWith('/') ? dir : `${cwd.replace(/\/$/, '')}/${dir === '.' ? '' : dir}`);
  return {
    commands: session.commandNames?.() ?? DEFAULT_COMMANDS,
    metaCommands,
    names(kind, ns) {
      try {
        return session.cluster.store.list(kind, KINDS[kind].namespaced ? ns : undefined).map((o) => o.metadata?.name ?? '').filter(Boolean);
      } catch {
        return [];
      }
    },
    async listDir(dir) {
      const fs = session.fsOf(session.place());
      const abs = resolve(dir).replace(/\/+$/, '') || '/';
      const names = await fs.readdir(abs);
      return Promise.all(
        names.map(async (n) => {
          try {
            const st = await fs.stat(`${abs === '/' ? '' : abs}/${n}`);
            return st.isDirectory ? `${n}/` : n;
          } catch {
            return n;
          }
        }),
      );
    },
  };
}

/** The commands the virtual shell offers, used until the shell publishes its registry. */
export const DEFAULT_COMMANDS = [
  'cat', 'cd', 'clear', 'curl', 'dig', 'echo', 'env', 'exit', 'grep', 'head', 'hostname', 'ip', 'kubectl', 'less', 'ls',
  'nc', 'nslookup', 'openssl', 'ping', 'printenv', 'pwd', 'ssh', 'tail', 'wc',
];

export const META_COMMANDS = ['/back', '/help', '/hint', '/lang', '/lessons', '/next', '/quit', '/reload', '/reset', '/solution', '/trace'];
