// `kubectl` as a shell command: finds the verb (and sub-verb) like cobra does, parses the
// verb's flags plus the global ones, answers `--help`, and turns every failure into
// kubectl's own text and exit code. Each verb lives in its own module.
import { foreignServerError } from './server-flag.js';
import { OrderedOutput, type CommandContext, type RunResult, type ShellCommand } from '../../types.js';
import { FlagError, Flags, parseFlags, type FlagSpec } from './flags.js';
import { formatErrors, isApiError, KubectlExit, sessionOf, type Invocation, type Verb } from './kube.js';
import { HELP_TEXTS } from './help-texts.js';
import { getVerb } from './get.js';
import { describeVerb } from './describe.js';
import { createVerb } from './create.js';
import { applyVerb } from './apply.js';
import { deleteVerb } from './delete.js';
import { runVerb } from './run.js';
import { exposeVerb } from './expose.js';
import { scaleVerb } from './scale.js';
import { explainVerb } from './explain.js';
import { annotateVerb, labelVerb } from './label.js';
import { logsVerb } from './logs.js';
import { execVerb } from './exec.js';
import { editVerb } from './edit.js';
import { patchVerb, replaceVerb } from './patch.js';
import { waitVerb } from './wait.js';
import { topVerb } from './top.js';
import { authVerb } from './auth.js';
import { apiResourcesVerb, apiVersionsVerb, clusterInfoVerb, configVerb, contextNamespaceOf, optionsVerb, versionVerb } from './info.js';
import { longFlags } from './common-flags.js';

/** Flags every kubectl command accepts (`kubectl options`). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'server', short: 's', type: 'string' },
  { name: 'v', short: 'v', type: 'string' },
  { name: 'help', short: 'h', type: 'bool' },
  ...longFlags('string', 'context', 'cluster', 'user', 'kubeconfig', 'request-timeout', 'token', 'as', 'as-uid', 'cache-dir', 'certificate-authority', 'client-certificate', 'client-key', 'tls-server-name', 'username', 'password', 'profile', 'profile-output', 'log-flush-frequency'),
  ...longFlags('strings', 'as-group'),
  ...longFlags('bool', 'insecure-skip-tls-verify', 'match-server-version', 'warnings-as-errors', 'disable-compression'),
];

const VERBS: Verb[] = [
  getVerb,
  describeVerb,
  createVerb,
  applyVerb,
  deleteVerb,
  runVerb,
  exposeVerb,
  scaleVerb,
  explainVerb,
  labelVerb,
  annotateVerb,
  logsVerb,
  execVerb,
  editVerb,
  patchVerb,
  replaceVerb,
  waitVerb,
  versionVerb,
  topVerb,
  authVerb,
  clusterInfoVerb,
  apiResourcesVerb,
  apiVersionsVerb,
  configVerb,
  optionsVerb,
];

/** Every top-level command of kubectl 1.30 (cobra's sorted list), for `Did you mean this?`. */
const ALL_COMMANDS = [
  'annotate', 'api-resources', 'api-versions', 'apply', 'attach', 'auth', 'autoscale', 'certificate', 'cluster-info',
  'completion', 'config', 'cordon', 'cp', 'create', 'debug', 'delete', 'describe', 'diff', 'drain', 'edit', 'events',
  'exec', 'explain', 'expose', 'get', 'help', 'kustomize', 'label', 'logs', 'options', 'patch', 'plugin',
  'port-forward', 'proxy', 'replace', 'rollout', 'run', 'scale', 'set', 'taint', 'top', 'uncordon', 'version', 'wait',
];

export const kubectlCommand: ShellCommand = {
  name: 'kubectl',
  run: (ctx) => runKubectl(ctx),
};

export async function runKubectl(ctx: CommandContext): Promise<RunResult> {
  try {
    return await dispatch(ctx);
  } catch (e) {
    if (e instanceof KubectlExit) return { stdout: '', stderr: e.stderr, exitCode: e.exitCode };
    // A bug in the simulation must not look like a crash of the learner's shell.
    const msg = e instanceof Error ? e.message : String(e);
    return { stdout: '', stderr: `error: ${msg}\n`, exitCode: 1 };
  }
}

/** The global flags that take a value, as written before the verb (`--namespace`, `-n`). */
const GLOBAL_VALUE_FLAGS = new Set(GLOBAL_FLAGS.filter((f) => f.type !== 'bool').flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]));

/** A verb's flags and the global ones: one list per verb, so its lookup tables are made once. */
const verbFlagLists = new WeakMap<Verb, readonly FlagSpec[]>();
function flagsOf(verb: Verb): readonly FlagSpec[] {
  let specs = verbFlagLists.get(verb);
  if (!specs) verbFlagLists.set(verb, (specs = [...verb.flags, ...GLOBAL_FLAGS]));
  return specs;
}

/** The first argument that is not a flag (or a global flag's value): cobra's command search. */
function findCommandWords(args: string[]): { words: string[]; rest: string[] } {
  const takesValue = GLOBAL_VALUE_FLAGS;
  const rest: string[] = [];
  let i = 0;
  let word: string | undefined;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a.startsWith('-')) {
      rest.push(a);
      if (takesValue.has(a) && i + 1 < args.length) rest.push(args[++i]);
      continue;
    }
    word = a;
    i++;
    break;
  }
  rest.push(...args.slice(i));
  return { words: word ? [word] : [], rest };
}

