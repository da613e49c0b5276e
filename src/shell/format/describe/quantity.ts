// Just enough of apimachinery's resource.Quantity for describe node: parse cpu/memory
// quantities, sum them, and print the canonical form (`750m`, `140Mi`, `2`).
const binary: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const decimal: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** Value in milli-units (cpu) — also fine for bytes, which are whole numbers × 1000. */
export function parseMilli(q: string | number | undefined): number {
  if (q === undefined || q === null) return 0;
  const s = String(q).trim();
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(s);
  if (!m) return 0;
  const n = Number(m[1]);
  const suffix = m[2];
  if (suffix === 'm') return Math.round(n);
  if (suffix in binary) return Math.round(n * binary[suffix] * 1000);
  if (suffix in decimal) return Math.round(n * decimal[suffix] * 1000);
  return Math.round(n * 1000);
}

/** Canonical string of a cpu sum in milli-units. */
export function formatCpu(milli: number): string {
  if (milli === 0) return '0';
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

/** Canonical string of a memory sum (bytes × 1000), preferring binary suffixes as Quantity does. */
export function formatMemory(milli: number): string {
  const bytes = Math.round(milli / 1000);
  if (bytes === 0) return '0';
  for (const [suffix, size] of Object.entries(binary).reverse()) if (bytes % size === 0) return `${bytes / size}${suffix}`;
  return String(bytes);
}
