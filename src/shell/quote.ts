// Quoting a word for bash, so argv can be handed back to a shell unchanged.

/** Single-quotes a value for bash (bare when it has nothing special). */
export function shellQuote(s: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
