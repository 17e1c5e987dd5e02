/**
 * How much each person improved on the previous period: current − previous, the measure the "most
 * improved" category ranks. A person with a blank in either period has no improvement (null), so a
 * newcomer without a previous period is never "most improved" by default.
 *
 * @param current - each person's measure this period; null for a blank
 * @param previous - the same measure over the previous period; null for a blank
 * @returns current − previous per person, or null
 *
 * @example
 * improvement([12000, 5000, null], [8000, 6000, 100]) // => [4000, -1000, null]
 */
export function improvement(current: readonly (number | null)[], previous: readonly (number | null)[]): (number | null)[] {
  return current.map((c, i) => {
    const p = previous[i];
    return c === null || p === null || p === undefined ? null : c - p;
  });
}
