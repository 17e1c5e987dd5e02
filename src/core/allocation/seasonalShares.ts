import { divError, isKpiError, show, valueError, type Result } from "../errors";
import { yearShares } from "./yearShares";

/** Options of {@link seasonalShares}. */
export interface SeasonalSharesOptions {
  /** A year with an actual below 0: "leaveOut" (default) leaves it out like an incomplete year; "error" returns #VALUE! naming the cell. */
  negative?: "leaveOut" | "error";
}

/**
 * Each period's share of the year, averaged over the years of history: the seasonality to split a target by.
 *
 * A year's shares are its actuals ÷ its total ({@link yearShares}); a year with a period that has no data, with an
 * actual below 0, or whose actuals add up to 0 is left out of the average.
 *
 * @param history - past actuals, one row per year and one column per period (e.g. 12 months); null is a period with no data
 * @param options - `negative`: leave out a year with an actual below 0 (default) or return #VALUE! for it
 * @returns one share per period (fractions from 0 to 1 that add up to 1), or #VALUE! (no periods, rows of different
 *   length, a negative actual with `negative: "error"`) or #DIV/0! (no years, no usable year)
 *
 * @example
 * seasonalShares([[1, 1, 2], [1, 3, 4], [5, null, 5]])
 * // => [0.1875, 0.3125, 0.5] (the averages of 0.25 and 0.125, 0.25 and 0.375, 0.5 and 0.5; the third year is incomplete)
 */
export function seasonalShares(history: readonly (readonly (number | null)[])[], options: SeasonalSharesOptions = {}): Result<number[]> {
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
    if (options.negative === "error") {
      const p = year.findIndex((actual) => actual !== null && actual < 0);
      if (p >= 0) return valueError(`history: row ${y + 1}, column ${p + 1} is negative (${show(year[p] as number)})`);
    }
    const shared = yearShares(year);
    if (isKpiError(shared)) continue;
    for (let p = 0; p < periods; p++) shares[p] += shared.shares[p];
    usable++;
  }
  if (usable === 0) {
    return divError("history: no year is complete (no blank period) with actuals above 0, so there are no shares to split by");
  }
  for (let p = 0; p < periods; p++) shares[p] /= usable;
  return shares;
}
