import type { Result } from "../errors";
import { workingDayList } from "./workingDayList";

/**
 * The working days of a stretch on which a person was in the role: from the later of the stretch's
 * first day and their start date to the earlier of its last day and their end date, Monday to Friday
 * less the holidays, as NETWORKDAYS(MAX(first, start), MIN(last, end)) counts them (0 when that span
 * is empty). A quota for the stretch asks for these days only, so a joiner or a leaver is not asked for
 * days they were not there.
 *
 * @param first - the stretch's first day (a date serial)
 * @param last - its last day
 * @param role - the first and last day in the role; null for either when not known (in the role since before, or still)
 * @param holidays - days off (serials)
 * @returns the working days in the role, in order, or #VALUE! for a date that is not a whole number
 *
 * @example
 * daysInRole(46328, 46334, { start: 46331, end: null }) // => [46331, 46332] (the week of 2 November 2026; joined Thursday the 5th)
 */
export function daysInRole(first: number, last: number, role: { start: number | null; end: number | null }, holidays: readonly number[] = []): Result<number[]> {
  const from = role.start === null ? first : Math.max(first, role.start);
  const to = role.end === null ? last : Math.min(last, role.end);
  return workingDayList(from, to, holidays);
}
