import { divError, numError, show, type Result } from "../errors";

/**
 * Where the period ends if sales go on at the pace so far: actual over the share of the period passed.
 *
 * @param actual - what was achieved so far
 * @param elapsed - the share of the period passed, a fraction above 0 and at most 1 (see `timeElapsed`)
 * @returns actual ÷ elapsed, #DIV/0! when no time has passed, #NUM! for a share outside 0 to 1
 *
 * @example
 * runRateForecast(4000, 0.25) // => 16000
 * runRateForecast(4000, 1) // => 4000 (at the period's end the forecast is the actual)
 */
export function runRateForecast(actual: number, elapsed: number): Result<number> {
  if (!(elapsed >= 0 && elapsed <= 1)) return numError(`elapsed: ${show(elapsed)} is not a fraction from 0 to 1`);
  if (elapsed === 0) return divError("elapsed is 0: no time has passed to take a pace from");
  return actual / elapsed;
}
