import { serialToDate } from "../text/parseDate";

/** A contest's two windows, as date serials, both ends included. */
export interface ContestWindows {
  currentStart: number;
  currentEnd: number;
  previousStart: number;
  previousEnd: number;
}

/** The first day of a month as DATE(year, month, 1) gives it: a month past 12 or below 1 rolls the year. */
function firstOfMonth(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / 86_400_000 + 25_569;
}

/**
 * The windows a contest compares: the calendar month, quarter or year holding the as-of date, from its
 * first day to the as-of date; and the period before, over the same number of days from its first day
 * (capped at that period's last day), so a month to the 10th is compared with the previous month to the
 * 10th, and a complete month with the complete month before.
 *
 * @param asOf - the as-of date, as a date serial
 * @param period - "month", "quarter" or "year"
 * @returns both windows' first and last days
 *
 * @example
 * contestWindows(46092, "month") // => { currentStart: 46082, currentEnd: 46092, previousStart: 46054, previousEnd: 46064 }
 * // 2026-03-11: 1 to 11 March, against 1 to 11 February
 */
export function contestWindows(asOf: number, period: "month" | "quarter" | "year"): ContestWindows {
  const { year, month } = serialToDate(asOf);
  const firstMonth = period === "month" ? month : period === "quarter" ? Math.floor((month - 1) / 3) * 3 + 1 : 1;
  const length = period === "month" ? 1 : period === "quarter" ? 3 : 12;
  const currentStart = firstOfMonth(year, firstMonth);
  const previousStart = firstOfMonth(year, firstMonth - length);
  return {
    currentStart,
    currentEnd: asOf,
    previousStart,
    previousEnd: Math.min(currentStart - 1, previousStart + (asOf - currentStart)),
  };
}
