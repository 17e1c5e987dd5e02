/**
 * The change from an earlier period to this one, as a fraction: actual ÷ earlier − 1 (0.25 is 25% up).
 * Blank ("") when there is nothing to compare with: no earlier figure, or an earlier figure of 0.
 *
 * @param actual - this period's figure
 * @param earlier - the earlier period's figure; "" when the data does not reach back to it
 * @returns the change as a fraction, or ""
 *
 * @example
 * growth(12500, 10000) // => 0.25
 * growth(500, 0) // => ""
 */
export function growth(actual: number, earlier: number | ""): number | "" {
  if (earlier === "" || earlier === 0) return "";
  return actual / earlier - 1;
}
