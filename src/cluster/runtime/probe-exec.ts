// A tiny evaluator for exec readiness probes (`ls /var/ready`, `cat f`, `test -e f`,
// `sh -c '…'`). It runs synchronously against the container's filesystem so probes can
// fire from the virtual clock; output mirrors coreutils where the learner will see it
// (the Unhealthy event shows it).
import type { InMemoryFs } from 'just-bash';

export interface ExecResult {
  exitCode: number;
  output: string;
}

function norm(path: string, cwd = '/'): string {
  const abs = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
  const parts: string[] = [];
  for (const p of abs.split('/')) {
    if (!p || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

interface Entry {
  type: 'file' | 'directory' | 'symlink';
  content?: Uint8Array | string;
}

/** Reads InMemoryFs's table synchronously (its public API is async). */
export function statSync(fs: InMemoryFs, path: string): Entry | undefined {
  const data = (fs as unknown as { data: Map<string, Entry> }).data;
  return data.get(norm(path));
}

export function readSync(fs: InMemoryFs, path: string): string | undefined {
  const e = statSync(fs, path);
  if (!e || e.type !== 'file') return undefined;
  const c = e.content;
  if (c === undefined) return '';
  return typeof c === 'string' ? c : new TextDecoder().decode(c);
}

function splitWords(cmd: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let has = false;
  for (const ch of cmd) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (cur || has) out.push(cur);
      cur = '';
      has = false;
    } else cur += ch;
  }
  if (cur || has) out.push(cur);
  return out;
}

export function runProbeCommand(fs: InMemoryFs, argv: string[], commands: readonly string[]): ExecResult {
  if (argv.length === 0) return { exitCode: 126, output: '' };
  const [cmd0, ...args] = argv;
  const cmd = cmd0.split('/').pop()!;
  const available = commands.includes(cmd) || ['true', 'false', 'test', '['].includes(cmd);
  if (!available) {
    return {
      exitCode: 126,
      output: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd0}": executable file not found in $PATH: unknown`,
    };
  }
  switch (cmd) {
    case 'true':
      return { exitCode: 0, output: '' };
    case 'false':
      return { exitCode: 1, output: '' };
    case 'ls': {
      const paths = args.filter((a) => !a.startsWith('-'));
      let out = '';
      let code = 0;
      for (const p of paths.length ? paths : ['.']) {
        const e = statSync(fs, p);
        if (!e) {
          out += `ls: cannot access '${p}': No such file or directory\n`;
          code = 2;
        } else if (e.type === 'file') out += `${p}\n`;
      }
      return { exitCode: code, output: out };
    }
    case 'cat': {
      let out = '';
      let code = 0;
      for (const p of args) {
        const e = statSync(fs, p);
        if (!e) {
          out += `cat: ${p}: No such file or directory\n`;
          code = 1;
        } else if (e.type === 'directory') {
          out += `cat: ${p}: Is a directory\n`;
          code = 1;
        } else out += readSync(fs, p) ?? '';
      }
      return { exitCode: code, output: out };
    }
    case 'test':
    case '[': {
      const a = cmd === '[' ? args.slice(0, -1) : args;
      if (a.length === 2) {
        const e = statSync(fs, a[1]);
        const ok = a[0] === '-e' ? !!e : a[0] === '-f' ? e?.type === 'file' : a[0] === '-d' ? e?.type === 'directory' : a[0] === '-s' ? !!readSync(fs, a[1]) : a[0] === '-n' ? a[1] !== '' : a[0] === '-z' ? a[1] === '' : false;
        return { exitCode: ok ? 0 : 1, output: '' };
      }
      if (a.length === 3 && (a[1] === '=' || a[1] === '!=')) return { exitCode: (a[0] === a[2]) === (a[1] === '=') ? 0 : 1, output: '' };
      return { exitCode: a.length === 1 && a[0] !== '' ? 0 : 1, output: '' };
    }
    case 'echo':
      return { exitCode: 0, output: `${args.join(' ')}\n` };
    case 'sh':
    case 'bash': {
      const ci = args.indexOf('-c');
      if (ci < 0 || ci + 1 >= args.length) return { exitCode: 0, output: '' };
      return runScript(fs, args[ci + 1], commands);
    }
    default:
      // Commands the evaluator does not model (curl, grep, …) are treated as succeeding.
      return { exitCode: 0, output: '' };
  }
}

/** `a && b || c; d` — left to right, as sh does for simple lists. */
function runScript(fs: InMemoryFs, script: string, commands: readonly string[]): ExecResult {
  const tokens = script.split(/(&&|\|\||;)/);
  let last: ExecResult = { exitCode: 0, output: '' };
  let output = '';
  let op = ';';
  for (const raw of tokens) {
    const t = raw.trim();
    if (t === '&&' || t === '||' || t === ';') {
      op = t;
      continue;
    }
    if (!t) continue;
    if ((op === '&&' && last.exitCode !== 0) || (op === '||' && last.exitCode === 0)) continue;
    const negate = t.startsWith('! ');
    last = runProbeCommand(fs, splitWords(negate ? t.slice(2) : t), commands);
    if (negate) last = { ...last, exitCode: last.exitCode === 0 ? 1 : 0 };
    output += last.output;
  }
  return { exitCode: last.exitCode, output };
}
