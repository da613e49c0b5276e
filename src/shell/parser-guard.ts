// just-bash's parser never returns on a `$` that starts no expansion inside arithmetic
// (`$((1$))`, `$[1$]`, `${x:1:$}`, `((1$))`): a synchronous loop that no Ctrl-C or time budget
// can stop, and that fills memory until the process dies. bash rejects those lines with a syntax error, so they are answered here before
// anything parses them.

/** Where a lone `$` (not starting a name, a parameter or an expansion) is, or -1. */
function loneDollar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') continue;
    const next = text[i + 1] ?? '';
    if (next === '$') {
      i++; // `$$`, the shell's pid
      continue;
    }
    if (!/[A-Za-z_0-9{(?#@*!-]/.test(next)) return i;
  }
  return -1;
}

/** bash's error for the line when it would hang the parser; undefined when it is safe. */
export function parserTrap(line: string): string | undefined {
  for (const open of ['$((', '$[', '${', '((']) {
    let from = 0;
    for (;;) {
      const at = line.indexOf(open, from);
      if (at < 0) break;
      from = at + open.length;
      // An arithmetic command (`(( … ))`, `for (( … ))`), not the inside of `$((`.
      if (open === '((' && line[at - 1] === '$') continue;
      const inner = arithmeticText(line, from, open);
      if (inner === undefined) continue;
      const at$ = loneDollar(inner);
      if (at$ < 0) continue;
      if (open !== '((') return `bash: ${inner.trim()}: syntax error: invalid arithmetic operator (error token is "${inner.slice(at$).trim()}")\n`;
      // bash names the command, and in `for ((a; b; c))` the one expression that failed.
      const start = inner.lastIndexOf(';', at$) + 1;
      const end = inner.indexOf(';', at$);
      const expr = inner.slice(start, end < 0 ? inner.length : end);
      return `bash: ((: ${expr.trim()}: syntax error: invalid arithmetic operator (error token is "${expr.slice(at$ - start).trim()}")\n`;
    }
  }
  return undefined;
}

/** The text up to the matching close of an arithmetic context (for `${`, only the part after `:`). */
function arithmeticText(line: string, from: number, open: string): string | undefined {
  const arith = open === '$((' || open === '((';
  const close = arith ? ')' : open === '$[' ? ']' : '}';
  const opener = close === ')' ? '(' : close === ']' ? '[' : '{';
  let depth = arith ? 2 : 1;
  let i = from;
  for (; i < line.length && depth > 0; i++) {
    if (line[i] === opener) depth++;
    else if (line[i] === close) depth--;
  }
  // (without the closing brackets)
  const body = line.slice(from, Math.max(from, i - (depth === 0 ? (arith ? 2 : 1) : 0)));
  if (open !== '${') return body;
  // ${name:offset:length} — the offset and length are arithmetic.
  const colon = body.search(/^[A-Za-z_][A-Za-z_0-9]*(\[[^\]]*\])?:(?![-=?+])/) === 0 ? body.indexOf(':') : -1;
  return colon >= 0 ? body.slice(colon + 1) : undefined;
}
