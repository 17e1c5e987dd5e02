import { isKpiError, type Result } from "../errors";
import { seasonalShares } from "./seasonalShares";
import { splitTotal } from "./splitTotal";

/** Options of {@link seasonalSplit}. */
export interface SeasonalSplitOptions {
  /** Decimal places of each period's target: a whole number from 0 to 10 (default 0). */
  decimals?: number;
}

/**
 * Splits an annual total across periods by the seasonality of past actuals, rounded to add up to the total exactly.
 *
 * Each period's share is its share of the year, averaged over the usable years ({@link seasonalShares}); the total
 * is then split by those shares with {@link splitTotal} (largest remainder, ties to the earlier period). A year with a
 * blank period is incomplete and left out, and so is a year that sums to 0.
 *
 * @param total - the amount to split (any sign); must be a whole number of units at `decimals`
 * @param history - past actuals, one row per year and one column per period (e.g. 12 months); null is a blank cell
 * @param options - `decimals`: decimal places of each period's target, 0 to 10 (default 0)
 * @returns one target per period, or #VALUE! (rows of different length, a negative actual), #DIV/0! (no usable year) or #NUM! (as splitTotal)
 *
 * @example
 * seasonalSplit(1000, [[10, 30, 60], [20, 20, 60]])
 * // => [150, 250, 600] (shares 0.15, 0.25, 0.6)
 */
export function seasonalSplit(
  total: number,
  history: readonly (readonly (number | null)[])[],
  options: SeasonalSplitOptions = {},
): Result<number[]> {
  const shares = seasonalShares(history, { negative: "error" });
  if (isKpiError(shares)) return shares;

  // Shares are non-negative and some are positive, so splitTotal can only object to `total` or `decimals`.
  return splitTotal(total, shares, { decimals: options.decimals }) as Result<number[]>;
}
