/**
 * The bracket a value falls in, as LOOKUP(value, lower bounds, numbers) finds it: the last bracket
 * whose lower bound is at or below the value (brackets are numbered from 1). Null below the first bound
 * or for a blank.
 *
 * @param value - a tenure in months, a target; null for a blank
 * @param lowerBounds - each bracket's lowest value, ascending
 * @returns the bracket's number from 1, or null
 *
 * @example
 * bracketOf(14, [0, 12, 36]) // => 2
 */
export function bracketOf(value: number | null, lowerBounds: readonly number[]): number | null {
  if (value === null) return null;
  let found: number | null = null;
  lowerBounds.forEach((bound, i) => {
    if (bound <= value) found = i + 1;
  });
  return found;
}
