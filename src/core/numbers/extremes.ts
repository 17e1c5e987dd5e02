/**
 * The largest and smallest of many numbers. `Math.max(...values)` passes every value as an argument,
 * and past about 120,000 of them (a name per person of a large team) the call overflows the stack.
 */

/**
 * The largest of the values, or `empty` when there are none.
 *
 * @example
 * maxOf([3, 9, 4]) // => 9
 * maxOf([], 0) // => 0
 */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let best = -Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v > best || Number.isNaN(v)) best = v;
    if (Number.isNaN(best)) return NaN;
  }
  return any ? best : empty;
}

/**
 * The smallest of the values, or `empty` when there are none.
 *
 * @example
 * minOf([3, 9, 4]) // => 3
 */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let best = Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < best || Number.isNaN(v)) best = v;
    if (Number.isNaN(best)) return NaN;
  }
  return any ? best : empty;
}
