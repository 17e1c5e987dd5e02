import { show, valueError, type Result } from "../errors";

/**
 * How often a quota was missed: the periods (days or weeks) whose count is below their quota.
 *
 * @param counts - the count of each period, in any order
 * @param quotas - each period's quota (same length as `counts`): a quota of 0 is always met
 * @returns the number of periods short, or #VALUE! for lists of different lengths or a negative quota
 *
 * @example
 * shortfalls([22, 18, 0, 20], [20, 20, 20, 20]) // => 2
 */
export function shortfalls(counts: readonly number[], quotas: readonly number[]): Result<number> {
  if (counts.length !== quotas.length) return valueError(`counts and quotas: ${counts.length} counts for ${quotas.length} quotas`);
  const negative = quotas.findIndex((q) => !(q >= 0));
  if (negative >= 0) return valueError(`quotas: period ${negative + 1} has the quota ${show(quotas[negative])}; a quota is 0 or more`);
  let short = 0;
  counts.forEach((count, i) => {
    if (count < quotas[i]) short++;
  });
  return short;
}
