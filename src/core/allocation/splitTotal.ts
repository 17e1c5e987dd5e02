import { divError, KpiError, numError, show, valueError, type Result } from "../errors";
import { kthSmallest, remainderCut, settleRemainder } from "./largestRemainder";

/** Options of {@link splitTotal}. */
export interface SplitTotalOptions {
  /** Decimal places of each allocation: a whole number from 0 to 10 (default 0). */
  decimals?: number;
  /** Least allocation per row, in the total's units (null: no minimum); same length as the weights. */
  minimums?: readonly (number | null)[] | null;
  /** Greatest allocation per row, in the total's units (null: no maximum); same length as the weights. */
  maximums?: readonly (number | null)[] | null;
}

const MAX_UNITS = Number.MAX_SAFE_INTEGER;
const MAX_DECIMALS = 10;
const SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
// A value within a few ulps of a grid point is on it: 0.1 + 0.2 is a total of 0.3, as Excel would show it.
const GRID_TOLERANCE = 2 ** -50;
// Weight sums outside this range are rescaled by the largest weight, so that total ÷ sum and every quota stay finite.
const SAFE_WEIGHT_SUM_LOW = 1e-200;
const SAFE_WEIGHT_SUM_HIGH = 1e200;

/**
 * Splits a total across rows in proportion to their weights, rounded so the parts add up to the total exactly.
 *
 * Rounding is by the largest-remainder method in whole units of 10^-decimals (ties go to the earlier row).
 * Minimums and maximums are met by water-filling: the rows that hit a bound keep it and the rest of the total
 * is shared among the others by weight; a row with weight 0 gets its minimum (or 0, clamped into its bounds).
 * Allocations take the sign of the total.
 *
 * @param total - the amount to split (any sign); must be a whole number of units at `decimals`
 * @param weights - one non-negative weight per row (any scale: 2 and 1 mean two thirds and one third); null is a blank row, which stays null and takes no share
 * @param options - `decimals`: decimal places of each allocation, 0 to 10 (default 0); `minimums` / `maximums`: per-row bounds in the total's units (null: none), rounded inward to the unit grid
 * @returns one allocation per row (null for blank rows), or #VALUE! (negative weight, bounds of the wrong length), #NUM! (bad decimals, a total off the unit grid, bounds that cannot hold the total) or #DIV/0! (no positive weight)
 *
 * @example
 * splitTotal(100, [1, 1, 1])
 * // => [34, 33, 33]
 * splitTotal(1000, [5, 3, 2, null], { minimums: [null, null, 300, null] })
 * // => [438, 262, 300, null]
 * splitTotal(10, [1, 2], { decimals: 2 })
 * // => [3.33, 6.67]
 */
export function splitTotal(
  total: number,
  weights: readonly (number | null)[],
  options: SplitTotalOptions = {},
): Result<(number | null)[]> {
  const decimals = options.decimals ?? 0;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    return numError(`decimals: must be a whole number from 0 to ${MAX_DECIMALS} (got ${show(decimals)})`);
  }
  const n = weights.length;
  const minimums = options.minimums ?? null;
  const maximums = options.maximums ?? null;
  if (minimums !== null && minimums.length !== n) {
    return valueError(`minimums: has ${minimums.length} rows but weights has ${n}`);
  }
  if (maximums !== null && maximums.length !== n) {
    return valueError(`maximums: has ${maximums.length} rows but weights has ${n}`);
  }
  const scale = SCALES[decimals];
  const units = totalUnits(total, decimals);
  if (units instanceof KpiError) return units;

  if (minimums !== null || maximums !== null) {
    const bounded = splitWithBounds(total, units, weights, minimums, maximums, decimals);
    if (bounded !== null) return bounded;
  }

  let weightSum = 0;
  let maxWeight = 0;
  let positive = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null) continue;
    if (w < 0) return negativeWeight(i, w);
    if (w > 0) {
      weightSum += w;
      positive++;
      if (w > maxWeight) maxWeight = w;
    }
  }
  if (positive === 0) {
    return divError(`weights: every weight is zero or blank, so nothing says how to split the total ${show(total)}`);
  }
  return splitByWeight(units, weights, weightSum, maxWeight, positive, scale);
}

