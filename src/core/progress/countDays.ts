import { isWeekday } from "../calendar";
import { numError, show, valueError, type Result } from "../errors";

/** How days are counted: every calendar day, or working days (Monday to Friday) less the holidays. */
export interface DayCount {
  /** Count only Monday to Friday (default false: every calendar day). */
  workingDays?: boolean;
  /** Dates (Excel serials) that are not working days; read only when `workingDays` is true. */
  holidays?: readonly number[];
}

/**
 * The days from `start` to `end`, both included, as NETWORKDAYS counts them for working days
 * (Monday to Friday, a holiday counted once however often listed) or as end − start + 1 for calendar
 * days; 0 when `end` is before `start`.
 *
 * @param start - the first day, an Excel date serial (a whole number)
 * @param end - the last day, an Excel date serial
 * @param options - `workingDays` and `holidays` (date serials)
 * @returns the number of days, or #VALUE! for a date that is not a whole number
 *
 * @example
 * countDays(46023, 46053) // => 31 (2026-01-01 to 2026-01-31)
 * countDays(46023, 46053, { workingDays: true, holidays: [46023] }) // => 21 (22 weekdays less New Year's Day)
 */
export function countDays(start: number, end: number, options: DayCount = {}): Result<number> {
  for (const [name, value] of [["start", start], ["end", end]] as const) {
    if (!Number.isInteger(value)) return valueError(`${name}: ${show(value)} is not a date`);
  }
  if (end < start) return 0;
  if (!options.workingDays) return end - start + 1;
  const holidays = options.holidays ?? [];
  const bad = holidays.find((h) => !Number.isInteger(h));
  if (bad !== undefined) return valueError(`holidays: ${show(bad)} is not a date`);
  if (end - start > 366 * 100) return numError(`end: a span of ${show(end - start + 1)} days is too long to count`);
  // Whole weeks hold five working days each; the days left over are looked at one by one.
  const days = end - start + 1;
  let count = Math.floor(days / 7) * 5;
  for (let d = start + Math.floor(days / 7) * 7; d <= end; d++) if (isWeekday(d)) count++;
  for (const h of new Set(holidays)) if (h >= start && h <= end && isWeekday(h)) count--;
  return count;
}
