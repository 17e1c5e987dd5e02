/** One month of a person's plan: the month's first day (a date serial) and its target. */
export interface PlanMonth {
  month: number;
  target: number;
}

/**
 * A person's target for a window (a month, a quarter, the year) from their monthly plan: the targets
 * of the months that start within it, added in the plan's order (as SUMIFS adds them on the sheet).
 * The target is the whole window's; how much of it is due by today is the pace gap's business.
 *
 * @param months - the person's months, each its first day and target
 * @param start - the window's first day, a date serial
 * @param end - the window's last day, a date serial
 * @returns the sum of the targets of the months starting from `start` to `end` (0 when none)
 *
 * @example
 * windowTarget([{ month: 46023, target: 100 }, { month: 46054, target: 120 }, { month: 46082, target: 90 }], 46023, 46112)
 * // => 310 (January to March 2026: the first quarter)
 */
export function windowTarget(months: readonly PlanMonth[], start: number, end: number): number {
  let sum = 0;
  for (const m of months) if (m.month >= start && m.month <= end) sum += m.target;
  return sum;
}
