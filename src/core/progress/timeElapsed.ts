import { divError, isKpiError, show, valueError, type Result } from "../errors";
import { countDays, type DayCount } from "./countDays";

/**
 * The share of a period's days that has passed by a date (时间进度): the days from the period's start
 * to `asOf` (included) over the period's days, counted as calendar days or, when asked, as working days
 * (Monday to Friday less holidays). 0 before the period, 1 from its last day on.
 *
 * @param periodStart - the period's first day, an Excel date serial
 * @param periodEnd - the period's last day, an Excel date serial, not before `periodStart`
 * @param asOf - the day the progress is measured on (its sales count as done), an Excel date serial
 * @param options - `workingDays` (default false) and `holidays` (date serials)
 * @returns a fraction from 0 to 1 (0.5 = half the period), #VALUE! for a date that is not a whole
 *   number or a period that ends before it starts, #DIV/0! for a period without a working day
 *
 * @example
 * timeElapsed(46023, 46053, 46037) // => 0.4838709677419355 (15 of January's 31 days, to 2026-01-15)
 * timeElapsed(46023, 46053, 46037, { workingDays: true }) // => 0.5 (11 of 22 weekdays)
 */
export function timeElapsed(periodStart: number, periodEnd: number, asOf: number, options: DayCount = {}): Result<number> {
  if (!Number.isInteger(asOf)) return valueError(`asOf: ${show(asOf)} is not a date`);
  if (periodEnd < periodStart) return valueError(`periodEnd: ends before the period starts (${show(periodEnd)} < ${show(periodStart)})`);
  const total = countDays(periodStart, periodEnd, options);
  if (isKpiError(total)) return total;
  if (total === 0) return divError("the period has no working day");
  const elapsed = countDays(periodStart, Math.min(asOf, periodEnd), options);
  if (isKpiError(elapsed)) return elapsed;
  return elapsed / total;
}
