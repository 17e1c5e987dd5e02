/**
 * A text-to-value function remembered for the texts it has seen, for the per-cell label work of a read
 * (a stage, a status, a product line: a handful of distinct texts over 200,000 rows). The memory is
 * bounded: past `limit` distinct texts it starts again, so a column of unique values costs no more
 * than calling the function.
 *
 * @example
 * const key = memoText((s) => s.normalize("NFKC").toLowerCase());
 * key("Ｗon") // => "won" (computed once, then looked up)
 */
export function memoText<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  let seen = new Map<string, T>();
  return (text: string): T => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    const value = fn(text);
    if (seen.size >= limit) seen = new Map();
    seen.set(text, value);
    return value;
  };
}
