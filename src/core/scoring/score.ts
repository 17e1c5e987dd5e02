import { isKpiError, numError, show, type Result } from "../errors";
import { achievement, type Direction } from "./achievement";

/** Options of {@link score}. Threshold and cap are fractions of target (1.2 = 120%). */
export type ScoreOptions = {
  /** Achievement below this scores 0; default 0. */
  threshold?: number;
  /** Achievement above this counts as the cap; default none (null). */
  cap?: number | null;
  /** "higher" (default) or "lower"; see {@link achievement}. */
  direction?: Direction;
};

/**
 * The score of one KPI: its achievement, 0 below the threshold, and at most the cap.
 *
 * @param actual - the result achieved, in the KPI's own unit
 * @param target - the target, in the same unit as `actual`; 0 gives #DIV/0!
 * @param options - `threshold` (fraction, default 0): an achievement below it scores 0;
 *   `cap` (fraction, default none): the most an achievement can score; must not be below the threshold;
 *   `direction`: "higher" (default) or "lower", as in {@link achievement}
 * @returns the score as a fraction (0.85 = 85%), or #NUM! when the cap is below the threshold,
 *   or the error {@link achievement} gives
 *
 * @example
 * score(130, 100, { cap: 1.2 }); // => 1.2
 * score(70, 100, { threshold: 0.8 }); // => 0
 * score(95, 100, { threshold: 0.8, cap: 1.2 }); // => 0.95
 */
export function score(
  actual: number,
  target: number,
  options: ScoreOptions = {},
): Result<number> {
  const threshold = options.threshold ?? 0;
  const cap = options.cap ?? null;
  if (cap !== null && cap < threshold) {
    return numError(`cap ${show(cap)} is below threshold ${show(threshold)}`);
  }
  const reached = achievement(actual, target, options.direction ?? "higher");
  if (isKpiError(reached)) return reached;
  if (reached < threshold) return 0;
  return cap !== null && reached > cap ? cap : reached;
}
