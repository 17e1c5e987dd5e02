import { rankOrder } from "./rankOrder";

/**
 * The rank of each score as Excel's RANK.EQ gives it, highest first: 1 + the number of strictly higher
 * scores, so equal scores share a rank and the next one skips (1, 1, 3). Blanks (null, or NaN, which
 * cannot be ranked) are left unranked. Sorts once, so a list of n scores takes n·log n time.
 *
 * @param scores - the scores in any unit (fractions or points); null for a blank
 * @returns one rank per score (1 for the highest), or null for a blank
 *
 * @example
 * ranks([0.9, null, 1.03, 0.9, 0.44]); // => [2, null, 1, 2, 4]
 */
export function ranks(scores: readonly (number | null)[]): (number | null)[] {
  const result: (number | null)[] = scores.map(() => null);
  const order = rankOrder(scores);
  let previous: number | null = null;
  let rank = 0;
  for (let position = 0; position < order.length; position++) {
    const i = order[position];
    const value = scores[i];
    if (value === null || Number.isNaN(value)) break;
    // Equal to the score above (0 and -0 alike): the same rank; otherwise its position, 1-based.
    if (value !== previous) rank = position + 1;
    result[i] = rank;
    previous = value;
  }
  return result;
}
