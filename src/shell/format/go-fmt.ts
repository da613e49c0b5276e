// The part of Go's fmt that kubectl's go-template output shows: how values print (%v — maps
// as `map[k:v]` with sorted keys, lists as `[a b]`, floats in %g's shortest form, so 1e6 is
// `1e+06`), and Sprint/Sprintln/Sprintf with the verbs templates use. Values are
// unstructured JSON: integers are int64, other numbers float64, null is nil.
import { byteCompare } from './labels.js';
import { goQuote } from './jsonpath.js';

/** A value that is not there (a missing map key): templates print it as `<no value>`. */
export const NO_VALUE: unique symbol = Symbol('no value');

/**
 * A float constant written in a template with a whole value (`443.0`, `1e6`): Go keeps it a
 * float64, so it prints as one and does not compare equal to an int.
 */
export class GoFloat {
  constructor(readonly v: number) {}
}

export const isInt = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v);
/** A number (int64 or float64) as a JS number. */
export const numberOf = (v: unknown): number | undefined => (v instanceof GoFloat ? v.v : typeof v === 'number' ? v : undefined);
const isFloat = (v: unknown): boolean => v instanceof GoFloat || (typeof v === 'number' && !Number.isInteger(v));

/** Go's type name of an unstructured value, as %T and fmt's error verbs print it. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined || v === NO_VALUE) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return isInt(v) ? 'int64' : 'float64';
  if (v instanceof GoFloat) return 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** strconv.FormatFloat(v, 'g', -1, 64) as fmt's %v uses it: exponent form from 1e+06 up and below 1e-04. */
export function goFloat(v: number): string {
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf';
  const [mant, e] = v.toExponential().split('e');
  const exp = Number(e);
  if (exp < -4 || exp >= 6) {
    const [int, frac] = mant.split('.');
    const ee = Math.abs(exp);
    return `${int}${frac ? '.' + frac : ''}e${exp < 0 ? '-' : '+'}${ee < 10 ? '0' + ee : ee}`;
  }
  return String(v);
}

/** fmt's %v. */
export function goValue(v: unknown): string {
  if (v === NO_VALUE || v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return isInt(v) ? String(v) : goFloat(v);
  if (v instanceof GoFloat) return goFloat(v.v);
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  const o = v as Record<string, unknown>;
  return `map[${Object.keys(o)
    .sort(byteCompare)
    .map((k) => `${k}:${goValue(o[k])}`)
    .join(' ')}]`;
}

/** fmt.Sprint: operands separated by a space when neither side is a string. */
export function goSprint(args: unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += goValue(a);
  });
  return out;
}

export function goSprintln(args: unknown[]): string {
  return args.map(goValue).join(' ') + '\n';
}

function pad(s: string, width: number | undefined, left: boolean, zero: boolean): string {
  if (width === undefined || s.length >= width) return s;
  if (left) return s + ' '.repeat(width - s.length);
  if (zero) {
    const sign = /^[+-]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(width - s.length) + s.slice(sign.length);
  }
  return ' '.repeat(width - s.length) + s;
}

const bad = (verb: string, v: unknown) => `%!${verb}(${goTypeName(v)}=${goValue(v)})`;

/** fmt.Sprintf for %v %s %d %q %t %f %e %g %x %X %c %%, with flags, width and precision. */
export function goSprintf(format: string, args: unknown[]): string {
  let out = '';
  let next = 0;
  const re = /%([-+# 0]*)(\d+)?(?:\.(\d*))?([a-zA-Z%])?/gy;
  for (let i = 0; i < format.length; ) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    re.lastIndex = pct;
    const m = re.exec(format)!;
    i = re.lastIndex;
    const [, flags, w, p, verb] = m;
    if (!verb) {
      out += '%!(NOVERB)';
      continue;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (next >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const v = args[next++];
    const width = w === undefined ? undefined : Number(w);
    const prec = p === undefined ? undefined : Number(p || '0');
    const left = flags.includes('-');
    const zero = flags.includes('0') && !left;
    const plus = flags.includes('+');
    let s: string;
    switch (verb) {
      case 'v':
        s = isFloat(v) && prec !== undefined ? Number(numberOf(v)!.toPrecision(prec)).toString() : goValue(v);
        break;
      case 's':
        s = typeof v === 'string' ? v : Array.isArray(v) || (typeof v === 'object' && v !== null) ? goValue(v) : bad('s', v);
        if (typeof v === 'string' && prec !== undefined) s = s.slice(0, prec);
        break;
      case 'q':
        s = typeof v === 'string' ? goQuote(v) : bad('q', v);
        break;
      case 'd':
        s = isInt(v) ? (plus && (v as number) >= 0 ? '+' : '') + String(v) : bad('d', v);
        break;
      case 't':
        s = typeof v === 'boolean' ? String(v) : bad('t', v);
        break;
      case 'x':
      case 'X':
        s = isInt(v) ? (v as number).toString(16) : typeof v === 'string' ? Buffer.from(v).toString('hex') : bad(verb, v);
        if (verb === 'X') s = s.toUpperCase();
        break;
      case 'c':
        s = isInt(v) ? String.fromCodePoint(v as number) : bad('c', v);
        break;
      case 'f':
      case 'F':
      case 'e':
      case 'g': {
        if (!isFloat(v)) {
          s = bad(verb, v);
          break;
        }
        const f = numberOf(v)!;
        s = verb === 'e' ? goExp(f, prec ?? 6) : verb === 'g' ? (prec === undefined ? goFloat(f) : Number(f.toPrecision(prec)).toString()) : goFixed(f, prec ?? 6);
        if (plus && f >= 0) s = '+' + s;
        break;
      }
      default:
        s = bad(verb, v);
    }
    out += pad(s, width, left, zero && !s.startsWith('%!'));
  }
  if (next < args.length) out += `%!(EXTRA ${args.slice(next).map((a) => `${goTypeName(a)}=${goValue(a)}`).join(', ')})`;
  return out;
}

function goExp(v: number, prec: number): string {
  const [mant, e] = v.toExponential(prec).split('e');
  const exp = Number(e);
  const ee = Math.abs(exp);
  return `${mant}e${exp < 0 ? '-' : '+'}${ee < 10 ? '0' + ee : ee}`;
}

/** %.Nf as Go rounds: the exact binary value, halves to even (2.25 → "2.2"). */
function goFixed(v: number, prec: number): string {
  const exact = Math.abs(v).toFixed(Math.min(100, prec + 30));
  const [int, frac] = exact.split('.');
  const keep = frac.slice(0, prec);
  const rest = frac.slice(prec);
  const digits = int + keep;
  const half = rest.replace(/0+$/, '');
  const last = Number(digits[digits.length - 1]);
  const up = half > '5' || (half === '5' && last % 2 === 1);
  const str = (BigInt(digits) + (up ? 1n : 0n)).toString().padStart(prec + 1, '0');
  const out = prec > 0 ? `${str.slice(0, str.length - prec)}.${str.slice(str.length - prec)}` : str;
  return (v < 0 || Object.is(v, -0) ? '-' : '') + out;
}
