import { divError, show, valueError, type Result } from "../errors";

/**
 * Activities for each deal: how many calls, visits and meetings a won deal (or a deal reaching a stage,
 * or an open deal's follow-ups) took.
 *
 * @param activities - the activities counted
 * @param deals - the deals they are set against
 * @returns activities ÷ deals; #DIV/0! when there is no deal, #VALUE! for a negative input
 *
 * @example
 * activitiesPerDeal(240, 8) // => 30
 * activitiesPerDeal(12, 0) // => #DIV/0!
 */
export function activitiesPerDeal(activities: number, deals: number): Result<number> {
  if (!(activities >= 0)) return valueError(`activities: must not be negative (${show(activities)})`);
  if (!(deals >= 0)) return valueError(`deals: must not be negative (${show(deals)})`);
  if (deals === 0) return divError("deals: there is no deal to set the activities against");
  return activities / deals;
}
