import { divError, numError, show, type Result } from "../errors";

/**
 * What must be achieved on each remaining day to reach the target: what is still missing (never below
 * 0, a target already met needs nothing) over the days left.
 *
 * @param target - the period's target
 * @param actual - what was achieved so far, in the same unit
 * @param daysLeft - the days after today to the period's end (calendar or working days), a whole number
 * @returns max(0, target − actual) ÷ daysLeft, #DIV/0! when no day is left, #NUM! for a negative or
 *   fractional number of days
 *
 * @example
 * neededPerDay(12000, 4000, 16) // => 500
 * neededPerDay(12000, 15000, 16) // => 0
 */
export function neededPerDay(target: number, actual: number, daysLeft: number): Result<number> {
  if (!Number.isInteger(daysLeft) || daysLeft < 0) return numError(`daysLeft: ${show(daysLeft)} is not a whole number of days`);
  if (daysLeft === 0) return divError("daysLeft is 0: the period is over");
  const missing = target - actual;
  return (missing > 0 ? missing : 0) / daysLeft;
}