function negativeWeight(index: number, weight: number): KpiError {
  return valueError(`weights: row ${index + 1} is negative (${show(weight)})`);
}

/** `value` in whole units of 1/scale, or null when it is not on that grid. */
function gridUnits(value: number, scale: number): number | null {
  const units = Math.round(value * scale);
  const back = units / scale;
  return back === value || Math.abs(back - value) <= Math.abs(value) * GRID_TOLERANCE ? units : null;
}

function totalUnits(total: number, decimals: number): Result<number> {
  if (Math.abs(total * SCALES[decimals]) > MAX_UNITS) {
    return numError(`total: ${show(total)} is too large to split exactly at decimals ${decimals}`);
  }
  const units = gridUnits(total, SCALES[decimals]);
  if (units !== null) return units;
  for (let d = decimals + 1; d <= MAX_DECIMALS && Math.abs(total * SCALES[d]) <= MAX_UNITS; d++) {
    if (gridUnits(total, SCALES[d]) !== null) {
      return numError(`total: ${show(total)} is not a whole number of units at decimals ${decimals}; use decimals ${d} or more`);
    }
  }
  return numError(
    `total: ${show(total)} is not a whole number of units at decimals ${decimals}, nor at any decimals up to ${MAX_DECIMALS}; round the total first`,
  );
}

/** The unbounded split: O(n) plus one quickselect over the remainders. */
function splitByWeight(
  units: number,
  weights: readonly (number | null)[],
  weightSum: number,
  maxWeight: number,
  positive: number,
  scale: number,
): (number | null)[] {
  const n = weights.length;
  const sign = units < 0 ? -1 : 1;
  const target = units * sign;
  const norm = weightSum > SAFE_WEIGHT_SUM_LOW && weightSum < SAFE_WEIGHT_SUM_HIGH ? 1 : maxWeight;
  let normSum = weightSum;
  if (norm !== 1) {
    normSum = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      if (w !== null && w > 0) normSum += w / norm;
    }
  }
  const perWeight = target / normSum;

  const remainders = new Float64Array(positive);
  let given = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null || w === 0) continue;
    const quota = norm === 1 ? w * perWeight : (w / norm) * perWeight;
    const floor = Math.floor(quota);
    given += floor;
    remainders[k++] = quota - floor;
  }
  const left = target - given;
  if (left < 0 || left > positive) return settleByWeight(weights, norm, perWeight, left, sign, scale);

  let threshold = Infinity;
  let ties = 0;
  if (left > 0) {
    const cut = remainderCut(remainders, left);
    threshold = cut.threshold;
    ties = cut.ties;
  }
  const out: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null) {
      out[i] = null;
      continue;
    }
    // Recomputing the quota gives bit-identical remainders to the first pass, without a per-row array.
    const quota = norm === 1 ? w * perWeight : (w / norm) * perWeight;
    let floor = Math.floor(quota);
    if (w > 0) {
      const remainder = quota - floor;
      if (remainder > threshold) floor++;
      else if (remainder === threshold && ties > 0) {
        floor++;
        ties--;
      }
    }
    out[i] = (sign * floor) / scale + 0;
  }
  return out;
}

/** The unbounded split when floating-point error left more units over than rows (huge totals): the general settling. */
function settleByWeight(
  weights: readonly (number | null)[],
  norm: number,
  perWeight: number,
  left: number,
  sign: number,
  scale: number,
): (number | null)[] {
  const n = weights.length;
  const floors = new Float64Array(n);
  const remainders = new Float64Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null || w === 0) continue;
    const quota = (w / norm) * perWeight;
    floors[i] = Math.floor(quota);
    remainders[i] = quota - floors[i];
  }
  settleRemainder(floors, remainders, left, null, null);
  const out: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = weights[i] === null ? null : (sign * floors[i]) / scale + 0;
  return out;
}

