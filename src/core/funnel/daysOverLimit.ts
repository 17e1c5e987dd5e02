import { isKpiError, numError, show, type Result } from "../errors";
import { daysInStage } from "./daysInStage";

/**
 * How far past its stage's limit a deal is on a given day: days in stage − the limit. Above 0, the deal
 * is stuck; 0 or below, it is within the limit.
 *
 * @param since - the day the deal entered its stage, as a date serial
 * @param asOf - the day to count to, as a date serial
 * @param maxDays - the days a deal may stay in the stage; not negative
 * @returns the days over the limit, negative when within it; `#NUM!` naming a negative limit or a deal
 *   that entered after `asOf`
 *
 * @example
 * daysOverLimit(46122, 46203, 30)
 * // => 51
 */
export function daysOverLimit(since: number, asOf: number, maxDays: number): Result<number> {
  if (maxDays < 0) return numError(`maxDays: must not be negative (${show(maxDays)})`);
  const days = daysInStage(since, asOf);
  return isKpiError(days) ? days : days - maxDays;
}
