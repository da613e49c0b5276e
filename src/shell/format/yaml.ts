// kubectl -o yaml: sigs.k8s.io/yaml (JSON → goyaml.v2). Reproduces the parts of yaml.v2's
// encoder that kubectl output exercises: its key order (letters after digits/punctuation,
// numeric runs compared as numbers), indentless sequences, plain scalars unless they would
// read back as another type (then double-quoted: "80", "true", "2026-11-26T09:00:00Z"),
// single quotes for indicator characters ('*'), literal blocks for multi-line strings, and
// folding of long plain scalars at 80 columns.

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** yaml.v2 keyList.Less for string keys. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}

const yamlKeyCompare = (a: string, b: string): number => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0);

const boolOrNull = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF', '~', 'null', 'Null', 'NULL', '']);

/** Would yaml.v2 resolve this plain scalar to something other than a string? */
function resolvesToNonString(s: string): boolean {
  if (boolOrNull.has(s)) return true;
  if (/^[-+]?(\.inf|\.Inf|\.INF)$/.test(s) || /^(\.nan|\.NaN|\.NAN)$/.test(s)) return true;
  const plain = s.replace(/_/g, '');
  if (/^[-+]?(0b[01]+|0x[0-9a-fA-F]+|0o?[0-7]+|[0-9]+)$/.test(plain)) return true;
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(plain)) return true;
  // Base-60 floats (yaml 1.1): 1:20, 190:20:30.15
  if (/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s)) return true;
  // Timestamps (yaml.v2 accepts these layouts).
  if (/^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)/.test(s) && !Number.isNaN(Date.parse(s.replace(' ', 'T')))) return true;
  return false;
}

/** yaml_emitter_analyze_scalar, reduced to: can it be plain (block context)? single-quoted? */
function analyze(s: string): { plain: boolean; single: boolean } {
  if (s.length === 0) return { plain: false, single: false };
  if (s.startsWith('---') || s.startsWith('...')) return { plain: false, single: true };
  let block = false;
  let special = false;
  let lineBreaks = false;
  const chars = [...s];
  const ws = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const next = chars[i + 1];
    const followedByWs = ws(next);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) block = true;
      else if ((c === '?' || c === ':') && followedByWs) block = true;
      else if (c === '-' && followedByWs) block = true;
    } else {
      if (c === ':' && followedByWs) block = true;
      else if (c === '#' && ws(chars[i - 1])) block = true;
    }
    const cp = c.codePointAt(0)!;
    if (c === '\n' || c === '\r') lineBreaks = true;
    else if (cp < 0x20 || cp === 0x7f || cp === 0xfeff) special = true;
  }
  const leadingSpace = chars[0] === ' ' || chars[0] === '\t';
  const trailingSpace = chars[chars.length - 1] === ' ' || chars[chars.length - 1] === '\t';
  const plain = !block && !special && !lineBreaks && !leadingSpace && !trailingSpace;
  const single = !special && !lineBreaks;
  return { plain, single };
}

/**
 * Writes a flow scalar the way yaml.v2's emitter does, breaking at a space once the column
 * passes 80 (best_width). `quote` is '' (plain), "'" or '"'; `escape` renders one character.
 */
function folded(s: string, column: number, indent: string, quote: string, escape: (ch: string) => string): string {
  const chars = [...s];
  let out = quote;
  let col = column + quote.length;
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === ' ') {
      const nextIsSpace = chars[i + 1] === ' ';
      const canBreak =
        quote === '' ? !nextIsSpace : quote === "'" ? i > 0 && i < chars.length - 1 && !nextIsSpace : i !== 0 && i !== chars.length - 1;
      if (!spaces && col > 80 && canBreak) {
        out += '\n' + indent;
        col = indent.length;
        if (quote === '"' && nextIsSpace) {
          out += '\\';
          col++;
        }
      } else {
        out += ' ';
        col++;
      }
      spaces = true;
      continue;
    }
    const e = escape(c);
    out += e;
    col += [...e].length;
    spaces = false;
  }
  return out + quote;
}