/** A bound in whole units, rounded inward (minimums up, maximums down) to the unit grid. */
function boundUnits(value: number, scale: number, roundUp: boolean): number {
  const units = gridUnits(value, scale);
  if (units !== null) return units;
  return roundUp ? Math.ceil(value * scale) : Math.floor(value * scale);
}

/**
 * The split with minimums and maximums, or null when no non-blank row has a bound (then the unbounded split applies).
 * Works in whole units; for a negative total it mirrors the problem (negated total, swapped bounds) and the result.
 */
function splitWithBounds(
  total: number,
  units: number,
  weights: readonly (number | null)[],
  minimums: readonly (number | null)[] | null,
  maximums: readonly (number | null)[] | null,
  decimals: number,
): Result<(number | null)[]> | null {
  const n = weights.length;
  const scale = SCALES[decimals];
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  let anyBound = false;
  let positive = 0;
  let weightSum = 0;
  let maxWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null) continue;
    if (w < 0) return negativeWeight(i, w);
    if (w > 0) {
      positive++;
      weightSum += w;
      if (w > maxWeight) maxWeight = w;
    }
    const min = minimums === null ? null : minimums[i];
    const max = maximums === null ? null : maximums[i];
    let lo = -Infinity;
    let hi = Infinity;
    if (min !== null) {
      anyBound = true;
      if (max !== null && min > max) {
        return numError(`minimums: row ${i + 1} (${show(min)}) is above its maximum (${show(max)})`);
      }
      lo = boundUnits(min, scale, true);
      if (lo > MAX_UNITS) return numError(`minimums: row ${i + 1} (${show(min)}) is too large to split exactly at decimals ${decimals}`);
      if (lo < -MAX_UNITS) lo = -Infinity;
    }
    if (max !== null) {
      anyBound = true;
      hi = boundUnits(max, scale, false);
      if (hi < -MAX_UNITS) return numError(`maximums: row ${i + 1} (${show(max)}) is too large to split exactly at decimals ${decimals}`);
      if (hi > MAX_UNITS) hi = Infinity;
    }
    if (lo > hi) {
      return numError(
        `minimums: row ${i + 1} (${show(min ?? 0)}) and its maximum (${show(max ?? 0)}) leave no multiple of ${show(1 / scale)} between them`,
      );
    }
    lower[i] = lo;
    upper[i] = hi;
  }
  if (!anyBound) return null;

  // What the rows get at λ = 0 (each clamp(0, min, max)), and the most and least they can reach by weight.
  let atZero = 0;
  let most = 0;
  let least = 0;
  let zeroCouldRise = 0;
  let zeroCouldFall = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null) continue;
    const fixed = clampZero(lower[i], upper[i]);
    atZero += fixed;
    if (w > 0) {
      most += upper[i];
      least += lower[i];
    } else {
      most += fixed;
      least += fixed;
      if (zeroCouldRise === 0 && upper[i] > fixed) zeroCouldRise = i + 1;
      if (zeroCouldFall === 0 && lower[i] < fixed) zeroCouldFall = i + 1;
    }
  }
  const inAll = (value: number): string => show(value / scale);
  if (units >= 0 && atZero > units) {
    return numError(`minimums: the rows must get at least ${inAll(atZero)} in all, more than the total ${show(total)}`);
  }
  if (units < 0 && atZero < units) {
    return numError(`maximums: the rows must get at most ${inAll(atZero)} in all, less than the total ${show(total)}`);
  }
  if (positive === 0) {
    if (atZero === units) return fixedAllocations(weights, lower, upper, scale);
    return divError(
      `weights: every weight is zero or blank, and the bounds settle only ${inAll(atZero)} of the total ${show(total)}`,
    );
  }
  const zeroWeightNote = (row: number, more: boolean): string =>
    row === 0 ? "" : `; only rows with weight 0 could take ${more ? "more" : "less"} (row ${row}), and a weight of 0 takes no share`;
  if (most < units) {
    return numError(
      `maximums: the rows can get at most ${inAll(most)} in all, less than the total ${show(total)}${zeroWeightNote(zeroCouldRise, true)}`,
    );
  }
  if (least > units) {
    return numError(
      `minimums: the rows must get at least ${inAll(least)} in all, more than the total ${show(total)}${zeroWeightNote(zeroCouldFall, false)}`,
    );
  }

  const sign = units < 0 ? -1 : 1;
  if (sign < 0) {
    for (let i = 0; i < n; i++) {
      const lo = lower[i];
      lower[i] = -upper[i];
      upper[i] = -lo;
    }
  }
  const norm = weightSum > SAFE_WEIGHT_SUM_LOW && weightSum < SAFE_WEIGHT_SUM_HIGH ? 1 : maxWeight;
  const floors = waterFill(units * sign, weights, norm, lower, upper);
  if (floors === null) {
    return numError(`minimums: the bounds cannot hold the total ${show(total)} exactly at decimals ${decimals}`);
  }
  const out: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = weights[i] === null ? null : (sign * floors[i]) / scale + 0;
  return out;
}

