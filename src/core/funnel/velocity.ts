import { divError, numError, show, type Result } from "../errors";

/**
 * Sales velocity: the revenue the pipeline produces per day.
 *
 * opportunities × winRate × dealSize ÷ cycleDays.
 *
 * @param opportunities - open opportunities in the pipeline (a count); not negative.
 * @param winRate - the share of opportunities that are won, as a fraction (25% = 0.25); 0 to 1.
 * @param dealSize - the average revenue of one won deal, in currency; not negative.
 * @param cycleDays - the average sales cycle, in days; above 0.
 * @returns revenue per day, in the currency of `dealSize`; `#NUM!` naming a negative or out-of-range
 *   argument, `#DIV/0!` when `cycleDays` is 0.
 *
 * @example
 * velocity(40, 0.25, 25000, 90)
 * // => 2777.777777777778
 */
export function velocity(opportunities: number, winRate: number, dealSize: number, cycleDays: number): Result<number> {
  if (opportunities < 0) return numError(`opportunities: must not be negative (${show(opportunities)})`);
  if (winRate < 0) return numError(`winRate: must not be negative (${show(winRate)})`);
  if (winRate > 1) {
    return numError(`winRate: ${show(winRate)} is above 1; it is a fraction (write 25% or 0.25)`);
  }
  if (dealSize < 0) return numError(`dealSize: must not be negative (${show(dealSize)})`);
  if (cycleDays < 0) return numError(`cycleDays: must not be negative (${show(cycleDays)})`);
  if (cycleDays === 0) return divError("cycleDays: is 0; a sales cycle takes at least part of a day");
  const perDay = (opportunities * winRate * dealSize) / cycleDays;
  if (!Number.isFinite(perDay)) return numError("cycleDays: the revenue per day is too large to compute");
  return perDay;
}