async function dispatch(ctx: CommandContext): Promise<RunResult> {
  const { words, rest } = findCommandWords(ctx.args);
  if (words.length === 0) {
    const help = rest.some((a) => a === '-h' || a === '--help');
    if (help || rest.length === 0) return { stdout: HELP_TEXTS[''], stderr: '', exitCode: 0 };
    try {
      parseFlags(rest, GLOBAL_FLAGS);
    } catch (e) {
      if (e instanceof FlagError) return { stdout: '', stderr: `error: ${e.message}\nSee 'kubectl --help' for usage.\n`, exitCode: 1 };
      throw e;
    }
    return { stdout: HELP_TEXTS[''], stderr: '', exitCode: 0 };
  }
  const name = words[0];
  if (name === 'help') {
    const target = rest.filter((a) => !a.startsWith('-')).join(' ');
    const text = HELP_TEXTS[target];
    if (text !== undefined) return { stdout: text, stderr: '', exitCode: 0 };
    return { stdout: HELP_TEXTS[''], stderr: '', exitCode: 0 };
  }
  const found = VERBS.find((v) => v.name === name);
  if (!found) {
    if (HELP_TEXTS[name] !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
      return { stdout: HELP_TEXTS[name], stderr: '', exitCode: 0 };
    }
    if (ALL_COMMANDS.includes(name)) {
      return { stdout: '', stderr: `error: kubectl ${name} is not available in this simulated cluster\n`, exitCode: 1 };
    }
    return { stdout: '', stderr: unknownCommand(name), exitCode: 1 };
  }
  let verb: Verb = found;
  let path = `kubectl ${name}`;
  let args = rest;
  // Sub-verbs: `create service clusterip`, `create secret tls`, `config view`.
  while (verb.children) {
    const { words: sub, rest: subRest } = findCommandWords(args);
    const child: Verb | undefined = sub.length ? verb.children.find((c) => c.name === sub[0] || c.aliases?.includes(sub[0])) : undefined;
    if (!child) break;
    verb = child;
    path = `${path} ${child.name}`;
    args = subRest;
  }
  let parsed;
  try {
    parsed = parseFlags(args, flagsOf(verb));
  } catch (e) {
    if (e instanceof FlagError) return { stdout: '', stderr: `error: ${e.message}\nSee '${path} --help' for usage.\n`, exitCode: 1 };
    throw e;
  }
  const flags = new Flags(parsed);
  if (flags.bool('help')) {
    // The closest recorded help: `config set-context` falls back to `config` if not recorded.
    let key = path.slice('kubectl '.length);
    while (HELP_TEXTS[key] === undefined && key.includes(' ')) key = key.slice(0, key.lastIndexOf(' '));
    return { stdout: HELP_TEXTS[key] ?? '', stderr: '', exitCode: 0 };
  }
  const context = flags.str('context');
  if (flags.has('context') && context !== 'kubernetes-admin@kubernetes') {
    return { stdout: '', stderr: `error: context "${context}" does not exist\n`, exitCode: 1 };
  }
  const session = sessionOf(ctx);
  const ordered = new OrderedOutput();
  const inv: Invocation = {
    ctx,
    session,
    cluster: session.cluster,
    flags,
    namespace: flags.str('namespace') || contextNamespaceOf(session),
    namespaceGiven: flags.has('namespace'),
    path,
    out: ordered.stream(1),
    err: ordered.stream(2),
  };
  // kubectl writes warnings (deprecations, `Unable to use a TTY`, apply's missing annotation)
  // before its output; the result keeps that order for the terminal.
  const result = (stdout: string, stderr: string, exitCode: number): RunResult => {
    const chunks = ordered.interleaved();
    return chunks ? { stdout, stderr, exitCode, chunks } : { stdout, stderr, exitCode };
  };
  try {
    // A foreign --server fails at the first API call; exec's deprecation line comes first.
    const serverError = await foreignServerError(inv);
    if (serverError !== undefined) {
      if (verb.name === 'exec' && flags.parsed.argsLenAtDash < 0 && flags.args.length > 1) {
        inv.err.push('kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n');
      }
      return { stdout: '', stderr: inv.err.join('') + serverError, exitCode: 1 };
    }
    const code = await verb.run(inv);
    return result(inv.out.join(''), inv.err.join(''), code);
  } catch (e) {
    if (e instanceof KubectlExit) {
      inv.err.push(e.stderr);
      return result(inv.out.join(''), inv.err.join(''), e.exitCode);
    }
    if (isApiError(e)) {
      inv.err.push(formatErrors([e]));
      return result(inv.out.join(''), inv.err.join(''), 1);
    }
    throw e;
  }
}

/** cobra's `unknown command` with suggestions: Levenshtein distance ≤ 2, or a prefix match. */
export function unknownCommand(name: string): string {
  const typed = name.toLowerCase();
  const suggestions = ALL_COMMANDS.filter((c) => c !== 'help' && (levenshtein(typed, c) <= 2 || c.startsWith(typed)));
  let s = `error: unknown command "${name}" for "kubectl"\n`;
  if (suggestions.length) s += `\nDid you mean this?\n${suggestions.map((c) => `\t${c}\n`).join('')}`;
  return s;
}

export function levenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}
