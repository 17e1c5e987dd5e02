import { numError, show, type Result } from "../errors";
import { engineEqual } from "../numbers/spreadsheetArithmetic";

/**
 * Whether a completion is behind pace beyond the tolerance the threshold gives: completion below
 * elapsed × threshold, compared as a spreadsheet compares (a hair's difference is equal, not behind).
 *
 * @param completion - actual over target, a fraction (0.4 = 40%)
 * @param elapsed - the share of the period passed, a fraction from 0 to 1
 * @param threshold - how much of the time's pace counts as on pace (0.9: 90% of it), 0 or more
 * @returns true when behind, #NUM! for an elapsed share outside 0 to 1 or a negative threshold
 *
 * @example
 * behindPace(0.4, 0.5, 0.9) // => true (0.4 < 0.45)
 * behindPace(0.46, 0.5, 0.9) // => false
 */
export function behindPace(completion: number, elapsed: number, threshold: number): Result<boolean> {
  if (!(elapsed >= 0 && elapsed <= 1)) return numError(`elapsed: ${show(elapsed)} is not a fraction from 0 to 1`);
  if (!(threshold >= 0)) return numError(`threshold: ${show(threshold)} is negative`);
  const pace = elapsed * threshold;
  return completion < pace && !engineEqual(completion, pace);
}
