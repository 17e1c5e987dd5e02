import { isWeekday, weekStart } from "../calendar";
import { show, valueError, type Result } from "../errors";

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

export { weekStart };
