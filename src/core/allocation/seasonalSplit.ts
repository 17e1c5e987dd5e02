import { divError, show, valueError, type Result } from "../errors";
import { splitTotal } from "./splitTotal";

/** Options of {@link seasonalSplit}. */
export interface SeasonalSplitOptions {
  /** Decimal places of each period's target: a whole number from 0 to 10 (default 0). */
  decimals?: number;
}

/**
 * Splits an annual total across periods by the seasonality of past actuals, rounded to add up to the total exactly.
 *
 * Each period's share is its share of the year, averaged over the usable years; the total is then split by those
 * shares with {@link splitTotal} (largest remainder, ties to the earlier period). A year with a blank period is
 * incomplete and left out, and so is a year that sums to 0.
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
  if (history.length === 0) return divError("history: has no years, so there are no shares to split by");
  const periods = history[0].length;
  if (periods === 0) return valueError("history: row 1 has no periods");
  const shares = new Array<number>(periods).fill(0);
  let usable = 0;
  for (let y = 0; y < history.length; y++) {
    const year = history[y];
    if (year.length !== periods) {
      return valueError(`history: row ${y + 1} has ${year.length} periods but row 1 has ${periods}`);
    }
    let sum = 0;
    let largest = 0;
    let complete = true;
    for (let p = 0; p < periods; p++) {
      const actual = year[p];
      if (actual === null) complete = false;
      else if (actual < 0) return valueError(`history: row ${y + 1}, column ${p + 1} is negative (${show(actual)})`);
      else {
        sum += actual;
        if (actual > largest) largest = actual;
      }
    }
    if (!complete || largest === 0) continue;
    if (sum < Infinity && sum > 1e-300) {
      for (let p = 0; p < periods; p++) shares[p] += (year[p] as number) / sum;
    } else {
      // Actuals whose sum overflows (or underflows): scale by the year's largest actual first.
      let scaledSum = 0;
      for (let p = 0; p < periods; p++) scaledSum += (year[p] as number) / largest;
      for (let p = 0; p < periods; p++) shares[p] += (year[p] as number) / largest / scaledSum;
    }
    usable++;
  }
  if (usable === 0) {
    return divError("history: no year is complete (no blank period) with actuals above 0, so there are no shares to split by");
  }
  for (let p = 0; p < periods; p++) shares[p] /= usable;

  // Shares are non-negative and some are positive, so splitTotal can only object to `total` or `decimals`.
  return splitTotal(total, shares, { decimals: options.decimals }) as Result<number[]>;
}
