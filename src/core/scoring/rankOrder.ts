/**
 * The order that ranks a list of scores: the indexes of the scores from highest to lowest, equal scores
 * in list order, then the blanks (null, or NaN, which cannot be ranked) in list order.
 *
 * @param scores - the scores in any unit (fractions or points); null for a blank
 * @returns the indexes of `scores`, each once, highest score first
 *
 * @example
 * rankOrder([0.9, null, 1.03, 0.9]); // => [2, 0, 3, 1]
 */
export function rankOrder(scores: readonly (number | null)[]): number[] {
  const ranked: number[] = [];
  const blank: number[] = [];
  scores.forEach((value, i) => (value === null || Number.isNaN(value) ? blank : ranked).push(i));
  // Array.prototype.sort is stable, so equal scores keep list order.
  ranked.sort((a, b) => {
    const x = scores[a] as number;
    const y = scores[b] as number;
    return x > y ? -1 : x < y ? 1 : 0;
  });
  return ranked.concat(blank);
}
