import { show, valueError, type Result } from "../errors";

/** Monday to Friday, for Excel date serials (serial 7, 1900-01-07, is a Saturday, so serial % 7 is 0 on Saturdays). */
function isWeekday(serial: number): boolean {
  const weekday = ((serial % 7) + 7) % 7; // 0 Saturday, 1 Sunday, 2 Monday … 6 Friday
  return weekday >= 2;
}

/**
 * The working days from one date to another, both included: Monday to Friday less the holidays, as
 * NETWORKDAYS counts them, in order.
 *
 * @param start - the first day (an Excel date serial)
 * @param end - the last day; before `start`, the list is empty
 * @param holidays - days off (serials); a holiday on a weekend changes nothing
 * @returns the serials of the working days, or #VALUE! for a date that is not a whole number
 *
 * @example
 * workingDayList(46328, 46334) // => [46328, 46329, 46330, 46331, 46332] (Mon 2026-11-02 to Sun 11-08)
 */
export function workingDayList(start: number, end: number, holidays: readonly number[] = []): Result<number[]> {
  for (const [name, value] of [["start", start], ["end", end]] as const) {
    if (!Number.isInteger(value)) return valueError(`${name}: ${show(value)} is not a date`);
  }
  const off = new Set(holidays);
  const days: number[] = [];
  for (let d = start; d <= end; d++) if (isWeekday(d) && !off.has(d)) days.push(d);
  return days;
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
