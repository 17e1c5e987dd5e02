import { show, valueError, type Result } from "../errors";

/** Working days in a week, for turning a weekly quota into a daily rate. */
export const WORKING_DAYS_PER_WEEK = 5;

/**
 * A quota for a stretch of working days: a daily quota times the days, a weekly quota spread over the
 * five working days of a week (a week with a holiday asks for less).
 *
 * @param quota - the quota, per day or per week
 * @param per - what the quota is for: "day" or "week"
 * @param workingDays - the working days of the stretch
 * @returns the quota to date, or #VALUE! for a negative quota or day count
 *
 * @example
 * quotaToDate(20, "day", 3) // => 60
 * quotaToDate(10, "week", 3) // => 6 (10 ÷ 5 × 3)
 */
export function quotaToDate(quota: number, per: "day" | "week", workingDays: number): Result<number> {
  if (!(quota >= 0)) return valueError(`quota: must not be negative (${show(quota)})`);
  if (!(workingDays >= 0)) return valueError(`workingDays: must not be negative (${show(workingDays)})`);
  return per === "day" ? quota * workingDays : (quota / WORKING_DAYS_PER_WEEK) * workingDays;
}
