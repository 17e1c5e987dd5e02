import { serialToDate } from "../text/parseDate";

/**
 * The same day a number of months earlier or later, as EDATE gives it: a day past the target month's
 * end becomes its last day (31 March less one month is 28 February; 29 February 2028 less a year is
 * 28 February 2027).
 *
 * @param serial - a date serial
 * @param months - whole months to move: negative for earlier
 * @returns the date serial moved
 *
 * @example
 * shiftMonths(46112, -1) // => 46081 (2026-03-31 → 2026-02-28)
 */
export function shiftMonths(serial: number, months: number): number {
  const { year, month, day } = serialToDate(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(day, last)) / 86_400_000 + 25_569;
}
