import { show, valueError, type Result } from "../errors";

/**
 * How many deals reached each stage. A deal has reached its current stage and every stage before it; a
 * won deal has reached every stage; a lost deal reached the stage it was lost at. So a stage's count is
 * the open and lost deals at it or at a later stage, plus every won deal.
 *
 * @param atStage - the open and lost deals whose current stage is each stage, top of the funnel first
 * @param won - the won deals (at no stage: they have passed them all)
 * @returns one count per stage, top first, never rising; `#VALUE!` naming a negative count
 *
 * @example
 * dealsReached([3, 1, 0, 1, 0], 2)
 * // => [7, 4, 3, 3, 2]
 */
export function dealsReached(atStage: readonly number[], won: number): Result<number[]> {
  if (!(won >= 0)) return valueError(`won: must not be negative (${show(won)})`);
  const negative = atStage.findIndex((count) => !(count >= 0));
  if (negative >= 0) return valueError(`atStage: row ${negative + 1} is negative (${show(atStage[negative])})`);
  return atStage.map((_, s) => atStage.slice(s).reduce((total, count) => total + count, 0) + won);
}
