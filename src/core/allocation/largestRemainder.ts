/**
 * The rounding step shared by the target splits: which rows get one more unit so that rounded
 * allocations add up to the total exactly (the largest-remainder, or Hamilton, method).
 * Everything here works in whole units of 10^-decimals.
 */

/** Where the extra units go: every row whose remainder is above `threshold`, then the first `ties` rows whose remainder equals it. */
export interface RemainderCut {
  readonly threshold: number;
  readonly ties: number;
}

/**
 * Finds the cut that hands one extra unit to the `count` rows with the largest remainders, ties to the earlier row.
 *
 * @param remainders - the fractional parts (0 <= r < 1) of the rows that may take a unit, in any order; may be reordered in place
 * @param count - how many units to hand out: a whole number from 1 to remainders.length
 * @returns the remainder at the cut and how many rows exactly at it still take a unit
 *
 * @example
 * remainderCut(Float64Array.of(0.5, 0.25, 0.5), 1)
 * // => { threshold: 0.5, ties: 1 } (the first row with 0.5 gets the unit)
 */
export function remainderCut(remainders: Float64Array, count: number): RemainderCut {
  if (remainders.length < HISTOGRAM_FROM) {
    const threshold = kthSmallest(remainders, remainders.length - count);
    return { threshold, ties: count - countAbove(remainders, threshold) };
  }
  // Remainders lie in [0, 1): a histogram finds the bucket holding the cut in two linear passes,
  // so quickselect only runs on that bucket (a handful of values unless many remainders coincide).
  const buckets = new Uint32Array(BUCKETS);
  for (let i = 0; i < remainders.length; i++) buckets[bucketOf(remainders[i])]++;
  let above = 0;
  let cutBucket = BUCKETS - 1;
  while (above + buckets[cutBucket] < count) above += buckets[cutBucket--];
  const inBucket = new Float64Array(buckets[cutBucket]);
  let k = 0;
  for (let i = 0; i < remainders.length; i++) if (bucketOf(remainders[i]) === cutBucket) inBucket[k++] = remainders[i];
  const threshold = kthSmallest(inBucket, inBucket.length - (count - above));
  return { threshold, ties: count - above - countAbove(inBucket, threshold) };
}

const HISTOGRAM_FROM = 4096;
const BUCKETS = 65536;

function bucketOf(remainder: number): number {
  const bucket = Math.floor(remainder * BUCKETS);
  return bucket < 0 ? 0 : bucket >= BUCKETS ? BUCKETS - 1 : bucket;
}

function countAbove(values: Float64Array, threshold: number): number {
  let above = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > threshold) above++;
  return above;
}

/**
 * The k-th smallest value (0-based) of `values`, by quickselect with a three-way partition (expected O(n)).
 *
 * @param values - the values to search; reordered in place
 * @param k - a whole number from 0 to values.length - 1
 *
 * @example
 * kthSmallest(Float64Array.of(0.3, 0.1, 0.2), 1) // => 0.2
 */
export function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  // A fixed-seed xorshift picks the pivot samples: sorted or patterned remainders stay O(n), and results stay deterministic.
  let seed = 0x9e3779b9 | 0;
  while (hi > lo) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const span = hi - lo + 1;
    const x = values[lo + ((seed >>> 0) % span)];
    const y = values[lo + ((seed >>> 7) % span)];
    const z = values[lo + ((seed >>> 14) % span)];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const v = values[i];
      if (v < pivot) {
        values[i] = values[lt];
        values[lt] = v;
        lt++;
        i++;
      } else if (v > pivot) {
        values[i] = values[gt];
        values[gt] = v;
        gt--;
      } else {
        i++;
      }
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  return values[k];
}

/**
 * Moves `left` units (positive: add, negative: take away) between rows so the floors reach their total,
 * keeping each row within [lower, upper]; adds to the largest remainders first and takes from the smallest.
 * This is the slow, general path, used only when floating-point error leaves more units over than rows.
 *
 * @param floors - each row's allocation in whole units; updated in place
 * @param remainders - each row's fractional part; a negative value marks a row that takes no share
 * @param left - units still to hand out (negative: units to take back)
 * @param lower - each row's least allocation in units, or null for 0
 * @param upper - each row's greatest allocation in units, or null for no limit
 * @returns whether every unit found a row (false only for bounds that cannot hold the total)
 *
 * @example
 * const floors = Float64Array.of(0, 0); settleRemainder(floors, Float64Array.of(0.2, 0.7), 3, null, null) // => true
 * floors // => Float64Array [1, 2]
 */
export function settleRemainder(
  floors: Float64Array,
  remainders: Float64Array,
  left: number,
  lower: Float64Array | null,
  upper: Float64Array | null,
): boolean {
  const n = floors.length;
  if (!Number.isFinite(left)) return false;
  while (left !== 0) {
    const up = left > 0;
    const rows: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!(remainders[i] >= 0)) continue;
      const movable = up ? floors[i] < (upper === null ? Infinity : upper[i]) : floors[i] > (lower === null ? 0 : lower[i]);
      if (movable) rows.push(i);
    }
    if (rows.length === 0) return false;
    rows.sort(up ? (a, b) => remainders[b] - remainders[a] || a - b : (a, b) => remainders[a] - remainders[b] || b - a);
    const step = Math.max(1, Math.floor(Math.abs(left) / rows.length));
    for (const i of rows) {
      if (left === 0) break;
      const room = up ? (upper === null ? Infinity : upper[i]) - floors[i] : floors[i] - (lower === null ? 0 : lower[i]);
      const moved = Math.min(step, room, Math.abs(left));
      floors[i] += up ? moved : -moved;
      left -= up ? moved : -moved;
    }
  }
  return true;
}
