import { divError, numError, show, type Result } from "../errors";

/**
 * Pipeline coverage: how many times the open pipeline covers what is left of the target.
 *
 * pipeline ÷ (target − achieved), e.g. 3 means "3× coverage".
 *
 * @param pipeline - the value of open opportunities, in currency; not negative.
 * @param target - the period's target, in the same currency; not negative.
 * @param achieved - what is already won this period, in the same currency; 0 when omitted.
 * @returns the coverage ratio (a multiple, not a percent); `#DIV/0!` when nothing is left to cover,
 *   `#NUM!` when the target is already exceeded or an argument is negative.
 *
 * @example
 * coverage(300000, 150000, 50000)
 * // => 3
 */
export function coverage(pipeline: number, target: number, achieved: number = 0): Result<number> {
  if (pipeline < 0) return numError(`pipeline: must not be negative (${show(pipeline)})`);
  if (target < 0) return numError(`target: must not be negative (${show(target)})`);
  const remaining = target - achieved;
  if (remaining === 0) {
    return divError(`achieved: nothing left to cover (achieved ${show(achieved)} equals target ${show(target)})`);
  }
  if (remaining < 0) {
    return numError(
      `achieved: target already exceeded by ${show(-remaining)} (achieved ${show(achieved)}, target ${show(target)})`,
    );
  }
  const ratio = pipeline / remaining;
  if (!Number.isFinite(ratio)) {
    return numError(`target: what is left to cover (${show(remaining)}) is too small against pipeline ${show(pipeline)}`);
  }
  return ratio;
}
