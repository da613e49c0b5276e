// The simulated shell's safety limits, as the learner should hear about them. just-bash stops
// a runaway line (an endless loop, a function calling itself, a giant expansion) with a
// message naming its own configuration options; a real bash would simply keep going. The
// session takes that message out of the line's stderr and reports the stop as a value
// (RunResult.limit); the tutor and `kubetour shell` each say it in the learner's language
// (locales/*/limits.json).
import { parse } from 'just-bash';
import enLimits from '../../locales/en/limits.json' with { type: 'json' };
import koLimits from '../../locales/ko/limits.json' with { type: 'json' };

export type LimitKind = 'commands' | 'iterations' | 'recursion' | 'output' | 'expansion' | 'heredoc' | 'other';

/** Why a line was stopped, and at what size (a count, or bytes for output and here-documents). */
export interface LimitStop {
  kind: LimitKind;
  max?: number;
  bytes?: boolean;
}

/** just-bash's cap on one brace range (`{1..N}`): beyond it, it silently returns the first ones. */
export const BRACE_RANGE_MAX = 10_000;

interface Rule {
  re: RegExp;
  kind: LimitKind;
  bytes?: boolean;
}

const RULES: readonly Rule[] = [
  { re: /too many commands executed \(>(\d+)\)/, kind: 'commands' },
  { re: /(?:too many iterations|loop exceeded maximum iterations|work limit exceeded) \((\d+)\)/, kind: 'iterations' },
  { re: /(?:maximum recursion depth|recursion depth exceeded maximum|maximum nesting depth|nesting limit exceeded|alias expansion depth limit exceeded) \((\d+)/, kind: 'recursion' },
  { re: /output size (?:limit )?exceeded \(>?(\d+) bytes\)/, kind: 'output', bytes: true },
  { re: /Heredoc size limit exceeded \((\d+) bytes\)/, kind: 'heredoc', bytes: true },
  { re: /brace expansion (?:result|padding) limit exceeded \((\d+)\)|(?:string length|format width|array (?:assignment )?element|array (?:assignment |value |transform )?string|Glob operation) limit exceeded \((\d+)/, kind: 'expansion' },
  // A JavaScript stack overflow (jq recursing forever, data nested too deep) is a limit of the simulation too.
  { re: /limit exceeded|increase executionLimits\.|exceeds maximum allowed|Maximum call stack size exceeded/, kind: 'other' },
];

/**
 * Finds just-bash's limit message in a line's stderr: the stderr without it, and the stop.
 * Only lines that look like the library's own wording are taken (never a program's output).
 */
export function takeLimit(stderr: string): { stderr: string; limit?: LimitStop } {
  if (!/limit|maximum|Maximum|too many/.test(stderr)) return { stderr };
  const lines = stderr.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!/^(?:bash|[\w. -]{1,40}): /.test(line) || /^(?:kubectl|error|curl|openssl): /.test(line)) continue;
    for (const r of RULES) {
      const m = r.re.exec(line);
      if (!m) continue;
      const n = Number(m[1] ?? m[2]);
      const limit: LimitStop = { kind: r.kind, ...(Number.isFinite(n) && (m[1] ?? m[2]) ? { max: n } : {}), ...(r.bytes ? { bytes: true } : {}) };
      lines.splice(i, 1);
      return { stderr: lines.join('\n'), limit };
    }
  }
  return { stderr };
}

type Json = Record<string, unknown>;

/** Brace ranges (`{1..2000000}`) longer than just-bash produces: refused before running, never cut short. */
export function oversizedBraceRange(line: string): LimitStop | undefined {
  if (!/\{[^}]*\.\.[^}]*\}/.test(line)) return undefined;
  let ast: unknown;
  try {
    ast = parse(line);
  } catch {
    return undefined;
  }
  const stack: unknown[] = [ast];
  let seen = 0;
  while (stack.length > 0 && seen++ < 100_000) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const o = node as Json;
    if (o.type === 'Range') {
      const count = rangeCount(o);
      if (count > BRACE_RANGE_MAX) return { kind: 'expansion', max: BRACE_RANGE_MAX };
    }
    for (const k in o) if (typeof o[k] === 'object') stack.push(o[k]);
  }
  return undefined;
}

function rangeCount(o: Json): number {
  const step = Math.abs(Number(o.step ?? 1)) || 1;
  const a = o.start;
  const b = o.end;
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(Math.abs(b - a) / step) + 1;
  if (typeof a === 'string' && typeof b === 'string') return Math.floor(Math.abs(b.charCodeAt(0) - a.charCodeAt(0)) / step) + 1;
  return 0;
}

const SENTENCES: Record<'en' | 'ko', Record<LimitKind, string>> = { en: enLimits, ko: koLimits };

/** The stop as one sentence (the tutor and `kubetour shell` both say it this way). */
export function limitSentence(limit: LimitStop, lang: 'en' | 'ko'): string {
  const max = limit.max === undefined ? '' : limit.bytes ? formatBytes(limit.max) : limit.max.toLocaleString('en-US');
  const text = SENTENCES[lang][limit.max === undefined && limit.kind !== 'other' ? 'other' : limit.kind];
  return text.replace('{{max}}', max);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
