import { isKpiError, naError, type KpiError, type Result } from "../errors";

/**
 * The weakest stage of a funnel: the stage after the first with the lowest step conversion, as
 * `INDEX(stages, MATCH(MIN(steps), steps, 0))` picks it, so the first of equally weak stages. Steps that
 * are blank or an error (nobody reached the stage before) are passed over, as MIN passes over them.
 *
 * @param steps - the step conversion into each stage, as fractions, top of the funnel first (the first
 *   stage's own step, always 1, is not compared); `null` or an error for a blank step
 * @returns the index of the weakest stage in `steps`; `#N/A` when no stage after the first has a step
 *
 * @example
 * weakestStage([1, 0.8, 0.75, 1, 2 / 3])
 * // => 4
 * weakestStage([1, null, null])
 * // => KpiError #N/A "steps: no stage after the first has a step conversion"
 */
export function weakestStage(steps: readonly (number | KpiError | null)[]): Result<number> {
  let weakest = -1;
  let lowest = Infinity;
  for (let s = 1; s < steps.length; s++) {
    const step = steps[s];
    if (step === null || isKpiError(step)) continue;
    if (weakest < 0 || step < lowest) {
      weakest = s;
      lowest = step;
    }
  }
  return weakest < 0 ? naError("steps: no stage after the first has a step conversion") : weakest;
}
