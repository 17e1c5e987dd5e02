import { dateSerial, serialToDate } from "../text/parseDate";

/** How often people are paid within a statement's period. */
export type PayPeriodLength = "month" | "quarter";

/** One pay period: its first and last day (date serials) and which month or quarter of which year it is. */
export interface PayPeriod {
  start: number;
  end: number;
  year: number;
  /** The month (1 to 12) or the quarter (1 to 4). */
  number: number;
}

/**
 * The pay periods of a statement's period: calendar months or quarters, the first and last clipped to
 * the period's own first and last day.
 *
 * @param start - the period's first day, a date serial
 * @param end - its last day, a date serial, not before `start`
 * @param length - "month" or "quarter"
 * @returns the pay periods in order; empty when `end` is before `start`
 *
 * @example
 * payPeriods(46023, 46112, "month").map((p) => p.number) // => [1, 2, 3] (2026-01-01 to 2026-03-31)
 * payPeriods(46023, 46387, "quarter").length // => 4
 */
export function payPeriods(start: number, end: number, length: PayPeriodLength): PayPeriod[] {
  const periods: PayPeriod[] = [];
  const months = length === "month" ? 1 : 3;
  const first = serialToDate(start);
  let year = first.year;
  let month = length === "month" ? first.month : Math.floor((first.month - 1) / 3) * 3 + 1;
  let from = start;
  while (from <= end) {
    const nextYear = month + months > 12 ? year + 1 : year;
    const nextMonth = ((month + months - 1) % 12) + 1;
    const last = (dateSerial(nextYear, nextMonth, 1) as number) - 1;
    periods.push({ start: from, end: Math.min(last, end), year, number: length === "month" ? month : (month + 2) / 3 });
    from = last + 1;
    year = nextYear;
    month = nextMonth;
  }
  return periods;
}
