// A command-line parser that behaves like cobra/pflag, the one real kubectl uses: long flags
// as `--port=80` or `--port 80`, shorthands as `-n default`, `-ndefault`, `-n=default` and
// combined booleans (`-it`), flags anywhere among the positionals, `--` ending the flags.
// Its error texts are pflag's, so `kubectl get --foo` fails exactly as the real one does.

export type FlagType = 'bool' | 'string' | 'int' | 'strings';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  /** For bool flags given without a value: what `--flag` means (pflag's NoOptDefVal). */
  noOptDefault?: string;
}

export interface ParsedArgs {
  /** Values by long name; `strings` flags collect every occurrence. */
  values: Map<string, string | string[] | boolean | number>;
  positionals: string[];
  /** How many positionals came before `--` (cobra's ArgsLenAtDash), or -1 without `--`. */
  argsLenAtDash: number;
}

/** A usage error: printed as `error: <message>` plus `See 'kubectl <verb> --help' for usage.` */
export class FlagError extends Error {}

/** A flag list's lookup tables, by long name and by shorthand. */
interface FlagIndex {
  byLong: Map<string, FlagSpec>;
  byShort: Map<string, FlagSpec>;
}

/** Made once per flag list: a verb's list is the same array on every run. */
const indexes = new WeakMap<readonly FlagSpec[], FlagIndex>();

function indexOf(specs: readonly FlagSpec[]): FlagIndex {
  let index = indexes.get(specs);
  if (!index) {
    index = { byLong: new Map(specs.map((s) => [s.name, s])), byShort: new Map(specs.filter((s) => s.short).map((s) => [s.short!, s])) };
    indexes.set(specs, index);
  }
  return index;
}

function setValue(values: ParsedArgs['values'], spec: FlagSpec, raw: string): void {
  if (spec.type === 'bool') {
    if (!BOOL.test(raw)) {
      throw new FlagError(`invalid argument "${raw}" for "${shownName(spec)}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
    }
    values.set(spec.name, TRUE.test(raw));
  } else if (spec.type === 'int') {
    if (!INT.test(raw)) {
      throw new FlagError(`invalid argument "${raw}" for "${shownName(spec)}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
    }
    values.set(spec.name, Number(raw));
  } else if (spec.type === 'strings') {
    const prev = (values.get(spec.name) as string[] | undefined) ?? [];
    values.set(spec.name, [...prev, raw]);
  } else {
    values.set(spec.name, raw);
  }
}

/** How pflag names a flag in its errors. */
function shownName(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

/** Whether the flag takes the next word (or the rest of a shorthand run) as its value. */
function takesValue(spec: FlagSpec): boolean {
  return spec.type !== 'bool' && spec.noOptDefault === undefined;
}

/** What strconv.ParseBool accepts, and which of those are true. */
const BOOL = /^(1|0|t|f|T|F|true|false|TRUE|FALSE|True|False)$/;
const TRUE = /^(1|t|T|true|TRUE|True)$/;
const INT = /^[+-]?\d+$/;

export function parseFlags(argv: string[], specs: readonly FlagSpec[]): ParsedArgs {
  const { byLong, byShort } = indexOf(specs);
  const values: ParsedArgs['values'] = new Map();
  const positionals: string[] = [];
  let argsLenAtDash = -1;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      argsLenAtDash = positionals.length;
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      const spec = byLong.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) setValue(values, spec, arg.slice(eq + 1));
      else if (!takesValue(spec)) setValue(values, spec, spec.noOptDefault ?? 'true');
      else if (i + 1 < argv.length) setValue(values, spec, argv[++i]);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1 && arg !== '-') {
      // A run of shorthands: booleans may be combined; the first one taking a value eats the rest.
      let rest = arg.slice(1);
      while (rest.length > 0) {
        const c = rest[0];
        const spec = byShort.get(c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in -${rest}`);
        rest = rest.slice(1);
        if (rest.startsWith('=')) {
          setValue(values, spec, rest.slice(1));
          rest = '';
        } else if (!takesValue(spec)) {
          setValue(values, spec, spec.noOptDefault ?? 'true');
        } else if (rest.length > 0) {
          setValue(values, spec, rest);
          rest = '';
        } else if (i + 1 < argv.length) {
          setValue(values, spec, argv[++i]);
        } else {
          throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
        }
      }
      continue;
    }
    positionals.push(arg);
  }
  return { values, positionals, argsLenAtDash };
}

/** Typed accessors over parsed values. */
export class Flags {
  constructor(readonly parsed: ParsedArgs) {}
  has(name: string): boolean {
    return this.parsed.values.has(name);
  }
  str(name: string, def = ''): string {
    const v = this.parsed.values.get(name);
    return typeof v === 'string' ? v : def;
  }
  bool(name: string, def = false): boolean {
    const v = this.parsed.values.get(name);
    return typeof v === 'boolean' ? v : typeof v === 'string' ? v === 'true' : def;
  }
  int(name: string, def: number): number {
    const v = this.parsed.values.get(name);
    return typeof v === 'number' ? v : def;
  }
  list(name: string): string[] {
    const v = this.parsed.values.get(name);
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  }
  get args(): string[] {
    return this.parsed.positionals;
  }
}