const plainChar = (ch: string): string => ch;
const singleChar = (ch: string): string => (ch === "'" ? "''" : ch);
function doubleChar(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (ch === '"') return '\\"';
  if (ch === '\\') return '\\\\';
  if (ch === '\n') return '\\n';
  if (ch === '\t') return '\\t';
  if (ch === '\r') return '\\r';
  if (c < 0x20 || c === 0x7f) return '\\x' + c.toString(16).toUpperCase().padStart(2, '0');
  return ch;
}

/** A scalar string at `column` (where it starts), continuation lines at `indent`. */
function scalar(s: string, column: number, indent: string): string {
  if (s.includes('\n')) {
    // yaml.v2 asks for a literal block; the emitter refuses it for trailing spaces, a space
    // before a line break, or special characters, and falls back to double quotes.
    const special = [...s].some((ch) => {
      const c = ch.codePointAt(0)!;
      return (c < 0x20 && ch !== '\n') || c === 0x7f || c === 0xfeff;
    });
    if (!special && !s.endsWith(' ') && !s.includes(' \n')) {
      const trailing = /\n+$/.exec(s)?.[0].length ?? 0;
      const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
      const body = trailing === 0 ? s : s.slice(0, s.length - trailing) + '\n'.repeat(trailing - 1);
      const indicator = s.startsWith(' ') || s.startsWith('\n') ? '2' : '';
      const lines = body.split('\n').map((l) => (l === '' ? '' : indent + '  ' + l));
      return `|${indicator}${chomp}\n${lines.join('\n')}`;
    }
    return folded(s, column, indent + '  ', '"', doubleChar);
  }
  if (!resolvesToNonString(s)) {
    const a = analyze(s);
    if (a.plain) return folded(s, column, indent + '  ', '', plainChar);
    if (a.single) return folded(s, column, indent + '  ', "'", singleChar);
  }
  return folded(s, column, indent + '  ', '"', doubleChar);
}

function isScalar(v: unknown): boolean {
  return v === null || v === undefined || typeof v !== 'object' || (Array.isArray(v) ? v.length === 0 : Object.keys(v as object).length === 0);
}

function scalarText(v: unknown, column: number, indent: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return scalar(v, column, indent);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? '[]' : '{}';
}

function keyText(k: string): string {
  return scalar(k, 0, '');
}

function emitMap(o: Record<string, unknown>, indent: string, lines: string[], firstPrefix?: string): void {
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort(yamlKeyCompare);
  keys.forEach((k, i) => {
    const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : indent;
    const v = o[k];
    const head = `${prefix}${keyText(k)}:`;
    if (isScalar(v)) lines.push(`${head} ${scalarText(v, head.length + 1, indent)}`);
    else if (Array.isArray(v)) {
      lines.push(head);
      emitSeq(v, indent, lines);
    } else {
      lines.push(head);
      emitMap(v as Record<string, unknown>, indent + '  ', lines);
    }
  });
}

function emitSeq(a: unknown[], indent: string, lines: string[], firstPrefix?: string): void {
  a.forEach((item, i) => {
    const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : indent;
    if (isScalar(item)) lines.push(`${prefix}- ${scalarText(item, prefix.length + 2, indent)}`);
    // Nested collections start on the dash's line, as yaml.v2 writes them (`- - a`).
    else if (Array.isArray(item)) emitSeq(item, indent + '  ', lines, `${prefix}- `);
    else emitMap(item as Record<string, unknown>, indent + '  ', lines, `${prefix}- `);
  });
}

/** kubectl's YAML for a value (a map at the top level), ending in a newline. */
export function toYaml(value: unknown): string {
  const lines: string[] = [];
  if (isScalar(value)) return scalarText(value, 0, '') + '\n';
  if (Array.isArray(value)) emitSeq(value, '', lines);
  else emitMap(value as Record<string, unknown>, '', lines);
  return lines.join('\n') + '\n';
}
