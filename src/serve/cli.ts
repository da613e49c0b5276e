// `kubetour serve`: the simulated cluster as a Kubernetes API on 127.0.0.1 for a real
// kubectl (or k9s, or a client library). Writes a kubeconfig with a `kubetour` context —
// its own file unless --kubeconfig names another, which then gains the entries and keeps
// the rest — prints the `export KUBECONFIG=…` line, and serves until Ctrl-C.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { CliIO } from '../cli-io.js';
import { Session } from '../shell/session.js';
import { SCENARIOS } from '../cluster/scenarios/index.js';
import { startServer } from './server.js';
import { runShellCli } from '../shell/cli-shell.js';

const USAGE = 'usage: kubetour serve [--seed N] [--scenario kubia|empty] [--port P] [--kubeconfig FILE]\n';
export const CONTEXT = 'kubetour';

export interface ServeCliOptions {
  seed: number;
  scenario: string;
  port: number;
  kubeconfig?: string;
}

export function parseServeArgs(argv: string[]): ServeCliOptions | string {
  const opts: ServeCliOptions = { seed: 1, scenario: 'kubia', port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '--seed': {
        const v = value();
        if (v === undefined || !/^\d+$/.test(v)) return `kubetour serve: --seed needs a non-negative integer\n${USAGE}`;
        opts.seed = Number(v);
        break;
      }
      case '--scenario': {
        const v = value();
        if (!v || !(SCENARIOS as readonly string[]).includes(v)) return `kubetour serve: unknown scenario "${v ?? ''}" (known: ${SCENARIOS.join(', ')})\n${USAGE}`;
        opts.scenario = v;
        break;
      }
      case '--port': {
        const v = value();
        if (v === undefined || !/^\d+$/.test(v) || Number(v) > 65535) return `kubetour serve: --port needs a port number (0-65535)\n${USAGE}`;
        opts.port = Number(v);
        break;
      }
      case '--kubeconfig': {
        const v = value();
        if (!v) return `kubetour serve: --kubeconfig needs a file name\n${USAGE}`;
        opts.kubeconfig = v;
        break;
      }
      case '-h':
      case '--help':
        return USAGE;
      default:
        return `kubetour serve: unknown option "${a}"\n${USAGE}`;
    }
  }
  return opts;
}

/** Where the kubeconfig goes by default: kubetour's own config directory, never ~/.kube/config. */
export function defaultKubeconfig(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'kubetour', 'kubeconfig');
}

type Obj = Record<string, any>;

/** The kubeconfig with the `kubetour` cluster, user and context set (others kept). */
export function kubeconfigWith(existing: string | undefined, server: string, setCurrent: boolean): string {
  let doc: Obj = {};
  if (existing && existing.trim()) {
    const parsed = parseYaml(existing) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) doc = parsed as Obj;
  }
  doc.apiVersion ??= 'v1';
  doc.kind ??= 'Config';
  const put = (list: string, entry: Obj) => {
    const items: Obj[] = Array.isArray(doc[list]) ? doc[list] : [];
    doc[list] = [...items.filter((e) => e?.name !== CONTEXT), entry];
  };
  put('clusters', { name: CONTEXT, cluster: { server } });
  put('users', { name: CONTEXT, user: {} });
  put('contexts', { name: CONTEXT, context: { cluster: CONTEXT, user: CONTEXT, namespace: 'default' } });
  if (setCurrent || !doc['current-context']) doc['current-context'] = CONTEXT;
  doc.preferences ??= {};
  return toYaml(doc);
}

export async function runServeCli(argv: string[], io: CliIO): Promise<number> {
  const opts = parseServeArgs(argv);
  if (typeof opts === 'string') {
    const help = opts === USAGE;
    (help ? io.stdout : io.stderr).write(opts);
    return help ? 0 : 2;
  }
  // The virtual clock starts at the wall clock (whole seconds, as the server stamps them).
  const session = Session.create({ seed: opts.seed, scenario: opts.scenario, startMs: Math.floor(Date.now() / 1000) * 1000 });
  let running;
  try {
    running = await startServer(session, { mode: 'wall', port: opts.port });
  } catch (err) {
    io.stderr.write(`kubetour serve: cannot listen on 127.0.0.1:${opts.port}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const note = writeKubeconfig(opts.kubeconfig, running.url, io);
  if (note === undefined) {
    await running.close();
    return 1;
  }
  io.stdout.write(`kubetour serve: the simulated cluster (seed ${opts.seed}, scenario ${opts.scenario}) answers on ${running.url}\n${note}\nPress Ctrl-C to stop.\n`);
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  io.stdout.write('kubetour serve: stopped\n');
  return 0;
}

/**
 * Writes the `kubetour` context into `given` (kept entries stay) or kubetour's own file;
 * returns the lines telling the user how to use it, undefined (after saying why) on failure.
 */
function writeKubeconfig(given: string | undefined, url: string, io: CliIO): string | undefined {
  const file = resolve(given ?? defaultKubeconfig(io.env));
  const own = given === undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    writeFileSync(file, kubeconfigWith(existing, url, own || existing === undefined), { mode: 0o600 });
  } catch (err) {
    io.stderr.write(`kubetour serve: cannot write ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return undefined;
  }
  return `Context "${CONTEXT}" written to ${file}. In another terminal:\n\nexport KUBECONFIG=${shellWord(file)}\n${own ? '' : `kubectl config use-context ${CONTEXT}\n`}`;
}

/**
 * `kubetour shell --serve [--port P] [--kubeconfig FILE] …`: the shell's own cluster is also
 * served, so the built-in kubectl in this shell and a real kubectl in another terminal work
 * on one cluster. The shell's clock starts at the wall clock like `serve`'s.
 */
/** How a shell is run: the plain one, or one started where a lesson begins (tutor/cli/shell.ts). */
export type ShellRunner = typeof runShellCli;

export async function runSharedShellCli(argv: string[], io: CliIO, run: ShellRunner = runShellCli): Promise<number> {
  const rest: string[] = [];
  let port = 0;
  let kubeconfig: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '--serve') continue;
    if (name === '--port' || name === '--kubeconfig') {
      const v = inline ?? argv[++i];
      if (v === undefined || (name === '--port' && (!/^\d+$/.test(v) || Number(v) > 65535))) {
        io.stderr.write(`kubetour shell: ${name} needs a value\n`);
        return 2;
      }
      if (name === '--port') port = Number(v);
      else kubeconfig = v;
      continue;
    }
    rest.push(a);
  }
  let running: Awaited<ReturnType<typeof startServer>> | undefined;
  let failed = false;
  const code = await run(
    rest,
    io,
    async (session) => {
      try {
        running = await startServer(session, { mode: 'wall', port });
      } catch (err) {
        io.stderr.write(`kubetour shell: cannot listen on 127.0.0.1:${port}: ${err instanceof Error ? err.message : String(err)}\n`);
        failed = true;
        return;
      }
      const note = writeKubeconfig(kubeconfig, running.url, io);
      if (note) io.stderr.write(`kubetour: this shell's cluster also answers on ${running.url}\n${note}\n`);
    },
    { startMs: Math.floor(Date.now() / 1000) * 1000 },
  );
  await running?.close();
  return failed ? 1 : code;
}

function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