function clampZero(lo: number, hi: number): number {
  return lo > 0 ? lo : hi < 0 ? hi : 0;
}

function fixedAllocations(
  weights: readonly (number | null)[],
  lower: Float64Array,
  upper: Float64Array,
  scale: number,
): (number | null)[] {
  const out: (number | null)[] = new Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i] === null ? null : clampZero(lower[i], upper[i]) / scale + 0;
  return out;
}

/**
 * The water level λ >= 0 at which the rows with a weight add up to `rest`: Σ clamp(λ·share_i, lower_i, upper_i).
 * Found exactly, without sorting, in expected O(n) (see waterFill).
 */
function waterLevel(
  rest: number,
  positive: number,
  weights: readonly (number | null)[],
  norm: number,
  lower: Float64Array,
  upper: Float64Array,
): number {
  const n = weights.length;
  // Each row with a weight follows λ·share between its breakpoints (where it leaves its minimum and reaches its
  // maximum) and sits at a bound outside them. A row is settled once no breakpoint of it lies inside (below, above):
  // then it adds a constant (`fixed`) or λ·share (`slope`) on the whole bracket.
  const share = new Float64Array(positive);
  const lo = new Float64Array(positive);
  const hi = new Float64Array(positive);
  const leaves = new Float64Array(positive);
  const reaches = new Float64Array(positive);
  let open = 0;
  let fixed = 0;
  let slope = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null || w === 0) continue;
    const v = w / norm || Number.MIN_VALUE;
    if (upper[i] <= 0) fixed += upper[i];
    else if (lower[i] <= 0 && upper[i] === Infinity) slope += v;
    else {
      share[open] = v;
      lo[open] = lower[i];
      hi[open] = upper[i];
      leaves[open] = lower[i] > 0 ? lower[i] / v : 0;
      reaches[open] = upper[i] === Infinity ? Infinity : upper[i] / v;
      open++;
    }
  }

  // Invariant: sum(below) < rest <= sum(above). Each step tests the median open breakpoint, halving them.
  let below = 0;
  let above = Infinity;
  const inside = new Float64Array(2 * open);
  while (open > 0) {
    let count = 0;
    for (let j = 0; j < open; j++) {
      if (leaves[j] > below && leaves[j] < above) inside[count++] = leaves[j];
      if (reaches[j] > below && reaches[j] < above) inside[count++] = reaches[j];
    }
    if (count > 0) {
      const pivot = kthSmallest(inside.subarray(0, count), count >> 1);
      let sum = fixed + (slope > 0 ? slope * pivot : 0);
      for (let j = 0; j < open; j++) {
        sum += pivot <= leaves[j] ? lo[j] : pivot >= reaches[j] ? hi[j] : pivot * share[j];
      }
      if (sum >= rest) above = pivot;
      else below = pivot;
    }
    let kept = 0;
    for (let j = 0; j < open; j++) {
      const leave = leaves[j];
      const reach = reaches[j];
      if ((leave > below && leave < above) || (reach > below && reach < above)) {
        share[kept] = share[j];
        lo[kept] = lo[j];
        hi[kept] = hi[j];
        leaves[kept] = leave;
        reaches[kept++] = reach;
      } else if (reach <= below) fixed += hi[j];
      else if (leave >= above) fixed += lo[j];
      else slope += share[j];
    }
    open = kept;
  }
  let lambda = slope > 0 ? (rest - fixed) / slope : above === Infinity ? below : above;
  if (lambda < below) lambda = below;
  if (lambda > above) lambda = above;
  if (!(lambda >= 0)) lambda = 0;
  if (lambda === Infinity) lambda = Number.MAX_VALUE;

  return lambda;
}

