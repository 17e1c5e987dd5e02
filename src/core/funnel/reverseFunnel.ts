import { numError, show, type Result } from "../errors";

/**
 * Rounds up to a whole number, but treats a value within float noise of a whole number as that
 * number, so 14 / 0.4 (35.00000000000001) needs 35 deals, not 36. The tolerance is 12 significant
 * digits, the precision `show()` prints.
 */
function ceilWhole(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= Math.abs(value) * 1e-12 ? nearest : Math.ceil(value);
}

/**
 * How many deals each funnel stage needs so that the last stage reaches a target, top stage first.
 *
 * The wins needed are `target` (a number of deals), or `CEILING(target / dealSize)` when `dealSize`
 * is given (then `target` is revenue). Working upward, each stage needs the stage below it divided by
 * the conversion rate between them, rounded up to a whole deal.
 *
 * @param target - the wins needed (deals), or the revenue target when `dealSize` is given; not negative.
 *   A fractional number of wins is rounded up to a whole deal.
 * @param rates - step conversion rates as fractions (35% = 0.35), from the top stage down: `rates[0]`
 *   converts stage 1 into stage 2, and the last rate converts into wins; n − 1 rates for n stages.
 *   Each must be above 0 and at most 1.
 * @param options.dealSize - the average revenue of one won deal (same currency as `target`); above 0,
 *   or `null`/omitted when `target` already counts deals.
 * @returns `rates.length + 1` whole counts, top stage first, ending with the wins; `#NUM!` naming the
 *   argument (and row) that is out of range.
 *
 * @example
 * reverseFunnel(14, [0.1, 0.35, 0.5, 0.4])
 * // => [2000, 200, 70, 35, 14]
 * reverseFunnel(350000, [0.1, 0.35, 0.5, 0.4], { dealSize: 25000 })
 * // => [2000, 200, 70, 35, 14]
 */
export function reverseFunnel(
  target: number,
  rates: readonly number[],
  options: { dealSize?: number | null } = {},
): Result<number[]> {
  if (target < 0) return numError(`target: must not be negative (${show(target)})`);
  const dealSize = options.dealSize;
  const hasDealSize = dealSize !== null && dealSize !== undefined;
  if (hasDealSize && dealSize <= 0) {
    return numError(`dealSize: must be greater than 0 (${show(dealSize)})`);
  }
  const n = rates.length;
  for (let i = 0; i < n; i++) {
    const rate = rates[i];
    if (!(rate > 0 && rate <= 1)) {
      return numError(
        `rates: row ${i + 1} is ${show(rate)}; a conversion rate must be above 0 and at most 1 (write 35% or 0.35)`,
      );
    }
  }
  const wins = ceilWhole(hasDealSize ? target / dealSize : target);
  if (!Number.isFinite(wins)) {
    return numError(`dealSize: ${show(dealSize as number)} is too small for target ${show(target)}`);
  }
  const counts: number[] = new Array(n + 1);
  counts[n] = wins;
  for (let i = n - 1; i >= 0; i--) {
    const needed = ceilWhole(counts[i + 1] / rates[i]);
    if (!Number.isFinite(needed)) {
      return numError(`rates: row ${i + 1} (${show(rates[i])}) makes the stage above it too large to compute`);
    }
    counts[i] = needed;
  }
  return counts;
}
