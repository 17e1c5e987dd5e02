import { divError, numError, show, valueError, type Result } from "../errors";

/** Which way is good: "higher" for sales and wins, "lower" for cost, churn and complaints. */
export type Direction = "higher" | "lower";

/**
 * How far an actual reaches its target, as a fraction (1 = 100% of target).
 *
 * "higher": actual / target. "lower": 2 − actual / target, never below 0, so beating a cost target
 * by 10% scores 1.1 and overshooting it by 10% scores 0.9. A negative target is computed as given.
 *
 * @param actual - the result achieved, in the KPI's own unit
 * @param target - the target, in the same unit as `actual`; 0 gives #DIV/0!
 * @param direction - "higher" (default) when more is better, "lower" when less is better
 * @returns the achievement as a fraction (0.85 = 85%), or #DIV/0! for a zero target, #VALUE! for an
 *   unknown direction, #NUM! when the ratio is too large to represent
 *
 * @example
 * achievement(85, 100); // => 0.85
 * achievement(90, 100, "lower"); // => 1.1
 * achievement(250, 100, "lower"); // => 0
 */
export function achievement(actual: number, target: number, direction: Direction = "higher"): Result<number> {
  if (direction !== "higher" && direction !== "lower") {
    return valueError(`direction: "${String(direction)}" is not "higher" or "lower"`);
  }
  if (target === 0) return divError("target is 0");
  const ratio = actual / target;
  if (direction === "higher") {
    // `+ 0` turns -0 (0 actual over a negative target) into 0.
    if (ratio - ratio === 0) return ratio + 0;
  } else {
    if (ratio === Infinity) return 0;
    if (ratio - ratio === 0) {
      const lower = 2 - ratio;
      return lower > 0 ? lower : 0;
    }
  }
  return numError(`actual / target is too large to compute (actual ${show(actual)}, target ${show(target)})`);
}
