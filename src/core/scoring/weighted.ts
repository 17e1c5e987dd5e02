import { divError, show, valueError, type Result } from "../errors";

/**
 * The weighted average of KPI scores: Σ score·weight / Σ weight over the KPIs that have a score.
 *
 * A blank score means the KPI does not apply: it is left out and the other weights are re-weighted.
 * A blank weight counts as 0. Weights are a ratio, so fractions (0.4) and percents (40) give the same
 * result. Equal weights give the plain mean of the scores exactly, whatever their size: 33⅓ each and 1
 * each agree to the last digit (multiplying by 33⅓ and dividing by 100 again would not).
 *
 * @param scores - one score per KPI, in any unit (fractions or points); null for a KPI that does not apply
 * @param weights - one weight per KPI, not negative, fractions or percents alike; null counts as 0
 * @returns the weighted score in the unit of `scores`, or #VALUE! for a negative weight or lists of
 *   different lengths, #DIV/0! when no KPI has a score or the weights of the scored KPIs add up to 0
 *
 * @example
 * weighted([85, 92, 78], [40, 30, 30]); // => 85
 * weighted([85, 92, 78], [0.4, 0.3, 0.3]); // => 85
 * weighted([85, null, 78], [40, 30, 30]); // => 82 (the blank KPI's weight is shared out)
 * weighted([0.95, 0.8, 0.9], [100 / 3, 100 / 3, 100 / 3]) === weighted([0.95, 0.8, 0.9], [1, 1, 1]); // => true
 */
export function weighted(scores: readonly (number | null)[], weights: readonly (number | null)[]): Result<number> {
  const count = scores.length;
  if (weights.length !== count) {
    return valueError(`scores has ${count} rows but weights has ${weights.length}; they must be the same length`);
  }
  let sumWeights = 0;
  let sumProducts = 0;
  let applicable = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  // The scores that count and whether their weights are all one number: then the plain mean.
  let sumScores = 0;
  let counted = 0;
  let only: number | null = null;
  let equal = true;
  for (let i = 0; i < count; i++) {
    const weight = weights[i];
    if (weight !== null && weight < 0) return valueError(`weights: row ${i + 1} is negative (${show(weight)})`);
    const value = scores[i];
    if (value === null) continue;
    applicable++;
    if (weight === null || weight === 0) continue;
    sumWeights += weight;
    sumProducts += value * weight;
    sumScores += value;
    counted++;
    if (only === null) only = weight;
    else if (weight !== only) equal = false;
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  if (applicable === 0) return divError("scores: every score is blank");
  if (sumWeights === 0) return divError("weights: the weights of the scored rows add up to 0");
  let result = equal && Number.isFinite(sumScores) ? sumScores / counted : sumProducts / sumWeights;
  if (!(equal && Number.isFinite(sumScores)) && (!Number.isFinite(sumProducts) || !Number.isFinite(sumWeights))) {
    result = rescaled(scores, weights, lowest, highest);
  }
  // Rounding cannot move an average outside its scores; this also absorbs underflow of tiny products.
  return result < lowest ? lowest : result > highest ? highest : result;
}

/** The same average with scores and weights scaled into [-1, 1] first, for sums that overflow. */
function rescaled(
  scores: readonly (number | null)[],
  weights: readonly (number | null)[],
  lowest: number,
  highest: number,
): number {
  const scoreScale = Math.max(Math.abs(lowest), Math.abs(highest));
  if (scoreScale === 0) return 0;
  let weightScale = 0;
  for (let i = 0; i < scores.length; i++) {
    const weight = weights[i];
    if (scores[i] !== null && weight !== null && weight > weightScale) weightScale = weight;
  }
  let sumWeights = 0;
  let sumProducts = 0;
  for (let i = 0; i < scores.length; i++) {
    const value = scores[i];
    const weight = weights[i];
    if (value === null || weight === null || weight === 0) continue;
    const w = weight / weightScale;
    sumWeights += w;
    sumProducts += (value / scoreScale) * w;
  }
  return (sumProducts / sumWeights) * scoreScale;
}
