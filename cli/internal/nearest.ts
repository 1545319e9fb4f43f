/**
 * Edit distance with swapped neighbours counted as one edit (optimal string alignment), since
 * `sacn` for `scan` is one slip of the fingers, not two.
 */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The name closest to what was typed, for "did you mean …?", or undefined when none is
 * close: within a third of the longer word's length, at least 1, so `verfy-log` finds
 * `verify-log` but `frobnicate` finds nothing.
 *
 * @example nearestName('verfy-log', ['scan', 'verify-log']) // 'verify-log'
 */
export function nearestName(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    const limit = Math.max(1, Math.floor(Math.max(typed.length, name.length) / 3));
    if (distance <= limit && distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
