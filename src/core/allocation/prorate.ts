import { numError, show, type Result } from "../errors";

/**
 * The part of an amount earned by someone present for only part of a period: amount × days present ÷ days in the period.
 *
 * Days are counted with both ends inclusive; all dates are Excel date serials (1 = 1 Jan 1900) and any fraction
 * of a day (a time) is truncated.
 *
 * @param amount - the full-period amount (a target, a salary), in any unit and any sign
 * @param start - the first day present (e.g. the hire date), or null if present from before the period
 * @param end - the last day present (e.g. the leaving date), or null if still present after the period
 * @param periodStart - the first day of the period
 * @param periodEnd - the last day of the period
 * @returns the prorated amount (0 when the presence misses the period), or #NUM! (start after end, periodStart after periodEnd)
 *
 * @example
 * prorate(120000, 46113, null, 46023, 46387) // joined 1 Apr 2026, year 2026
 * // => 90410.95890410959 (120000 × 275 / 365)
 */
export function prorate(
  amount: number,
  start: number | null,
  end: number | null,
  periodStart: number,
  periodEnd: number,
): Result<number> {
  const first = Math.trunc(periodStart);
  const last = Math.trunc(periodEnd);
  if (first > last) return numError(`periodStart: ${show(periodStart)} is after periodEnd (${show(periodEnd)})`);
  const from = start === null ? first : Math.trunc(start);
  const to = end === null ? last : Math.trunc(end);
  if (start !== null && end !== null && from > to) return numError(`start: ${show(start)} is after end (${show(end)})`);
  const overlapFrom = from > first ? from : first;
  const overlapTo = to < last ? to : last;
  if (overlapFrom > overlapTo) return 0;
  let present = overlapTo - overlapFrom + 1;
  let days = last - first + 1;
  if (days === Infinity) {
    // Serials near the largest double: count in half days so the spans stay finite (no real date gets here).
    present = overlapTo / 2 - overlapFrom / 2 + 0.5;
    days = last / 2 - first / 2 + 0.5;
  }
  if (present === days) return amount + 0;
  const scaled = amount * present;
  // amount × present can overflow for amounts near the largest double; present ÷ days never exceeds 1.
  return (Number.isFinite(scaled) ? scaled / days : amount * (present / days)) + 0;
}
