import { dateSerial } from "../text/parseDate";

/**
 * Calendar facts on Excel date serials that more than one calculation needs: which days are weekdays,
 * where a week starts, where a month ends.
 */

/**
 * Whether a date serial falls on Monday to Friday (serial 7, 1900-01-07, is a Saturday, so serial % 7 is
 * 0 on Saturdays, as in Excel after 1900-02-28).
 *
 * @example
 * isWeekday(46328) // => true (Mon 2026-11-02)
 */
export function isWeekday(serial: number): boolean {
  const weekday = ((serial % 7) + 7) % 7; // 0 Saturday, 1 Sunday, 2 Monday … 6 Friday
  return weekday >= 2;
}

/**
 * The Monday of a date's week (weeks run Monday to Sunday, as WEEKDAY(date, 2) numbers them).
 *
 * @example
 * weekStart(46330) // => 46328 (Wed 2026-11-04 → Mon 2026-11-02)
 */
export function weekStart(serial: number): number {
  const weekday = ((serial % 7) + 7) % 7; // 0 Saturday … 6 Friday
  const sinceMonday = (weekday + 5) % 7; // Monday 0 … Sunday 6
  return serial - sinceMonday;
}

/**
 * The last day of a month, as EOMONTH gives it.
 *
 * @param year - four-digit year
 * @param month - 1 to 12
 *
 * @example
 * monthEnd(2025, 12) // => 46022 (2025-12-31)
 * monthEnd(2024, 2) // => 45351 (2024-02-29)
 */
export function monthEnd(year: number, month: number): number {
  return (dateSerial(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) as number) - 1;
}
