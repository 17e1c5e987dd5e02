import { serialToDate } from "../text/parseDate";

/**
 * Whole months from a start date to a day, as DATEDIF(start, day, "m") counts them: a month is complete
 * when the day of the month is reached again (31 Jan to 28 Feb is 0 months, to 3 Mar is 1). Null when
 * there is no start date or it is after the day (not yet in the role).
 *
 * @param start - the first day in the role, as a date serial; null when unknown
 * @param day - the day tenure is counted to, as a date serial
 * @returns the complete months, or null
 *
 * @example
 * tenureMonths(46037, 46217) // => 5 (2026-01-15 to 2026-07-14)
 */
export function tenureMonths(start: number | null, day: number): number | null {
  if (start === null || start > day) return null;
  const a = serialToDate(start);
  const b = serialToDate(day);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

/**
 * Whether a person is a newcomer: in the role for fewer than `months` complete months on the day.
 *
 * @param start - the first day in the role, as a date serial; null when unknown (never a newcomer)
 * @param day - the day tenure is counted to
 * @param months - the newcomer limit, in whole months
 *
 * @example
 * isNewcomer(46037, 46217, 6) // => true (5 months)
 */
export function isNewcomer(start: number | null, day: number, months: number): boolean {
  const tenure = tenureMonths(start, day);
  return tenure !== null && tenure < months;
}
