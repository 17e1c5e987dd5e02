import { divError, naError, show, valueError, type Result } from "../errors";

/** One year's actuals as seasonality: their total and each period's share of it. */
export interface YearShares {
  /** The actuals added up in order, as a chain of + gives it (Infinity when they overflow; the shares stay exact). */
  readonly total: number;
  /** Each period's actual ÷ the total: fractions from 0 to 1 that add up to 1. */
  readonly shares: number[];
}

/**
 * Each period's share of one year's actuals: the seasonality that year shows.
 *
 * @param actuals - one actual per period (e.g. 12 months) in order, in any unit; null is a period with no data
 * @returns the total and the shares, or #N/A (a period has no data, so the year is incomplete), #VALUE! (no
 *   periods, an actual below 0) or #DIV/0! (the actuals add up to 0)
 *
 * @example
 * yearShares([10, 30, 60])
 * // => { total: 100, shares: [0.1, 0.3, 0.6] }
 */
export function yearShares(actuals: readonly (number | null)[]): Result<YearShares> {
  if (actuals.length === 0) return valueError("actuals: has no periods");
  const blank = actuals.indexOf(null);
  if (blank >= 0) return naError(`actuals: period ${blank + 1} has no data, so the year is incomplete`);
  const values = actuals as readonly number[];
  let total = 0;
  let largest = 0;
  for (let p = 0; p < values.length; p++) {
    if (values[p] < 0) return valueError(`actuals: period ${p + 1} is below 0 (${show(values[p])})`);
    total += values[p];
    if (values[p] > largest) largest = values[p];
  }
  if (largest === 0) return divError("actuals: add up to 0, so they have no shares");
  if (total < Infinity && total > 1e-300) return { total, shares: values.map((a) => a / total) };
  // Actuals whose total overflows (or underflows): scale by the year's largest actual first.
  let scaledTotal = 0;
  for (const a of values) scaledTotal += a / largest;
  return { total, shares: values.map((a) => a / largest / scaledTotal) };
}
