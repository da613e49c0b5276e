// Near-miss names: Damerau–Levenshtein distance (a swapped pair of letters counts once, as
// typists make them) and "the closest of these names, if it is close enough".

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (!n) return m;
  if (!m) return n;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => [i, ...new Array<number>(m).fill(0)]);
  for (let j = 0; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

/** The largest distance still called a near miss: 2, and 1 for short names (`foo` is not `bar`'s typo). */
export function nearLimit(name: string): number {
  return name.length <= 4 ? 1 : 2;
}

/**
 * The candidate closest to `typed` within the near-miss limit, not equal to it; ties go to the
 * first candidate (callers list the task's names first).
 */
export function closest(typed: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const limit = nearLimit(typed);
  for (const c of candidates) {
    if (c === typed) continue;
    const dist = editDistance(typed.toLowerCase(), c.toLowerCase());
    if (dist <= limit && dist < bestD) {
      best = c;
      bestD = dist;
    }
  }
  return best;
}
