/**
 * Percentiles by nearest rank without sorting: reports ask for a few percentiles (50, 90, 95) of
 * millions of measured times, and selecting the k-th smallest value is linear where sorting is not.
 */

/**
 * The values at the given percentiles by nearest rank (the value at rank ⌈p/100 × n⌉, 1-based), or
 * null for each when there are none. `values` is reordered in place.
 *
 * @example
 * nearestRanks(Float64Array.of(5, 1, 4, 2, 3), [50, 90, 100])
 * //=> [3, 5, 5]
 */
export function nearestRanks(values: Float64Array, percentiles: readonly number[]): Array<number | null> {
  const n = values.length;
  if (n === 0) return percentiles.map(() => null);
  const ranks = percentiles.map((p) => Math.max(0, Math.ceil((p / 100) * n) - 1));
  // Select in increasing rank order: after the k-th is in place, everything after it is not
  // smaller, so the next selection only looks there.
  const order = ranks.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
  const out: Array<number | null> = new Array(percentiles.length);
  let from = 0;
  for (const i of order) {
    const k = Math.min(ranks[i]!, n - 1);
    select(values, from, n - 1, k);
    out[i] = values[k]!;
    from = k;
  }
  return out;
}

/** Rearranges values[lo..hi] so that values[k] is the value sorting would put there (quickselect). */
function select(values: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    // Median of three as the pivot: sorted or constant inputs stay linear.
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < values[lo]!) swap(values, mid, lo);
    if (values[hi]! < values[lo]!) swap(values, hi, lo);
    if (values[hi]! < values[mid]!) swap(values, hi, mid);
    const pivot = values[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    // Now values[lo..j] <= pivot <= values[i..hi], and values[j+1..i-1] equal the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a]!;
  values[a] = values[b]!;
  values[b] = t;
}
