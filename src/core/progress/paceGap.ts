import { numError, show, type Result } from "../errors";

/**
 * What is missing to be on plan today (还差多少): the share of the target that time has used up, less
 * what was achieved. Positive when behind pace, negative when ahead.
 *
 * @param target - the period's target, in money or units
 * @param actual - what was achieved so far, in the same unit
 * @param elapsed - the share of the period passed, a fraction from 0 to 1 (see `timeElapsed`)
 * @returns target × elapsed − actual, or #NUM! for an elapsed share outside 0 to 1
 *
 * @example
 * paceGap(12000, 4000, 0.5) // => 2000 (on plan would be 6,000 by mid-period)
 * paceGap(12000, 7000, 0.5) // => -1000 (1,000 ahead)
 */
export function paceGap(target: number, actual: number, elapsed: number): Result<number> {
  if (!(elapsed >= 0 && elapsed <= 1)) return numError(`elapsed: ${show(elapsed)} is not a fraction from 0 to 1`);
  return target * elapsed - actual;
}
