import { divError, type Result } from "../errors";

/** A deal's outcome and its dates, as date serials (days); null for a blank date. */
export interface DatedDeal {
  status: "open" | "won" | "lost";
  created: number | null;
  closed: number | null;
}

/** Whether a serial is a day on the calendar: blank and 0 (the day before 1900-01-01) are not. */
function isDay(serial: number | null): serial is number {
  return serial !== null && serial > 0;
}

/**
 * The average sales cycle: the mean of close − created over the won deals that have both dates. It is
 * worked out as the sheet's formula does, (Σ close − Σ created) ÷ count, with the sums in the order
 * given, so the cached value is the one SUMIFS recomputes.
 *
 * @param deals - the deals, any status; only won deals with both dates (serials above 0) count
 * @returns the average in days (negative when deals close before they are created); `#DIV/0!` when no won
 *   deal has both dates
 *
 * @example
 * averageCycleDays([
 *   { status: "won", created: 46032, closed: 46101 },
 *   { status: "won", created: 46067, closed: 46113 },
 *   { status: "lost", created: 46054, closed: 46144 },
 *   { status: "won", created: 46084, closed: null },
 * ])
 * // => 57.5
 */
export function averageCycleDays(deals: readonly DatedDeal[]): Result<number> {
  let closedSum = 0;
  let createdSum = 0;
  let count = 0;
  for (const { status, created, closed } of deals) {
    if (status !== "won" || !isDay(created) || !isDay(closed)) continue;
    closedSum += closed;
    createdSum += created;
    count += 1;
  }
  if (count === 0) return divError("deals: no won deal has both a created and a close date");
  return (closedSum - createdSum) / count;
}
