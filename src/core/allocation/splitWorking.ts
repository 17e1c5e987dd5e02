import { engineEqual, engineInt, engineSubtract } from "../numbers/spreadsheetArithmetic";

/** The working columns of a largest-remainder split, one entry per row, as a worksheet computes them. */
export interface SplitWorking {
  /** Each row's exact share in units: weight × (units ÷ the weights added up in order); 0 for every row when they add up to 0. */
  readonly raw: number[];
  /** INT(raw): the whole units. */
  readonly floor: number[];
  /** raw − floor: the fraction of a unit left over. */
  readonly remainder: number[];
  /** 1 for the rows that take one of the units left (the largest remainders, ties to the earlier row), else 0. */
  readonly extra: number[];
  /** Units still to hand out after the whole units (0 when the weights add up to 0). */
  readonly left: number;
}

/**
 * A largest-remainder split of whole units, step by step as a worksheet's helper columns compute it: the
 * shares, INT, the remainders and the ranks, with INT, subtraction and comparison done as the engine does
 * them (so a share a hair below a whole number is that number). The shares are splitTotal's quotas bit for
 * bit, and a row the engine lifts to the next whole unit is one splitTotal hands an extra unit to, so
 * floor + extra is splitTotal's allocation in units.
 *
 * @param units - the whole units to split (the total × 10^decimals), not negative
 * @param weights - one weight per row, not negative (any scale)
 * @returns the working columns, one entry per row
 *
 * @example
 * splitWorking(10, [1, 1, 1]).extra // => [1, 0, 0] (floors [3, 3, 3], one unit left, ties to the first row)
 * splitWorking(1200000, [0.1, 0.2, 0.3])
 * // => { raw: [200000, 400000, 599999.9999999999], floor: [200000, 400000, 600000],
 * //      remainder: [0, 0, 0], extra: [0, 0, 0], left: 0 }
 */
export function splitWorking(units: number, weights: readonly number[]): SplitWorking {
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  const perWeight = weightSum === 0 ? 0 : units / weightSum;
  const raw = weights.map((w) => (weightSum === 0 ? 0 : w * perWeight));
  const floor = raw.map(engineInt);
  const remainder = raw.map((x, i) => engineSubtract(x, floor[i]));
  let given = 0;
  for (const f of floor) given += f;
  // Nothing to weigh by: no row takes a unit (the sheet's row check then shows the gap).
  const left = weightSum === 0 ? 0 : units - given;
  const extra = remainder.map((r, i) => {
    let rank = 0;
    for (let j = 0; j < remainder.length; j++) {
      if (engineEqual(remainder[j], r) ? j <= i : remainder[j] > r) rank++;
    }
    return rank <= left ? 1 : 0;
  });
  return { raw, floor, remainder, extra, left };
}