/**
 * Water-filling for a total of `target` >= 0 units: finds λ >= 0 with Σ clamp(λ·w_i, lower_i, upper_i) = target,
 * then rounds by largest remainder within the bounds. λ is found exactly, without sorting, in expected O(n): a binary
 * search over the breakpoints (the λ where a row leaves or reaches a bound; quickselect picks the median, and rows
 * with no breakpoint left in the bracket drop out) brackets λ between two neighbouring breakpoints, where the sum
 * is linear in λ and solves in closed form.
 * Returns each row's whole units, or null if they could not meet the total within the bounds.
 */
function waterFill(
  target: number,
  weights: readonly (number | null)[],
  norm: number,
  lower: Float64Array,
  upper: Float64Array,
): Float64Array | null {
  const n = weights.length;
  const floors = new Float64Array(n);
  const remainders = new Float64Array(n).fill(-1);
  // Zero-weight rows are fixed at clamp(0, min, max); the rows with a weight share the rest.
  let rest = target;
  let positive = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null) continue;
    if (w > 0) positive++;
    else {
      floors[i] = clampZero(lower[i], upper[i]);
      rest -= floors[i];
    }
  }
  const lambda = waterLevel(rest, positive, weights, norm, lower, upper);

  let given = 0;
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null || w === 0) continue;
    const raw = lambda * (w / norm || Number.MIN_VALUE);
    const x = raw < lower[i] ? lower[i] : raw > upper[i] ? upper[i] : raw;
    const floor = Math.floor(x);
    floors[i] = floor;
    remainders[i] = x - floor;
    given += floor;
    if (floor < upper[i]) candidates++;
  }
  const left = rest - given;
  if (left > 0 && left <= candidates) {
    const pool = new Float64Array(candidates);
    let k = 0;
    for (let i = 0; i < n; i++) if (remainders[i] >= 0 && floors[i] < upper[i]) pool[k++] = remainders[i];
    const cut = remainderCut(pool, left);
    const threshold = cut.threshold;
    let ties = cut.ties;
    for (let i = 0; i < n; i++) {
      if (!(remainders[i] >= 0) || floors[i] >= upper[i]) continue;
      if (remainders[i] > threshold) floors[i]++;
      else if (remainders[i] === threshold && ties > 0) {
        floors[i]++;
        ties--;
      }
    }
  } else if (left !== 0 && !settleRemainder(floors, remainders, left, lower, upper)) {
    return null;
  }

  // Guard the promise: exact total, every row within its bounds, nothing but finite numbers.
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (weights[i] === null) continue;
    const x = floors[i];
    if (!Number.isFinite(x) || x < lower[i] || x > upper[i]) return null;
    sum += x;
  }
  return sum === target ? floors : null;
}
