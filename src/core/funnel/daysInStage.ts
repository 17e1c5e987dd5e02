import { numError, show, type Result } from "../errors";

/**
 * How long a deal has been in its current stage on a given day: as-of date − the day it entered.
 *
 * @param since - the day the deal entered its stage, as a date serial
 * @param asOf - the day to count to, as a date serial
 * @returns whole or fractional days (0 on the day it entered); `#NUM!` when it entered after `asOf`
 *
 * @example
 * daysInStage(46122, 46203)
 * // => 81
 */
export function daysInStage(since: number, asOf: number): Result<number> {
  if (since > asOf) return numError(`since: ${show(since)} is after the as-of date ${show(asOf)}`);
  return asOf - since;
}
